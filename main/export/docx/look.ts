/**
 * The two typographies: Chinese official documents (GB/T 9704) and an English business layout, as
 * Word styles. Body text is the Normal style; Title, Subtitle, Heading 1/2, the two table styles and
 * the label character style carry everything else. Paragraphs and runs only name a style: the file
 * stays small and fast to write (2,000 notes), and a secretary who edits it in Word or WPS gets the
 * same faces for what she types, and can restyle the whole document by changing a style.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IRunOptions, type IStylesOptions, type ICharacterStyleOptions } from 'docx';
import type { Locale } from '../../../shared/contract/fields.js';
import { translatorFor } from '../../../shared/i18n/translate.js';
import { EN_FONTS, ZH_FONTS } from './fonts.js';
import { NUMBERING, OFFICIAL_LAYOUT, ZH_BODY } from '../layout.js';
import { halfPoints, twipsFromPt, ZIHAO } from './units.js';

export type RunProps = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** Style ids. Title, Subtitle, Heading1, Heading2 are Word's built-in ids (the navigation pane knows them). */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  tableHead: 'TableHeading',
  tableCell: 'TableText',
  /** Character style: "时间：", "出席：". */
  label: 'FieldLabel',
} as const;
export type StyledRole = keyof typeof STYLE;

export interface Look {
  locale: Locale;
  /** GB/T 9704's page (layout.ts: OFFICIAL_LAYOUT): blank line under the title, indented fields, outer page numbers. */
  official: boolean;
  styles: IStylesOptions;
  /** Type size in points of table header and cell text: column widths are estimated from it. */
  tableHeadPt: number;
  tableCellPt: number;
  /** One body character in twips: Chinese indents are counted in characters (首行缩进2字). */
  em: number;
  /** Text of the page-number footer and of the draft mark in the page header: direct formatting, they are tiny. */
  pageNumberRun: RunProps;
  headerMarkRun: RunProps;
  heading1Prefix(n: number): string;
  heading2Prefix(n: number): string;
  itemPrefix(n: number): string;
  /** After a label: "时间：" / "Time: ". */
  colon: string;
  /** Between names in a list. */
  comma: string;
  /** Header cells shaded (business look) or plain (official documents print black on white). */
  headFill: string | null;
}

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT });
const auto = (line: number, after = 0, before = 0) => ({ line, lineRule: LineRuleType.AUTO, after, before });

function paragraphStyle(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options };
}

/**
 * GB/T 9704: 22 lines of 28 characters on a 156 × 225 mm text area (../layout.ts: ZH_BODY): the body's
 * fixed line pitch (w:line 579, exact) and its tightening (w:spacing -5), which the print stylesheet
 * applies too. Styles based on Normal (title, tables) inherit the tightening: invisible at their sizes.
 */
export const ZH_LINE = twipsFromPt(ZH_BODY.linePt);
const TIGHT = twipsFromPt(ZH_BODY.trackingPt);
/** One character of tightened 三号: the unit of 首行缩进2字 and of hanging labels, so indents line up with the text. */
const ZH_EM = twipsFromPt(ZIHAO.san) + TIGHT;

const zhStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: ZH_FONTS.body, size: halfPoints(ZIHAO.san), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
    },
    // 方正小标宋简体 is a display face already drawn heavy: no bold, which would smear it.
    title: {
      run: { font: ZH_FONTS.title, size: halfPoints(ZIHAO.er), bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: exact(twipsFromPt(35)), indent: { firstLine: 0 }, keepNext: true },
    },
    heading1: {
      run: { font: ZH_FONTS.heading1, size: halfPoints(ZIHAO.san), bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.LEFT, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: ZH_FONTS.heading2, size: halfPoints(ZIHAO.san), bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.LEFT, keepNext: true, outlineLevel: 1 },
    },
  },
  paragraphStyles: [
    // Normal is the body: 三号仿宋, justified, fixed 28.95 pt lines, first line indented two characters.
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: ZH_FONTS.body, size: halfPoints(ZIHAO.san), characterSpacing: TIGHT },
      paragraph: { alignment: AlignmentType.BOTH, spacing: exact(ZH_LINE), indent: { firstLine: 2 * ZH_EM } },
    },
    paragraphStyle(STYLE.subtitle, 'Subtitle', {
      run: { font: ZH_FONTS.heading2, size: halfPoints(ZIHAO.san) },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true },
    }),
    // Tables take 小四: seven columns of 三号 would break every unit name.
    paragraphStyle(STYLE.tableHead, 'Table Heading', {
      run: { font: ZH_FONTS.heading1, size: halfPoints(ZIHAO.xiaosi) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: exact(twipsFromPt(18)), indent: { firstLine: 0 } },
    }),
    paragraphStyle(STYLE.tableCell, 'Table Text', {
      run: { font: ZH_FONTS.body, size: halfPoints(ZIHAO.xiaosi) },
      paragraph: { alignment: AlignmentType.LEFT, spacing: exact(twipsFromPt(18)), indent: { firstLine: 0 } },
    }),
  ],
  characterStyles: [label(ZH_FONTS.heading1, false)],
};

