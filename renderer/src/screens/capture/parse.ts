/**
 * The capture line's `@` and `#`: where a trigger starts, what has been typed after it, and the
 * text once a pick has replaced it. Pure functions over a string and a caret, unit-tested.
 *
 * A trigger is `@` (speaker) or `#` (category), half- or full-width (＠ ＃, as a Chinese input
 * method may type them), at the start of the text or after anything that is not a Latin letter or
 * digit: "问题@lwd" and "see @lin" open the picker, an e-mail address "a@b.cn" or "C#" does not.
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
/** Characters that glue to a following `@`/`#` and make it part of a word (e-mail, C#). */
const WORD_BEFORE = /[A-Za-z0-9_.+-]/;
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
    if (i > 0 && WORD_BEFORE.test(text[i - 1]!)) return null;
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
