/**
 * A complete, standalone HTML document of any export: what is saved as .html and what is printed to
 * PDF. It carries its own A4 print stylesheet and a CSP that allows nothing but inline styles and
 * data: images; it has no scripts, and every string in it is escaped (safe.ts).
 */
import type { Locale } from '../../shared/contract/fields.js';
import type { ExportModel } from './model.js';
import { outlineOf, type Block, type Outline } from './outline.js';
import { escapeHtml as esc } from './safe.js';

/** A constant, written into the page as is (no user text, so no escaping: the quotes stay readable). */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Font stacks: the faces of Chinese official documents (GB/T 9704: title in a Song face, body in
 * FangSong, headings in HeiTi and KaiTi) with the ones macOS and Linux have, then a generic family.
 */
const FONTS = {
  'zh-CN': {
    body: "'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Songti SC', serif",
    title: "'SimSun', 'STSong', 'Noto Serif CJK SC', 'Songti SC', serif",
    heading: "'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'PingFang SC', sans-serif",
    subheading: "'KaiTi', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC', serif",
  },
  en: {
    body: "'Georgia', 'Times New Roman', 'Noto Serif', serif",
    title: "'Helvetica Neue', 'Arial', 'Noto Sans', sans-serif",
    heading: "'Helvetica Neue', 'Arial', 'Noto Sans', sans-serif",
    subheading: "'Helvetica Neue', 'Arial', 'Noto Sans', sans-serif",
  },
} satisfies Record<Locale, Record<string, string>>;

/** A CSS string literal: nothing in it can close the string or the <style> element. */
const cssString = (text: string) => `"${text.replace(/[\\"<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** The page number in the bottom margin box: "— 3 —" in Chinese documents (GB/T 9704), "3" in English. */
function pageNumberContent(locale: Locale): string {
  const [before, after] = (locale === 'zh-CN' ? '— {n} —' : '{n}').split('{n}') as [string, string];
  return `${cssString(before)} counter(page) ${cssString(after)}`;
}

function stylesheet(outline: Outline): string {
  const zh = outline.locale === 'zh-CN';
  const fonts = FONTS[outline.locale];
  // GB/T 9704 margins (top 37 mm, inner 28 mm) and sizes: title 二号 (22 pt), body 三号 (16 pt).
  const margin = zh ? '37mm 26mm 35mm 28mm' : '25mm 22mm 25mm 22mm';
  const size = zh ? { title: '22pt', body: '16pt', table: '12pt' } : { title: '20pt', body: '11.5pt', table: '10pt' };
  return `
@page { size: A4 ${outline.landscape ? 'landscape' : 'portrait'}; margin: ${outline.landscape ? '20mm 18mm' : margin};
  @bottom-center { content: ${pageNumberContent(outline.locale)}; font-family: ${fonts.body}; font-size: 11pt; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${fonts.body}; font-size: ${size.body}; line-height: ${zh ? '1.75' : '1.5'}; color: #000; background: #fff; margin: 0; }
@media screen { body { max-width: ${outline.landscape ? '277mm' : '170mm'}; margin: 12mm auto; padding: 0 8mm; } }
h1 { font-family: ${fonts.title}; font-weight: bold; font-size: ${size.title}; text-align: center; margin: 0 0 0.3em; line-height: 1.4; }
.subtitle { text-align: center; margin: 0 0 1.2em; }
h2 { font-family: ${fonts.heading}; font-size: ${size.body}; font-weight: bold; margin: 1.1em 0 0.4em; }
h3 { font-family: ${fonts.subheading}; font-size: ${size.body}; font-weight: ${zh ? 'normal' : 'bold'}; margin: 0.9em 0 0.3em; }
h1, h2, h3, .speaker { break-after: avoid; page-break-after: avoid; }
p, li, td, th { white-space: pre-line; overflow-wrap: anywhere; }
p { margin: 0.3em 0; orphans: 2; widows: 2; }
.field .label, .speaker .name { font-weight: bold; }
ul, ol { margin: 0.2em 0 0.6em; padding-left: 2em; }
table { border-collapse: collapse; width: 100%; font-size: ${size.table}; line-height: 1.45; margin: 0.4em 0 1em; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { font-weight: bold; background: #f0f0f0; text-align: center; }
td.number { text-align: center; }
thead { display: table-header-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
`;
}

function table(b: Extract<Block, { type: 'table' }>): string {
  const { columns, rows } = b.table;
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = columns.map((c) => `<col style="width: ${((100 * c.width) / total).toFixed(1)}%">`).join('');
  const head = columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const value = row[c.key] ?? '';
        return typeof value === 'number' ? `<td class="number">${value}</td>` : `<td>${esc(value)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function block(b: Block, colon: string): string {
  switch (b.type) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>${b.subtitle ? `\n<p class="subtitle">${esc(b.subtitle)}</p>` : ''}`;
    case 'heading':
      return `<h2>${esc(b.text)}</h2>`;
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'fields':
      return b.items
        .map((f) => `<p class="field">${f.continuation ? '' : `<span class="label">${esc(f.label)}${colon}</span>`}${esc(f.value)}</p>`)
        .join('\n');
    case 'docNumber':
    case 'version':
      return `<p class="subtitle">${esc(b.text)}</p>`;
    case 'colophon':
      return [
        '<hr>',
        ...b.items.map((f) => `<p class="field"><span class="label">${esc(f.label)}${colon}</span>${esc(f.value)}</p>`),
        ...(b.issued ? [`<p class="field">${esc(b.issued)}</p>`] : []),
      ].join('\n');
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'statement':
      return `<p class="speaker"><span class="name">${esc(b.speaker)}</span>${colon}</p>\n${block({ type: 'list', ordered: false, items: b.points }, colon)}`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item) => `<li>${esc(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return table(b);
  }
}

export function renderHtml(model: ExportModel): string {
  const outline = outlineOf(model);
  const colon = outline.locale === 'zh-CN' ? '：' : ': ';
  return `<!DOCTYPE html>
<html lang="${esc(outline.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Convene">
<title>${esc(outline.title)}</title>
<style>${stylesheet(outline)}</style>
</head>
<body>
<main>
${outline.blocks.map((b) => block(b, colon)).join('\n')}
</main>
</body>
</html>
`;
}
