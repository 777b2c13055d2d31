/**
 * A complete, standalone HTML document of any export: what is saved as .html and what is printed to
 * PDF. Its print stylesheet sets the page as the Word file does (layout.ts: GB/T 9704 for Chinese,
 * page numbers in @page margin boxes, which Chromium prints since 131), from the same outline blocks
 * with the same numbering. It carries a CSP that allows nothing but inline styles, data: images and
 * data: fonts; it has no scripts, and every string in it is escaped (safe.ts).
 */
import type { Locale } from '../../shared/contract/fields.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import type { ExportModel } from './model.js';
import { numberSubheadings, outlineOf, type Block, type Outline } from './outline.js';
import { twipsFromMm } from './docx/units.js';
import { fittedWidths } from './docx/widths.js';
import { MARGINS_MM, MASTHEAD_RED, MASTHEAD_RULE_PT, NUMBERING, OFFICIAL_LAYOUT, PAGE_NUMBER, ZH_BODY, ZIHAO } from './layout.js';
import { fontFaceCss, PRINT_FAMILY } from './pdf/fonts.js';
import { COUNT_COLUMNS } from './table-model.js';
import { escapeHtml as esc } from './safe.js';

/** A constant, written into the page as is (no user text, so no escaping: the quotes stay readable). Fonts only as data: URLs. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const F = PRINT_FAMILY;
const SERIF_EN = `'${F.serif}', 'Noto Serif', 'Times New Roman', 'Liberation Serif', 'Noto Serif SC', serif`;
/**
 * The face of each role: first the face shipped with the app (embedded in the printed page as a data:
 * URL, pdf/fonts.ts; a saved .html page finds it only where it is installed) in the weight that stands
 * in for the official face (docs/FONTS.md), then the official face an office machine has, then the
 * system's. GB/T 9704: title 小标宋, body 仿宋, level-1 headings and labels 黑体, level-2 headings 楷体.
 */
const FONTS = {
  'zh-CN': {
    body: { family: `'${F.serif}', '仿宋_GB2312', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif`, weight: 400 },
    title: { family: `'${F.serif}', '方正小标宋简体', 'SimSun', 'Noto Serif CJK SC', serif`, weight: 700 },
    heading: { family: `'${F.sans}', '黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif`, weight: 400 },
    subheading: { family: `'${F.serif}', '楷体_GB2312', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', serif`, weight: 600 },
  },
  // A plain serif page, all in one face: bold where the Word file is bold.
  en: {
    body: { family: SERIF_EN, weight: 400 },
    title: { family: SERIF_EN, weight: 700 },
    heading: { family: SERIF_EN, weight: 700 },
    subheading: { family: SERIF_EN, weight: 700 },
  },
} satisfies Record<Locale, Record<string, { family: string; weight: number }>>;
type Face = (typeof FONTS)[Locale]['body'];
const font = (face: Face) => `font-family: ${face.family}; font-weight: ${face.weight};`;

