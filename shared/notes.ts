/** Notes, their history and dispositions, plans, and search (issue 3/7). */
import type { Person, PersonCategory } from './domain.js';

export const NOTE_CATEGORIES = [
  'understanding',
  'idea',
  'difficulty',
  'suggestion',
  'criticism',
  'question',
  'interjection',
  'decision',
] as const;
export type NoteCategory = (typeof NOTE_CATEGORIES)[number];

export const DISPOSITIONS = ['pending', 'to_incorporate', 'incorporated', 'declined', 'deferred'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface Note {
  id: string;
  sessionId: string;
  agendaItemId: string | null;
  agendaItemTitle: string | null;
  speaker: Person | null;
  /** Free-text speaker (someone not in the directory), or the person's name when `speaker` is set. */
  speakerName: string;
  category: NoteCategory;
  text: string;
  important: boolean;
  capturedAt: string;
  capturedBy: string;
  /** null: not an opinion that needs an answer. */
  disposition: Disposition | null;
  planId: string | null;
  planTitle: string | null;
  dispositionReason: string;
  version: number;
  updatedAt: string;
  /** The action item made from this note, when there is one. */
  actionId: string | null;
}

/**
 * One page of a session's notes, newest first (`note.list`): a big session's capture screen shows
 * its newest notes at once and reads older ones as the user scrolls up.
 */
export interface NotePage {
  notes: Note[];
  /** Pass as `before` for the next (older) page; null when this page reaches the oldest note. */
  nextCursor: string | null;
  /** How many notes match, over all pages. */
  total: number;
  /** How many notes match per agenda item id ('' for notes outside any item), over all pages. */
  itemCounts: Record<string, number>;
}

export interface NoteVersion {
  version: number;
  text: string;
  category: NoteCategory;
  speakerName: string;
  important: boolean;
  agendaItemId: string | null;
  agendaItemTitle: string | null;
  /** null: this version was not marked as an opinion needing an answer. */
  disposition: Disposition | null;
  dispositionReason: string;
  editedAt: string;
}

export interface Plan {
  id: string;
  programmeId: string;
  title: string;
  description: string;
  opinionCount: number;
}

export interface Opinion extends Note {
  sessionTitle: string;
  speakerCategory: PersonCategory | null;
}

export interface OpinionsView {
  opinions: Opinion[];
  /** Counts over the whole programme (before filtering), per disposition. */
  counts: Record<Disposition, number>;
  total: number;
}

export const SEARCH_KINDS = ['note', 'session', 'person', 'unit', 'action', 'minutes'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Marks around the matched text in a snippet. Control characters cannot occur in stored text (the
 * contract refuses them), so the UI can split on these safely and render <mark> without HTML.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  /** Where to jump: the session of a note or the session itself. */
  sessionId: string | null;
  programmeId: string | null;
}
