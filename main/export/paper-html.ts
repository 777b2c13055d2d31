/**
 * The print pages of the name cards and the seating plan, printed to PDF by the same headless
 * Chromium as every other export (pdf/). Like html.ts: a standalone page, the same CSP (nothing but
 * inline styles and data: fonts), no scripts, every string a user typed escaped (safe.ts).
 */
import type { Locale } from '../../shared/contract/fields.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { standalonePage } from './html.js';
import type { NameCardsModel, PaperDrawingModel, SeatingModel } from './paper-model.js';
import { CARD, cardLinePt, cardNamePt, SEATING } from './paper-layout.js';
import { PRINT_FAMILY } from './pdf/fonts.js';
import { escapeHtml as esc } from './safe.js';
import { ZIHAO } from './layout.js';

const F = PRINT_FAMILY;
/** The shipped faces first (embedded in the PDF), then what an office machine or the system has. */
const FACE: Record<Locale, { serif: string; sans: string }> = {
  'zh-CN': {
    serif: `'${F.serif}', 'SimSun', 'Noto Serif CJK SC', serif`,
    sans: `'${F.sans}', '黑体', 'SimHei', 'Noto Sans CJK SC', sans-serif`,
  },
  en: {
    serif: `'${F.serif}', 'Noto Serif', 'Times New Roman', 'Liberation Serif', serif`,
    sans: `'${F.serif}', 'Noto Serif', 'Times New Roman', 'Liberation Serif', serif`,
  },
};

/** The seating plan's type sizes and the letter spacing of the table's word, by language (GB/T 9704 sizes in Chinese). */
const SEATING_TYPE: Record<Locale, { bodyPt: number; titlePt: number; listPt: number; tableSpacing: string }> = {
  'zh-CN': { bodyPt: ZIHAO.xiaosi, titlePt: ZIHAO.er, listPt: ZIHAO.xiaosi, tableSpacing: '0.5em' },
  en: { bodyPt: 11, titlePt: 20, listPt: 10, tableSpacing: '0' },
};

/** The page around a drawing: html.ts's standalone page, with what every drawing's page shares. */
function page(model: PaperDrawingModel, css: string, body: string, embedFonts: boolean): string {
  const common = `html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; color: #000; }
`;
  return standalonePage({ locale: model.locale, title: model.title, css: common + css, body }, { embedFonts });
}

/**
 * One sheet per person: two halves of 105 mm, the upper one turned 180° so that, folded along the
 * dashed line into a tent, the name faces both sides of the table. Nothing for nobody: an empty
 * session prints one blank card, so the file is still a PDF.
 */
function nameCardsHtml(model: NameCardsModel, embedFonts: boolean): string {
  const face = FACE[model.locale];
  const half = CARD.heightMm / 2;
  const css = `
@page { size: A4 landscape; margin: 0; }
.card { width: ${CARD.widthMm}mm; height: ${CARD.heightMm}mm; position: relative; overflow: hidden; break-after: page; page-break-after: always; }
.card:last-child { break-after: auto; page-break-after: auto; }
.half { position: absolute; left: 0; width: ${CARD.widthMm}mm; height: ${half}mm; box-sizing: border-box; padding: 0 ${CARD.sideMm}mm;
  display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; }
.half.lower { top: ${half}mm; }
.half.upper { top: 0; transform: rotate(180deg); }
.name { font-family: ${face.serif}; font-weight: 700; line-height: 1.15; white-space: nowrap; }
.line { font-family: ${face.serif}; font-weight: 400; line-height: 1.3; margin-top: 4mm; white-space: nowrap; }
.fold { position: absolute; left: 0; right: 0; top: ${half}mm; border-top: 0.4pt dashed #999; }
.fold span { position: absolute; right: 6mm; top: 1mm; font-family: ${face.sans}; font-size: 7pt; color: #999; }
`;
  const cards = model.cards.length > 0 ? model.cards : [{ name: '', unitPosition: '' }];
  const halfHtml = (side: 'upper' | 'lower', name: string, line: string) =>
    `<div class="half ${side}"><div class="name" style="font-size: ${cardNamePt(name)}pt">${esc(name)}</div>${
      line ? `<div class="line" style="font-size: ${cardLinePt(line)}pt">${esc(line)}</div>` : ''
    }</div>`;
  const body = cards
    .map(
      (c) =>
        `<section class="card">${halfHtml('upper', c.name, c.unitPosition)}<div class="fold"><span>${esc(model.fold)}</span></div>${halfHtml('lower', c.name, c.unitPosition)}</section>`,
    )
    .join('\n');
  return page(model, css, body, embedFonts);
}

