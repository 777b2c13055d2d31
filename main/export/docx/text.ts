import { TextRun, type IRunOptions } from 'docx';

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and newline, U+FFFE/U+FFFF, unpaired
 * surrogates): one of them would make Word refuse the whole file. The contract already refuses most
 * at input; exports must not depend on that.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(NOT_XML, '');
}

/**
 * User text as plain text runs, a line break (w:br) for each newline. Never a field, a hyperlink or
 * any markup: whatever was typed (`=HYPERLINK(...)`, `<img ...>`) stays the literal text it was; the
 * docx library escapes it as XML character data.
 */
export function textRuns(text: string, style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}
