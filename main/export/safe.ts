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

/**
 * Inline Markdown: HTML's three specials become entities (every renderer shows an entity as text,
 * whereas a backslash before `<` is honoured by CommonMark only), the characters that start
 * emphasis, links, images, code, headings, tables and strikethrough are backslash-escaped, and bare
 * web addresses are kept from becoming links.
 */
function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!)
      .replace(/[\\`*_[\]()#|~]/g, (c) => `\\${c}`)
      // GFM turns bare URLs into links, which can also swallow the escapes after them; an escaped
      // ':' or '.' reads the same and keeps the address plain text.
      .replace(/(https?|ftp)(:\/\/)/gi, '$1\\$2')
      .replace(/www\./gi, 'www\\.')
  );
}

/**
 * Characters that only mean something at the start of a line: list markers, block quotes (`>` is
 * already an entity), setext underlines, table delimiter rows (":-", which some renderers take even
 * without a pipe), and ordered-list numbers ("1." / "1)").
 */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
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
    // A blank line would end the paragraph (or the list item): blank lines are dropped.
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);
}

/** One table cell: a newline would end the row, so lines are joined with a space; `|` is escaped. */
export function markdownCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return escapeMarkdownInline(value.replace(/\s*[\r\n]+\s*/g, ' ').trim());
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
