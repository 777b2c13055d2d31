/**
 * Markdown (CommonMark with GFM tables) of any export. Every user string goes through safe.ts, so
 * the file shows what was typed, as text, in whatever renderer opens it; no raw HTML is ever written.
 */
import { translatorFor } from '../../shared/i18n/translate.js';
import type { ExportModel } from './model.js';
import { outlineOf, type Block } from './outline.js';
import { markdownCell, markdownText } from './safe.js';

function table(block: Extract<Block, { type: 'table' }>): string {
  const { columns, rows } = block.table;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map((c) => markdownCell(c.label))),
    line(columns.map((c) => (c.key === 'no' ? '---:' : '---'))),
    ...rows.map((row) => line(columns.map((c) => markdownCell(row[c.key] ?? '')))),
  ].join('\n');
}

function block(b: Block, colon: string): string {
  switch (b.type) {
    case 'title':
      return b.subtitle ? `# ${markdownCell(b.text)}\n\n**${markdownText(b.subtitle)}**` : `# ${markdownCell(b.text)}`;
    case 'heading':
      return `## ${markdownCell(b.text)}`;
    case 'subheading':
      return `### ${markdownCell(b.text)}`;
    case 'fields':
      // One paragraph, a hard line break after each field: reads like the header of printed minutes.
      return b.items.map((f) => `${f.continuation ? '' : `**${markdownCell(f.label)}**${colon}`}${markdownText(f.value)}`).join('\\\n');
    case 'docNumber':
    case 'masthead':
    case 'version':
      return markdownText(b.text);
    case 'colophon':
      return ['---', [...b.items.map((f) => `**${markdownCell(f.label)}**${colon}${markdownText(f.value)}`), ...(b.issued ? [markdownText(b.issued)] : [])].join('\\\n')].join('\n\n');
    case 'paragraph':
      return markdownText(b.text);
    case 'statement':
      return `**${markdownCell(b.speaker)}**${colon}\n\n${block({ type: 'list', ordered: false, items: b.points }, colon)}`;
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${i + 1}. ` : '- ';
          // Continuation lines line up under the item's text, or they would fall out of the list.
          return `${marker}${markdownText(item, ' '.repeat(marker.length))}`;
        })
        .join('\n');
    case 'table':
      return table(b);
  }
}

export function renderMarkdown(model: ExportModel): string {
  const outline = outlineOf(model);
  const colon = translatorFor(outline.locale)('document:punctuation.colon');
  return `${outline.blocks.map((b) => block(b, colon)).join('\n\n')}\n`;
}
