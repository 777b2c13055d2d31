import { NOTE_CATEGORIES, type NoteCategory } from '../../../../shared/notes.js';

/**
 * The unsent capture line, kept in localStorage per session so a reload, a crash or a closed window
 * loses nothing. Written on every change (debounced) and when the page goes away; removed once the
 * note is saved. Pure (storage is passed in), unit-tested.
 *
 * `noteId` is the client id of a save that was sent but not confirmed: after a crash mid-save the
 * retry uses the same id, so the note cannot be saved twice.
 */

export type SpeakerChoice =
  /** Follow the current speaker of the run. */
  | { kind: 'default' }
  /** The secretary removed the speaker: the note has none. */
  | { kind: 'none' }
  /** `pinned`: the default speaker held for the note being typed when the floor moved on (save.ts pinDefaults). */
  | { kind: 'person'; personId: string; name: string; pinned?: true }
  /** Someone not in the directory. */
  | { kind: 'free'; name: string; pinned?: true };

/**
 * The agenda item: the current one, none (the secretary removed the chip), or a given one (the item
 * that was current when the note was begun, kept when the chair moves on mid-sentence).
 */
export type ItemChoice = 'default' | 'none' | { id: string; title: string };

export interface Draft {
  text: string;
  speaker: SpeakerChoice;
  /** null: the default category. */
  category: NoteCategory | null;
  important: boolean;
  item: ItemChoice;
  noteId: string | null;
}

export const DRAFT_PREFIX = 'convene.capture.draft.';
/** Writes are debounced by this much (the brief allows up to 300 ms). */
export const DRAFT_DEBOUNCE_MS = 250;

export function draftKey(sessionId: string): string {
  return `${DRAFT_PREFIX}${sessionId}`;
}

export function emptyDraft(): Draft {
  return { text: '', speaker: { kind: 'default' }, category: null, important: false, item: 'default', noteId: null };
}

/** Nothing worth keeping: no text and every choice at its default. */
export function isEmptyDraft(draft: Draft): boolean {
  return draft.text.trim() === '' && draft.speaker.kind === 'default' && draft.category === null && !draft.important && draft.item === 'default' && !draft.noteId;
}

const isString = (v: unknown): v is string => typeof v === 'string';

function parseSpeaker(value: unknown): SpeakerChoice {
  if (typeof value !== 'object' || value === null) return { kind: 'default' };
  const v = value as Record<string, unknown>;
  if (v.kind === 'none') return { kind: 'none' };
  const pinned = v.pinned === true ? { pinned: true as const } : {};
  if (v.kind === 'person' && isString(v.personId) && v.personId && isString(v.name)) return { kind: 'person', personId: v.personId, name: v.name, ...pinned };
  if (v.kind === 'free' && isString(v.name) && v.name.trim()) return { kind: 'free', name: v.name, ...pinned };
  return { kind: 'default' };
}

function parseItem(value: unknown): ItemChoice {
  if (value === 'none') return 'none';
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (isString(v.id) && v.id && isString(v.title)) return { id: v.id, title: v.title };
  }
  return 'default';
}

/** Reads a stored draft; anything malformed falls back to defaults field by field, never throws. */
export function parseDraft(raw: string | null): Draft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return {
    text: isString(v.text) ? v.text : '',
    speaker: parseSpeaker(v.speaker),
    category: NOTE_CATEGORIES.includes(v.category as NoteCategory) ? (v.category as NoteCategory) : null,
    important: v.important === true,
    item: parseItem(v.item),
    noteId: isString(v.noteId) && /^[A-Za-z0-9_-]{1,64}$/.test(v.noteId) ? v.noteId : null,
  };
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function loadDraft(storage: StorageLike, sessionId: string): Draft | null {
  try {
    return parseDraft(storage.getItem(draftKey(sessionId)));
  } catch {
    return null;
  }
}

/** Writes (or, when empty, removes) the draft. False when storage refused it (full, disabled). */
export function storeDraft(storage: StorageLike, sessionId: string, draft: Draft): boolean {
  try {
    if (isEmptyDraft(draft)) storage.removeItem(draftKey(sessionId));
    else storage.setItem(draftKey(sessionId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** A fresh client id for a note: crypto.randomUUID where available, random bytes otherwise. */
export function newNoteId(cryptoLike: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof cryptoLike.randomUUID === 'function') return cryptoLike.randomUUID();
  const bytes = cryptoLike.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
