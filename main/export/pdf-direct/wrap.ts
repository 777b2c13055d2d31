/**
 * Line breaking for the direct PDF writer, as the browser breaks the same text: Chinese between any
 * two characters (not before a closing mark such as ，。） nor after an opening one such as （“),
 * Latin text at spaces and after hyphens, and a word longer than the line anywhere
 * (`overflow-wrap: break-word`). Newlines are kept and runs of spaces collapse (`white-space: pre-line`).
 * Widths come from the caller, per character, so the text is measured once.
 */

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
/** No line starts with these (Chinese closing punctuation, and Latin closing marks after Chinese). */
const NO_START = /[，。、；：？！）》」』〕】〉”’％…—·,.;:?!)\]}%]/u;
/** No line ends with these. */
const NO_END = /[（《「『〔【〈“‘([{]/u;

/** Whether a line may break between `a` and `b`. */
function breakable(a: string, b: string): boolean {
  if (b === ' ') return false;
  if (NO_START.test(b) || NO_END.test(a)) return false;
  if (a === ' ') return true;
  if (CJK.test(a) || CJK.test(b)) return true;
  return a === '-' && /[\p{L}\p{N}]/u.test(b);
}

/** One paragraph (no newline) cut into lines no wider than `max`. */
function wrapParagraph(text: string, max: number, width: (cp: number) => number): string[] {
  const chars = Array.from(text.replace(/ {2,}/g, ' ').trim());
  const lines: string[] = [];
  let start = 0;
  let used = 0;
  /** The last place a break is allowed in the current line: the index of the first character after it. */
  let lastBreak = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (i > start && breakable(chars[i - 1]!, ch)) lastBreak = i;
    const w = width(ch.codePointAt(0)!);
    // A space at the end of a line takes no room.
    if (used + w > max && ch !== ' ' && i > start) {
      const cut = lastBreak > start ? lastBreak : i;
      lines.push(chars.slice(start, cut).join('').trimEnd());
      start = cut;
      while (chars[start] === ' ') start++;
      // Measure the new line again from its start: what was carried over may itself be too wide.
      used = 0;
      lastBreak = -1;
      i = start - 1;
      continue;
    }
    used += w;
  }
  if (start < chars.length || lines.length === 0) lines.push(chars.slice(start).join('').trimEnd());
  return lines;
}

/** Text (with newlines) cut into lines no wider than `max`; a blank line stays a blank line. */
export function wrapText(text: string, max: number, width: (cp: number) => number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, max, width));
}
