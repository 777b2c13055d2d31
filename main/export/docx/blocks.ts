/** Paragraph builders shared by the minutes and the table documents: each names a style of the look. */
import { Paragraph, TextRun } from 'docx';
import { STYLE, type Look, type StyledRole } from './look.js';
import { textRuns } from './text.js';
import { ems } from './widths.js';

export type Role = StyledRole | 'body';

const styleOf = (role: Role) => (role === 'body' ? {} : { style: STYLE[role] });

/** One paragraph in `role` (body text is the Normal style), newlines as line breaks. */
export function para(role: Role, text: string): Paragraph {
  // keepNext repeated on the heading itself: LibreOffice lets a heading whose style keeps it with the next paragraph end a page.
  const keep = role === 'heading1' || role === 'heading2' ? { keepNext: true } : {};
  return new Paragraph({ ...styleOf(role), ...keep, children: textRuns(text) });
}

/** A body paragraph from pieces, e.g. a bold speaker name, the unit, then what they said. */
export function mixed(pieces: { text: string; bold?: boolean }[]): Paragraph {
  const children: TextRun[] = pieces.flatMap((p) => textRuns(p.text, p.bold ? { bold: true } : {}));
  return new Paragraph({ children });
}

/**
 * "时间：2027年1月11日…" with the label in the label style; continuation lines (and, for a list of
 * groups, the following lines) hang under the value, so the labels stand out in a column.
 */
export function field(look: Look, label: string, value: string, continuation = false): Paragraph {
  const labelText = `${label}${look.colon}`;
  const hang = Math.round(ems(labelText) * look.em);
  const start = look.official ? 2 * look.em : 0;
  return new Paragraph({
    alignment: 'left',
    indent: continuation ? { left: start + hang, firstLine: 0 } : { left: start + hang, hanging: hang },
    children: [...(continuation ? [] : textRuns(labelText, { style: STYLE.label })), ...textRuns(value)],
  });
}

/** An empty body line: the blank line GB/T 9704 puts between the title and the text. */
export function blankLine(): Paragraph {
  return new Paragraph({ children: [] });
}
