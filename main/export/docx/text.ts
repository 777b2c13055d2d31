import { TextRun, type IRunOptions } from 'docx';
import { cleanText } from '../safe.js';

export { cleanText };

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
