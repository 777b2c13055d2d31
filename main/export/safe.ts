/**
 * Escaping and neutralising for every text format an export writes. What users typed (notes, titles,
 * unit names) reaches Markdown, HTML, CSV and spreadsheets only through these functions, so a note
 * such as `<img src=x onerror=alert(1)>` or `=HYPERLINK("http://x")` stays inert text everywhere.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and (double- or single-quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** ASCII punctuation: what a backslash can escape in CommonMark (before anything else it is a plain backslash). */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** A character entity or numeric reference, which Markdown would show decoded ("&amp;" as "&"). */
const ENTITY_AFTER_AMP = /^(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Bare web addresses as GFM's autolinks take them: to the next space. One with none of the
 * characters escaped below stays as typed, so it reads and clicks as an address; one with them (a
 * "[", a backtick) could be cut short or carry markup inside it, so it is made plain text instead
 * (its "://" or "www." escaped) and escaped like any other text.
 */
const WEB_ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)\S*/giu;
const LIVE_ADDRESS_AT_END = /(?:https?:\/\/|ftp:\/\/|www\.)\S*$/i;
const NEEDS_ESCAPE_IN_ADDRESS = /[\\`*~[\]|<]|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Inline Markdown (CommonMark with GFM), escaped only where it would mean something, so that the
 * file reads as plain text too: emphasis (`*` anywhere, `_` except inside a word, where CommonMark
 * never takes it), code spans, brackets of links and images, strikethrough, table pipes, `<` before
 * what could be a tag or an autolink, `&` before what would be an entity, and a backslash before
 * punctuation or at the end. Never an HTML entity: Markdown is read as text too, and `\<` is
 * CommonMark's own escape.
 */
function escapeMarkdownInline(line: string): string {
  const chars = Array.from(line);
  // Which characters belong to an address left as typed.
  const verbatim = new Array<boolean>(chars.length).fill(false);
  const defuse = new Set<number>();
  let offset = 0;
  const indexOf = new Map<number, number>();
  chars.forEach((c, i) => {
    indexOf.set(offset, i);
    offset += c.length;
  });
  for (const match of line.matchAll(WEB_ADDRESS)) {
    const first = indexOf.get(match.index)!;
    const length = Array.from(match[0]).length;
    // An underscore outside a word could still be emphasis where the address is not taken as one.
    if (NEEDS_ESCAPE_IN_ADDRESS.test(match[0]) || /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u.test(match[0])) {
      // "http\://" and "www\." are not autolinks: the address becomes text escaped as text (each
      // scheme or "www." in it, or a second one would start a link of its own).
      for (const inner of match[0].matchAll(/:\/\/|www\./gi)) {
        defuse.add(indexOf.get(match.index + inner.index + (inner[0] === '://' ? 0 : 3))!);
      }
    } else for (let i = first; i < first + length; i++) verbatim[i] = true;
  }
  return chars
    .map((c, i) => {
      if (verbatim[i]) return c;
      if (defuse.has(i)) return `\\${c}`;
      const next = chars[i + 1] ?? '';
      const escape =
        '`*~[]|'.includes(c) ||
        (c === '\\' && (next === '' || ASCII_PUNCTUATION.test(next))) ||
        (c === '<' && /[A-Za-z/!?]/.test(next)) ||
        (c === '&' && ENTITY_AFTER_AMP.test(chars.slice(i + 1, i + 40).join(''))) ||
        (c === '_' && !(WORD_CHAR.test(chars[i - 1] ?? '') && WORD_CHAR.test(next)));
      return escape ? `\\${c}` : c;
    })
    .join('');
}

/**
 * What only means something at the start of a line (of an escaped line: emphasis characters and
 * backticks are already escaped): ATX headings, block quotes, list markers ("-", "+", "1.", "1)")
 * followed by a space, setext underlines and thematic breaks ("===", "---", "- - -"), and what a
 * renderer may take for a table's delimiter row even without pipes ("-:", ":--").
 */
function escapeLineStart(line: string): string {
  if (/^(?=.*[-=])[-:= \t]+$/.test(line)) return `\\${line}`;
  return line
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^([>])/, '\\$1')
    .replace(/^([-+])(?=[ \t]|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/**
 * A block of user text for a Markdown paragraph or list item. Lines are kept apart with hard line
 * breaks (a trailing backslash), continuation lines indented by `indent` so they stay in their list
 * item; leading blanks are dropped because four of them would start a code block.
 */
export function markdownText(text: string, indent = ''): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(escapeMarkdownInline(line.trim())))
    // An autolink runs to the next space: a line that ends in an address gets one before the hard
    // break's backslash (here or where the caller joins), which would otherwise end up in the link.
    .map((line) => (LIVE_ADDRESS_AT_END.test(line) ? `${line} ` : line))
    // A blank line would end the paragraph (or the list item): blank lines are dropped.
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);
}

/**
 * One line of inline text: a table cell, a heading, a bold label. A newline would end the row, so
 * lines are joined with a space; `|` is escaped, and so is a `#` run at the end, which a heading
 * would drop as its closing sequence.
 */
export function markdownCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return escapeMarkdownInline(value.replace(/\s*[\r\n]+\s*/g, ' ').trim()).replace(/(^|[ \t])(#+)$/, '$1\\$2');
}

/** OWASP CSV injection: what a spreadsheet would read as a formula or a command. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell value for CSV and XLSX. Text that a spreadsheet would run as a formula gets a leading
 * single quote (OWASP); numbers the exporter generated itself (the No. column) stay numbers.
 */
export function neutraliseCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Text without the characters XML 1.0 cannot write: most C0 controls. A spreadsheet with one is
 * refused by Excel as corrupt; the contract already rejects them in user text, and this keeps a
 * stray one from breaking a file.
 */
export function withoutXmlInvalid(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and newline, U+FFFE/U+FFFF, unpaired
 * surrogates): one of them would make Word refuse the whole file, and none has a glyph in a PDF. The
 * contract already refuses most at input; exports must not depend on that. Used by the Word writer
 * and the direct PDF writer (pdf-direct/).
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Line breaks as \n, tabs as spaces, and none of the characters above. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(NOT_XML, '');
}
