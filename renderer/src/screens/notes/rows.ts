import type { Note, NoteCategory } from '../../../../shared/notes.js';

/**
 * The notes list as flat rows for the virtualiser: a header per agenda item (in agenda order; notes
 * outside any item first), a header each time the speaker changes within an item (a speaker's turn),
 * then the notes of that turn in the order they were captured. Pure, unit-tested.
 */

export interface NoteFilters {
  category: NoteCategory | null;
  /** A speaker key (see speakerKey), or null for everyone. */
  speaker: string | null;
  importantOnly: boolean;
}

export const NO_FILTERS: NoteFilters = { category: null, speaker: null, importantOnly: false };

export type Row =
  | { kind: 'item'; key: string; itemId: string | null; title: string | null; count: number }
  | { kind: 'speaker'; key: string; speakerKey: string; name: string; detail: string }
  | { kind: 'note'; key: string; note: Note };

/** Who said it, as a key: a person by id, a free-text name by its text, or nobody. */
export function speakerKey(note: Pick<Note, 'speaker' | 'speakerName'>): string {
  if (note.speaker) return `p:${note.speaker.id}`;
  return note.speakerName ? `f:${note.speakerName}` : 'none';
}

export function matchesFilters(note: Note, filters: NoteFilters): boolean {
  if (filters.category && note.category !== filters.category) return false;
  if (filters.importantOnly && !note.important) return false;
  if (filters.speaker && speakerKey(note) !== filters.speaker) return false;
  return true;
}

function byCapture(a: Note, b: Note): number {
  return a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0;
}

export interface BuiltRows {
  rows: Row[];
  /** Row index of the most recently captured note shown, or -1. */
  newestIndex: number;
  /** Row index of each shown note, by id. */
  indexOf: Map<string, number>;
  shown: number;
}

/**
 * `itemOrder`: the session's agenda item ids in agenda order. `itemCounts`: each item's count of
 * all the session's notes ('' for none), when only some are loaded; a filter counts what it shows.
 */
export function buildRows(notes: readonly Note[], itemOrder: readonly string[], filters: NoteFilters = NO_FILTERS, itemCounts?: Readonly<Record<string, number>>): BuiltRows {
  const unfiltered = filters.category === null && filters.speaker === null && !filters.importantOnly;
  const position = new Map(itemOrder.map((id, i) => [id, i]));
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    if (!matchesFilters(note, filters)) continue;
    const key = note.agendaItemId ?? '';
    const list = groups.get(key);
    if (list) list.push(note);
    else groups.set(key, [note]);
  }
  for (const list of groups.values()) list.sort(byCapture);
  // No item first; then agenda order; items no longer on the agenda last, by their first note.
  const rank = (key: string) => (key === '' ? -1 : (position.get(key) ?? Number.MAX_SAFE_INTEGER));
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || byCapture(groups.get(a)![0]!, groups.get(b)![0]!));

  const rows: Row[] = [];
  const indexOf = new Map<string, number>();
  let newest: Note | null = null;
  for (const key of keys) {
    const list = groups.get(key)!;
    const first = list[0]!;
    rows.push({ kind: 'item', key: `item:${key}`, itemId: first.agendaItemId, title: first.agendaItemTitle, count: (unfiltered ? itemCounts?.[key] : undefined) ?? list.length });
    let previous: string | null = null;
    let turn = 0;
    for (const note of list) {
      const who = speakerKey(note);
      if (who !== previous) {
        const detail = note.speaker ? [note.speaker.position, note.speaker.unitName].filter(Boolean).join(' · ') : '';
        rows.push({ kind: 'speaker', key: `speaker:${key}:${turn++}:${who}`, speakerKey: who, name: note.speakerName, detail });
        previous = who;
      }
      indexOf.set(note.id, rows.length);
      rows.push({ kind: 'note', key: `note:${note.id}`, note });
      if (!newest || byCapture(note, newest) >= 0) newest = note;
    }
  }
  return { rows, newestIndex: newest ? indexOf.get(newest.id)! : -1, indexOf, shown: indexOf.size };
}

/** The distinct speakers of the notes, for the filter: most notes first, then by name. */
export function speakersOf(notes: readonly Note[]): { key: string; name: string; count: number }[] {
  const counts = new Map<string, { key: string; name: string; count: number }>();
  for (const note of notes) {
    const key = speakerKey(note);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { key, name: note.speakerName, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The next note row from `from` in direction `step` (skipping headers), clamped; -1 when there is none. */
export function nextNoteIndex(rows: readonly Row[], from: number, step: number): number {
  const direction = step >= 0 ? 1 : -1;
  let remaining = Math.abs(step) || 1;
  let found = -1;
  for (let i = from + direction; i >= 0 && i < rows.length; i += direction) {
    if (rows[i]!.kind !== 'note') continue;
    found = i;
    if (--remaining === 0) break;
  }
  return found;
}

/** A note longer than this (characters) or than LONG_NOTE_LINES lines is shown collapsed until expanded. */
export const LONG_NOTE_CHARS = 280;
export const LONG_NOTE_LINES = 5;
/** What a collapsed note renders: enough to fill its few clamped lines, not 10,000 characters. */
export const COLLAPSED_CHARS = 400;

export function isLongNote(text: string): boolean {
  return text.length > LONG_NOTE_CHARS || text.split('\n').length > LONG_NOTE_LINES;
}
