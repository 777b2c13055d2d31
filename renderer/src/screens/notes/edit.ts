import type { InputOf } from '../../../../shared/contract/channels.js';
import type { Note, NoteCategory } from '../../../../shared/notes.js';

/** A note being edited: what the user chose, and the version the edit started from. */
export interface EditState {
  id: string;
  text: string;
  category: NoteCategory;
  important: boolean;
  /** A person from the directory, a free-text name (personId null), or nobody (name ''). */
  speaker: { personId: string | null; name: string };
  agendaItemId: string | null;
  /** Marked as an opinion that needs an answer (it has a disposition). */
  opinion: boolean;
  /** Sent as expectedVersion: an edit made elsewhere meanwhile is refused, not overwritten. */
  version: number;
  error: string | null;
  /** The last save was refused because the note changed elsewhere. */
  conflict: boolean;
}

export function startEditing(note: Note): EditState {
  return {
    id: note.id,
    text: note.text,
    category: note.category,
    important: note.important,
    speaker: { personId: note.speaker?.id ?? null, name: note.speakerName },
    agendaItemId: note.agendaItemId,
    opinion: note.disposition !== null,
    version: note.version,
    error: null,
    conflict: false,
  };
}

/**
 * What note.update must be sent: only the fields that changed (null when nothing did, and the edit
 * simply closes). Pure, unit-tested.
 */
export function editChanges(note: Note, state: EditState): InputOf<'note.update'> | null {
  const input: InputOf<'note.update'> = { id: note.id, expectedVersion: state.version };
  if (state.text !== note.text) input.text = state.text;
  if (state.category !== note.category) input.category = state.category;
  if (state.important !== note.important) input.important = state.important;
  if (state.agendaItemId !== note.agendaItemId) input.agendaItemId = state.agendaItemId;
  if (state.opinion !== (note.disposition !== null)) input.opinion = state.opinion;
  const { personId, name } = state.speaker;
  if (personId !== (note.speaker?.id ?? null) || (!personId && name !== note.speakerName)) {
    input.speakerPersonId = personId;
    if (!personId) input.speakerName = name;
  }
  // Only the id and the version: nothing changed.
  const changed = Object.keys(input).length > 2;
  return changed ? input : null;
}