function label(font: (typeof ZH_FONTS)['heading1'] | (typeof EN_FONTS)['body'], bold: boolean): ICharacterStyleOptions {
  return { id: STYLE.label, name: 'Field Label', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { font, bold } };
}

export const zhLook: Look = {
  locale: 'zh-CN',
  official: OFFICIAL_LAYOUT['zh-CN'],
  styles: zhStyles,
  tableHeadPt: ZIHAO.xiaosi,
  tableCellPt: ZIHAO.xiaosi,
  em: ZH_EM,
  // 4号半角宋体 numerals; w:hint makes the dashes (一字线) come from 宋体, full width.
  pageNumberRun: { font: { ...ZH_FONTS.pageNumber, hint: 'eastAsia' }, size: halfPoints(ZIHAO.si) },
  headerMarkRun: { font: ZH_FONTS.heading2, size: halfPoints(ZIHAO.xiaosi) },
  heading1Prefix: NUMBERING['zh-CN'].heading1,
  heading2Prefix: NUMBERING['zh-CN'].heading2,
  itemPrefix: NUMBERING['zh-CN'].item,
  colon: translatorFor('zh-CN')('document:punctuation.colon'),
  comma: translatorFor('zh-CN')('document:punctuation.list'),
  headFill: null,
};

const EN_INK = '1F2937';
const EN_ACCENT = '1F3864';

const enStyles: IStylesOptions = {
  default: {
    document: { run: { font: EN_FONTS.body, size: halfPoints(11), language: { value: 'en-GB', eastAsia: 'zh-CN' } } },
    title: {
      run: { font: EN_FONTS.title, size: halfPoints(20), bold: true, color: EN_ACCENT },
      paragraph: { spacing: auto(240, 60), keepNext: true },
    },
    heading1: {
      run: { font: EN_FONTS.heading1, size: halfPoints(14), bold: true, color: EN_ACCENT },
      paragraph: { spacing: auto(240, 100, 280), keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: EN_FONTS.heading2, size: halfPoints(12), bold: true, color: EN_INK },
      paragraph: { spacing: auto(240, 60, 180), keepNext: true, outlineLevel: 1 },
    },
  },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: EN_FONTS.body, size: halfPoints(11), color: EN_INK },
      paragraph: { spacing: auto(276, 120) },
    },
    paragraphStyle(STYLE.subtitle, 'Subtitle', {
      run: { size: halfPoints(13), color: '595959' },
      paragraph: { spacing: auto(240, 240), keepNext: true },
    }),
    paragraphStyle(STYLE.tableHead, 'Table Heading', { run: { size: halfPoints(10), bold: true }, paragraph: { spacing: auto(240) } }),
    paragraphStyle(STYLE.tableCell, 'Table Text', { run: { size: halfPoints(10) }, paragraph: { spacing: auto(240) } }),
  ],
  characterStyles: [label(EN_FONTS.body, true)],
};

export const enLook: Look = {
  locale: 'en',
  official: OFFICIAL_LAYOUT.en,
  styles: enStyles,
  tableHeadPt: 10,
  tableCellPt: 10,
  em: twipsFromPt(11),
  pageNumberRun: { font: EN_FONTS.pageNumber, size: halfPoints(9), color: '595959' },
  headerMarkRun: { font: EN_FONTS.body, size: halfPoints(9), italics: true, color: '595959' },
  heading1Prefix: NUMBERING.en.heading1,
  heading2Prefix: NUMBERING.en.heading2,
  itemPrefix: NUMBERING.en.item,
  colon: translatorFor('en')('document:punctuation.colon'),
  comma: translatorFor('en')('document:punctuation.list'),
  headFill: 'D9E2F3',
};

const LOOKS: Readonly<Record<Locale, Look>> = { 'zh-CN': zhLook, en: enLook };
export const lookOf = (locale: Locale): Look => LOOKS[locale];