/** The plan: the table drawn as a grid (the head at the top), the reading note, then everyone by seat number. */
function seatingHtml(model: SeatingModel, embedFonts: boolean): string {
  const face = FACE[model.locale];
  const type = SEATING_TYPE[model.locale];
  const { labels } = model;
  const colon = translatorFor(model.locale)('document:punctuation.colon');
  const css = `
@page { size: A4 portrait; margin: 20mm 18mm; }
body { font-family: ${face.serif}; font-size: ${type.bodyPt}pt; line-height: 1.5; }
h1 { font-family: ${face.serif}; font-weight: 700; font-size: ${type.titlePt}pt; line-height: 1.3; text-align: center; margin: 0 0 4mm; }
.field { margin: 0; white-space: pre-line; }
.field .label { font-family: ${face.sans}; }
/* The spacing between the seats is taken out of the margins, so the outer boxes line up with the text. */
table { border-collapse: separate; border-spacing: 3mm; width: calc(100% + 6mm); table-layout: fixed; margin: 3mm -3mm 0; }
td { height: ${SEATING.rowMm}mm; text-align: center; vertical-align: middle; padding: 1mm; font-size: ${SEATING.seatPt}pt; line-height: 1.3; overflow-wrap: anywhere; }
td.seat { border: 0.75pt solid #000; }
td.seat.chair { border-width: 2pt; }
td.seat .no { display: block; font-family: ${face.sans}; font-size: 9pt; color: #444; }
td.table { background: #E7E6E6; border: 0.75pt solid #7F7F7F; font-family: ${face.sans}; color: #595959; letter-spacing: ${type.tableSpacing}; }
.note { font-size: ${SEATING.notePt}pt; color: #333; margin: 0 0 4mm; }
table.list { border-collapse: collapse; border-spacing: 0; margin: 0; width: 100%; }
table.list th, table.list td { border: 0.5pt solid #000; height: auto; padding: 1.5pt 4pt; font-size: ${type.listPt}pt; text-align: left; }
table.list th { font-family: ${face.sans}; font-weight: 400; text-align: center; }
table.list td.no { text-align: center; }
tr { break-inside: avoid; page-break-inside: avoid; }
`;
  const cell = (c: SeatingModel['grid'][number][number]) => {
    if (c.type === 'empty') return '<td></td>';
    if (c.type === 'table') return `<td class="table" colspan="${c.span}" rowspan="${c.rows}">${esc(labels.table)}</td>`;
    const no = c.chair ? `${c.no}\u2002${labels.chair}` : String(c.no);
    return `<td class="seat${c.chair ? ' chair' : ''}"><span class="no">${esc(no)}</span>${esc(c.name)}</td>`;
  };
  const cols = Array.from({ length: model.width }, () => '<col>').join('');
  const grid = model.grid.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
  const list = model.seats.length
    ? `<table class="list"><colgroup><col style="width: 12%"><col style="width: 28%"><col style="width: 60%"></colgroup>
<thead><tr><th scope="col">${esc(labels.seat)}</th><th scope="col">${esc(labels.name)}</th><th scope="col">${esc(labels.unitPosition)}</th></tr></thead>
<tbody>${model.seats.map((s) => `<tr><td class="no">${s.no}</td><td>${esc(s.name)}</td><td>${esc(s.unitPosition)}</td></tr>`).join('\n')}</tbody></table>`
    : `<p class="note">${esc(labels.nobody)}</p>`;
  const body = `<h1>${esc(model.title)}</h1>
${model.fields.map((f) => `<p class="field"><span class="label">${esc(f.label)}${colon}</span>${esc(f.value)}</p>`).join('\n')}
<table class="plan"><colgroup>${cols}</colgroup>
${grid}
</table>
<p class="note">${esc(labels.note)}</p>
${list}`;
  return page(model, css, body, embedFonts);
}

export function renderPaperHtml(model: PaperDrawingModel, options: { embedFonts?: boolean } = {}): string {
  const embed = options.embedFonts ?? false;
  return model.kind === 'namecards' ? nameCardsHtml(model, embed) : seatingHtml(model, embed);
}
