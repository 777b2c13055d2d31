/**
 * The capture line's `@` and `#`: where a trigger starts, what has been typed after it, and the
 * text once a pick has replaced it. Pure functions over a string and a caret, unit-tested.
 *
 * A trigger is `@` (speaker) or `#` (category), half- or full-width (＠ ＃, as a Chinese input
 * method may type them), at the start of the text or after anything that is not a Latin letter,
 * digit or `_`: "问题@lwd", "see @lin", "…pipeline.#dif" and "一致。#建议" open the picker (any
 * punctuation, ASCII or full-width, ends a word), an e-mail address "a@b.cn" or "C#" does not, and
 * neither does anything inside a web address ("https://x.cn/#/a", "www.x.cn/@me").
 * The query runs from the trigger to the caret, on one line. A category query has no spaces; a
 * speaker query may (English names: "@Lin Wei"), and the caller closes the picker when a query with
 * a space no longer matches anyone, so "@zhang said" becomes ordinary text.
 */

export type TriggerKind = 'speaker' | 'category';

export interface Trigger {
  kind: TriggerKind;
  /** Index of the `@`/`#` in the text. */
  start: number;
  /** Index just after the query (the caret). */
  end: number;
  /** What was typed after the trigger character. */
  query: string;
  /** The query contains whitespace (only possible for speakers). */
  hasSpace: boolean;
}

const SPEAKER_CHARS = new Set(['@', '＠']);
const CATEGORY_CHARS = new Set(['#', '＃']);
/** Characters that glue to a following `@`/`#` and make it part of a word (e-mail "a@b.cn", C#). */
const WORD_BEFORE = /[A-Za-z0-9_]/;
/** The start of a web address ("https://", "file://", "www."). */
const URL_START = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|\bwww\.)/;

/** True when the `@`/`#` at `index` is part of a word, an e-mail address or a web address. */
function glued(text: string, index: number): boolean {
  if (index === 0) return false;
  if (WORD_BEFORE.test(text[index - 1]!)) return true;
  // The run of printable ASCII before it (a web address has no blanks, Chinese or full-width
  // punctuation): a URL there swallows the trigger ("x.cn/#/a"); "见网址。#建议" still triggers.
  let from = index;
  while (from > 0 && /[\x21-\x7e]/.test(text[from - 1]!)) from--;
  return URL_START.test(text.slice(from, index));
}
/** How far back from the caret a trigger is looked for. */
export const MAX_QUERY = 40;

/** The trigger the caret is in, or null. */
export function findTrigger(text: string, caret: number): Trigger | null {
  if (caret < 0 || caret > text.length) return null;
  const from = Math.max(0, caret - MAX_QUERY - 1);
  for (let i = caret - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return null;
    const kind: TriggerKind | null = SPEAKER_CHARS.has(c) ? 'speaker' : CATEGORY_CHARS.has(c) ? 'category' : null;
    if (!kind) continue;
    // The nearest trigger character decides; one glued to a word is not a trigger.
    if (glued(text, i)) return null;
    const query = text.slice(i + 1, caret);
    const hasSpace = /\s/.test(query);
    if (kind === 'category' && hasSpace) return null;
    // A query never starts with a space: "@ " is a lone at sign.
    if (/^\s/.test(query)) return null;
    return { kind, start: i, end: caret, query, hasSpace };
  }
  return null;
}

/**
 * Removes the trigger and its query from the text (the pick becomes a chip) and tidies the
 * whitespace left behind. Returns the new text and where the caret goes.
 */
export function removeTrigger(text: string, trigger: Pick<Trigger, 'start' | 'end'>): { text: string; caret: number } {
  let before = text.slice(0, trigger.start);
  let after = text.slice(trigger.end);
  if (/[ \t]$/.test(before) && /^[ \t]/.test(after)) after = after.replace(/^[ \t]+/, '');
  if (before.trim() === '') {
    // The trigger opened the note: no leading blank.
    before = '';
    after = after.replace(/^[ \t]+/, '');
  }
  return { text: before + after, caret: before.length };
}

/** The text a note is saved with: trimmed, trailing spaces of each line removed. */
export function noteText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}