/** A CSS string literal: nothing in it can close the string or the <style> element. */
const cssString = (text: string) => `"${text.replace(/[\\"<>\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** What the page prints around the text: the page number, its place, and the draft mark of a draft. */
export interface PageChrome {
  /** Text around the number, e.g. "— {n} —", "Page {n}". */
  pageLabel: string;
  /** GB/T 9704: odd pages right, even pages left; otherwise centred. */
  outer: boolean;
  headerMark: string | null;
}

export function chromeOf(model: ExportModel): PageChrome {
  const official = OFFICIAL_LAYOUT[model.locale];
  // GB/T 9704 prints a bare number ("— 1 —" on the minutes); a business page says "Page 1".
  const gbt = model.kind === 'minutes' ? `${PAGE_NUMBER.zh.before}{n}${PAGE_NUMBER.zh.after}` : '{n}';
  const pageLabel = official ? gbt : translatorFor(model.locale)('document:page', { n: '{n}' });
  // As the Word file (docx/index.ts): minutes outer "— 1 —" in Chinese; tables centred, plain.
  if (model.kind === 'minutes') return { pageLabel, outer: official, headerMark: model.approved ? null : model.labels.draft.trim() || null };
  return { pageLabel, outer: false, headerMark: null };
}

const pageNumberContent = (label: string) => {
  const [before = '', after = ''] = label.split('{n}');
  return `${cssString(before)} counter(page) ${cssString(after)}`;
};

const mm = (n: number) => `${n}mm`;

/** The print stylesheet: page and type from layout.ts, the same numbers the Word file is made with. */
function stylesheet(outline: Outline, chrome: PageChrome): string {
  const official = OFFICIAL_LAYOUT[outline.locale];
  const fonts = FONTS[outline.locale];
  const m = printMargins(outline);
  const number = official ? `${font(fonts.body)} font-size: ${PAGE_NUMBER.zh.sizePt}pt;` : `${font(fonts.body)} font-size: 9pt; color: #595959;`;
  // The number's line sits where Word's footer puts it: m.footer up from the paper's edge.
  const numberBox = `${number} vertical-align: bottom; padding-bottom: ${mm(m.footer - 5)}; padding-left: 0; padding-right: 0;`;
  const content = `content: ${pageNumberContent(chrome.pageLabel)};`;
  const pages = chrome.outer
    ? `@page :right { @bottom-right { ${content} ${numberBox} text-align: right; padding-right: ${PAGE_NUMBER.zh.insetPt}pt; } }
@page :left { @bottom-left { ${content} ${numberBox} text-align: left; padding-left: ${PAGE_NUMBER.zh.insetPt}pt; } }`
    : `@page { @bottom-center { ${content} ${numberBox} text-align: center; } }`;
  const mark = chrome.headerMark
    ? `@page { @top-right { content: ${cssString(chrome.headerMark)}; ${font(fonts.subheading)} font-size: ${official ? ZIHAO.xiaosi : 9}pt; vertical-align: top; padding-top: ${mm(m.header)}; } }`
    : '';
  // Chinese: 三号 body on GB/T 9704's fixed pitch, set 0.25 pt tight, 28 to a line; first lines indented two characters.
  const em = `${ZH_BODY.sizePt + ZH_BODY.trackingPt}pt`;
  const body = official
    ? `${font(fonts.body)} font-size: ${ZH_BODY.sizePt}pt; line-height: ${ZH_BODY.linePt}pt; letter-spacing: ${ZH_BODY.trackingPt}pt; text-align: justify;`
    : `${font(fonts.body)} font-size: 11pt; line-height: 1.4; color: #1F2937;`;
  const indent = official ? `calc(2 * ${em})` : '0';
  const table = official ? { size: ZIHAO.xiaosi, line: '18pt', fill: 'transparent' } : { size: 10, line: '1.25', fill: '#D9E2F3' };
  return `
@page { size: A4 ${outline.landscape ? 'landscape' : 'portrait'}; margin: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)}; }
${pages}
${mark}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { ${body} background: #fff; margin: 0; }
@media screen { body { max-width: ${outline.landscape ? '247mm' : official ? '156mm' : '160mm'}; margin: 12mm auto; padding: 0 8mm; } }
h1, h2, h3, p { margin: 0; font-size: inherit; line-height: inherit; }
h1 { ${font(fonts.title)} ${official ? `font-size: ${ZIHAO.er}pt; line-height: 35pt; text-align: center; letter-spacing: 0;` : 'font-size: 20pt; line-height: 1.2; color: #1F3864; margin-bottom: 4pt;'} }
.subtitle { ${official ? `${font(fonts.subheading)} text-align: center; text-indent: 0;` : 'font-size: 13pt; color: #595959; margin-bottom: 12pt;'} }
${official ? `.title-end { height: ${ZH_BODY.linePt}pt; }` : ''}
/* GB/T 9704's 版头: the 发文字号 centred, the red separator line 4 mm under it, the title two lines below. */
.masthead { text-align: center; text-indent: 0; padding-bottom: 4mm; border-bottom: ${MASTHEAD_RULE_PT}pt solid #${MASTHEAD_RED}; margin-bottom: ${official ? `${2 * ZH_BODY.linePt}pt` : '2em'}; }
h2 { ${font(fonts.heading)} ${official ? '' : 'font-size: 14pt; color: #1F3864; margin: 14pt 0 5pt;'} }
h3 { ${font(fonts.subheading)} ${official ? '' : 'font-size: 12pt; margin: 9pt 0 3pt;'} }
h2, h3, p { text-indent: ${indent}; }
p { ${official ? '' : 'margin-bottom: 6pt;'} orphans: 2; widows: 2; white-space: pre-line; }
h1, h2, h3, .subtitle { break-after: avoid; page-break-after: avoid; }
.field { display: grid; grid-template-columns: max-content 1fr; text-indent: 0; text-align: left; ${official ? `padding-left: calc(2 * ${em}); margin-bottom: 0;` : 'margin-bottom: 6pt;'} }
/* pre: the space of "Time: " stays, as in the Word file. */
.field .label { ${font(fonts.heading)} white-space: pre; }
.field.more .label { visibility: hidden; }
.colophon { border-top: 1px solid #000; border-bottom: 1px solid #000; margin-top: 2em; padding: 2pt 1em; break-inside: avoid; }
.colophon .field { padding-left: 0; }
.colophon .issued { text-indent: 0; text-align: left; margin: 0; }
.speaker { font-weight: 700; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: ${table.size}pt; line-height: ${table.line}; letter-spacing: 0; margin: 0; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: middle; text-align: left; text-indent: 0; white-space: pre-line; overflow-wrap: break-word; }
th { ${font(fonts.heading)} background: ${table.fill}; text-align: center; }
td.center { text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
`;
}

