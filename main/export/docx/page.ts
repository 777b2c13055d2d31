/**
 * Page setup and running footers. Chinese minutes follow GB/T 9704: A4, text area 156 × 225 mm placed
 * by the margins top 37, bottom 35, left 28, right 26 mm, page numbers "— 1 —" in 4号宋体 on the outer
 * side (odd pages right, even pages left, one character in from the edge of the text area).
 */
import { AlignmentType, Footer, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Look } from './look.js';
import { textRuns } from './text.js';
import { A4, twipsFromMm, twipsFromPt, ZIHAO } from './units.js';

export type Orientation = 'portrait' | 'landscape';

export interface PageSetup {
  orientation: Orientation;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Width between the margins, in twips: what tables fill. */
  textWidth: number;
}

export function pageSetup(look: Look, orientation: Orientation): PageSetup {
  const mm = twipsFromMm;
  const margin =
    orientation === 'landscape'
      ? // Wide tables (task breakdown, opinions): narrower margins give the columns the width.
        { top: mm(25), bottom: mm(22), left: mm(25), right: mm(25), header: mm(12), footer: mm(12) }
      : look.locale === 'zh-CN'
        ? // The page number's dash sits about 7 mm under the text area: its line ends about 25 mm up.
          { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(25) }
        : // One inch all round: Word's own default, what an English reader expects.
          { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 708, footer: 708 };
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width;
  return { orientation, margin, textWidth: pageWidth - margin.left - margin.right };
}

function pageNumberParagraph(look: Look, pageLabel: string, side: 'left' | 'right' | 'center'): Paragraph {
  const oneChar = twipsFromPt(ZIHAO.si);
  const [before = '', after = ''] = look.locale === 'zh-CN' ? ['— ', ' —'] : pageLabel.split('{n}');
  return new Paragraph({
    // Footers are Normal paragraphs: undo the body's indent and fixed line height.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 0 },
    alignment: side === 'left' ? AlignmentType.LEFT : side === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    indent: { firstLine: 0, ...(side === 'left' ? { left: oneChar } : side === 'right' ? { right: oneChar } : {}) },
    children: [new TextRun({ ...look.pageNumberRun, children: [before, PageNumber.CURRENT, after] })],
  });
}

export interface SectionOptions {
  setup: PageSetup;
  /** GB/T 9704 outer page numbers; needs the document's evenAndOddHeaderAndFooters. */
  outerPageNumbers: boolean;
  /** English footer text around the number, e.g. "Page {n}". */
  pageLabel: string;
  /** Printed at the top of every page (e.g. "（草稿）"), so no loose page of a draft passes for final. */
  headerMark: string | null;
}

export function section(look: Look, options: SectionOptions, children: ISectionOptions['children']): ISectionOptions {
  const { setup } = options;
  const footers = options.outerPageNumbers
    ? {
        default: new Footer({ children: [pageNumberParagraph(look, options.pageLabel, 'right')] }),
        even: new Footer({ children: [pageNumberParagraph(look, options.pageLabel, 'left')] }),
      }
    : { default: new Footer({ children: [pageNumberParagraph(look, options.pageLabel, 'center')] }) };
  const mark = options.headerMark;
  const header = (text: string) =>
    new Header({
      children: [
        new Paragraph({
          spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 0 },
          alignment: AlignmentType.RIGHT,
          indent: { firstLine: 0 },
          children: textRuns(text, look.headerMarkRun),
        }),
      ],
    });
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: setup.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: setup.margin,
      },
    },
    headers: mark ? (options.outerPageNumbers ? { default: header(mark), even: header(mark) } : { default: header(mark) }) : {},
    footers,
    children,
  };
}