/** Columns printed centred, as in the Word tables (docx/table-doc.ts, docx/minutes.ts). */
export const CENTRED = new Set(['no', 'status', 'disposition', 'time', 'planned', 'actual', ...COUNT_COLUMNS]);
/** Word's cell padding (docx/table.ts): 80 twips each side. */
const PAD_TWIPS = 160;

/** The printed page's margins (mm) for an outline: GB/T 9704 for Chinese, one inch for English, narrower for wide tables. */
export const printMargins = (outline: Pick<Outline, 'locale' | 'landscape'>) => MARGINS_MM[outline.landscape ? 'landscape' : OFFICIAL_LAYOUT[outline.locale] ? 'zh' : 'en'];

/**
 * A printed table's cell text and column widths (twips, summing to `total`, the text area's width):
 * the same widths as the Word table, so headers such as 序号 and dates never break inside. Shared by
 * the print stylesheet and the direct PDF writer (pdf-direct/).
 */
export function printedTable(b: Extract<Block, { type: 'table' }>, outline: Pick<Outline, 'locale' | 'landscape'>) {
  const { columns, rows } = b.table;
  // Noto Serif's digits and bold letters are wider than Times New Roman's, which widths.ts counts in: measure wide.
  const pt = OFFICIAL_LAYOUT[outline.locale] ? ZIHAO.xiaosi : 10;
  const type = { headPt: pt * 1.25, cellPt: pt * 1.15, padTwips: PAD_TWIPS };
  const text = rows.map((row) => columns.map((c) => String(row[c.key] ?? '')));
  const m = printMargins(outline);
  const total = twipsFromMm((outline.landscape ? 297 : 210) - m.left - m.right);
  const widths = fittedWidths(columns.map((c) => ({ label: c.label, weight: c.width })), text, type, total);
  return { text, widths, total };
}

function table(b: Extract<Block, { type: 'table' }>, outline: Outline): string {
  const { columns } = b.table;
  const { text, widths, total } = printedTable(b, outline);
  const cols = widths.map((w) => `<col style="width: ${((100 * w) / total).toFixed(2)}%">`).join('');
  const head = columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const tr = b.table.rowHeightMm ? `<tr style="height: ${b.table.rowHeightMm}mm">` : '<tr>';
  const body = text
    .map((row) => `${tr}${row.map((value, i) => `<td${CENTRED.has(columns[i]!.key) ? ' class="center"' : ''}>${esc(value)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * The blocks as the Word file sets them (docx/minutes.ts): numbered headings (一、 （一） in Chinese),
 * paragraphs rather than bullets, numbered items as "1." paragraphs; a speaker's first point follows the name.
 */
function blocksHtml(outline: Outline): string {
  const official = OFFICIAL_LAYOUT[outline.locale];
  const colon = translatorFor(outline.locale)('document:punctuation.colon');
  const numbering = NUMBERING[outline.locale];
  // As the Word file: sub-headings whose titles carry their own ordinal get no second one.
  const numberSubs = numberSubheadings(outline.blocks.flatMap((b) => (b.type === 'subheading' ? [b.text] : [])));
  let h1 = 0;
  let h2 = 0;
  const out: string[] = [];
  for (const b of outline.blocks) {
    switch (b.type) {
      case 'title':
        out.push(`<h1>${esc(b.text)}</h1>`);
        if (b.subtitle) out.push(`<p class="subtitle">${esc(b.subtitle)}</p>`);
        // GB/T 9704: one blank line between the title and the text.
        if (official) out.push('<div class="title-end"></div>');
        break;
      case 'heading':
        h2 = 0;
        out.push(`<h2>${esc(numbering.heading1(++h1))}${esc(b.text)}</h2>`);
        break;
      case 'subheading':
        out.push(`<h3>${numberSubs ? esc(numbering.heading2(++h2)) : ''}${esc(b.text)}</h3>`);
        break;
      case 'fields':
        for (const f of b.items) {
          out.push(`<p class="field${f.continuation ? ' more' : ''}"><span class="label">${esc(f.label)}${colon}</span><span>${esc(f.value)}</span></p>`);
        }
        break;
      case 'docNumber':
      case 'version':
        out.push(`<p class="subtitle">${esc(b.text)}</p>`);
        break;
      case 'masthead':
        out.push(`<p class="masthead">${esc(b.text)}</p>`);
        break;
      case 'colophon':
        // The 版记 between rules, as the Word file draws it.
        out.push('<div class="colophon">');
        for (const f of b.items) out.push(`<p class="field"><span class="label">${esc(f.label)}${colon}</span><span>${esc(f.value)}</span></p>`);
        if (b.issued) out.push(`<p class="issued">${esc(b.issued)}</p>`);
        out.push('</div>');
        break;
      case 'paragraph':
        for (const line of b.text.split(/\r?\n/).filter((l) => l.trim())) out.push(`<p>${esc(line)}</p>`);
        break;
      case 'statement': {
        const [first = '', ...rest] = b.points;
        out.push(`<p><span class="speaker">${esc(b.speaker)}</span>${colon}${esc(first)}</p>`);
        for (const point of rest) out.push(`<p>${esc(point)}</p>`);
        break;
      }
      case 'list':
        b.items.forEach((item, i) => out.push(`<p>${b.ordered ? esc(numbering.item(i + 1)) : ''}${esc(item)}</p>`));
        break;
      case 'table':
        out.push(table(b, outline));
        break;
    }
  }
  return out.join('\n');
}

export interface HtmlOptions {
  /**
   * Put the shipped fonts into the page (pdf/fonts.ts), as the PDF printer needs: the PDF then embeds
   * them, the same on every machine. A saved .html page names them only, and stays small.
   */
  embedFonts?: boolean;
}

/** The standalone page every printed export is: its CSP, the fonts when asked for, its stylesheet and body (already escaped). */
export function standalonePage(page: { locale: Locale; title: string; css: string; body: string }, options: HtmlOptions = {}): string {
  const fonts = options.embedFonts ? `${fontFaceCss(page.locale)}\n` : '';
  return `<!DOCTYPE html>
<html lang="${esc(page.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Convene">
<title>${esc(page.title)}</title>
<style>${fonts}${page.css}</style>
</head>
<body>
<main>
${page.body}
</main>
</body>
</html>
`;
}

export function renderHtml(model: ExportModel, options: HtmlOptions = {}): string {
  const outline = outlineOf(model);
  return standalonePage({ locale: outline.locale, title: outline.title, css: stylesheet(outline, chromeOf(model)), body: blocksHtml(outline) }, options);
}
