import { PRESENTER_KINDS, type ScheduledItem, type Speaker } from '../../../../shared/agenda.js';
import type { InputOf } from '../../../../shared/contract/channels.js';
import type { Note, NoteCategory } from '../../../../shared/notes.js';
import { emptyDraft, type Draft, type ItemChoice, type SpeakerChoice } from './draft.js';
import { noteText } from './parse.js';

/**
 * From a draft to a note.create input, and what the capture line holds once the save is confirmed.
 * Pure, unit-tested.
 */

export type CreateInput = InputOf<'note.create'>;
export type UpdateInput = InputOf<'note.update'>;

/** Who a speaker choice means right now (the default follows the run's current speaker). */
export type ResolvedSpeaker = { personId: string; name: string } | { personId: null; name: string } | null;

/**
 * Who has the floor: the current speaker of the queue, or, while a presentation or summary runs and
 * nobody from its queue speaks, the item's presenter (`presenter: true`).
 */
export type Floor = Pick<Speaker, 'id' | 'person' | 'freeName' | 'isInterjection'> & { presenter?: true };

export function floorOf(item: Pick<ScheduledItem, 'id' | 'kind' | 'presenter' | 'presenterName'> | null, speaker: Speaker | null): Floor | null {
  if (speaker) return speaker;
  if (!item || !PRESENTER_KINDS.includes(item.kind)) return null;
  if (!item.presenter && !item.presenterName.trim()) return null;
  return { id: `presenter:${item.id}`, person: item.presenter, freeName: item.presenterName.trim(), isInterjection: false, presenter: true };
}

export function resolveSpeaker(choice: SpeakerChoice, current: Floor | null | undefined): ResolvedSpeaker {
  switch (choice.kind) {
    case 'person':
      return { personId: choice.personId, name: choice.name };
    case 'free':
      return { personId: null, name: choice.name };
    case 'none':
      return null;
    default:
      if (!current) return null;
      if (current.person) return { personId: current.person.id, name: current.person.name };
      return current.freeName ? { personId: null, name: current.freeName } : null;
  }
}

/**
 * When the floor or the agenda item changes while a note is being typed, the note stays with who was
 * speaking and what was discussed when it was begun (the secretary is usually a sentence behind):
 * the defaults are pinned to the previous speaker and item. Null when nothing needs pinning.
 */
export function pinDefaults(
  draft: Draft,
  previous: { speaker: Floor | null; item: { id: string; title: string } | null },
  now: { speakerId: string | null; itemId: string | null },
): Draft | null {
  if (!draft.text.trim()) return null;
  let next = draft;
  if (draft.speaker.kind === 'default' && previous.speaker && previous.speaker.id !== now.speakerId) {
    const who = resolveSpeaker({ kind: 'default' }, previous.speaker);
    if (who) {
      // Pinned for this note only: unlike a pick, it does not stay for the next notes (afterSave).
      next = { ...next, speaker: who.personId ? { kind: 'person', personId: who.personId, name: who.name, pinned: true } : { kind: 'free', name: who.name, pinned: true } };
      // The default category followed the speaker (an interjection): keep it too.
      if (draft.category === null) next.category = defaultCategory(draft.speaker, previous.speaker);
    }
  }
  if (draft.item === 'default' && previous.item && previous.item.id !== now.itemId) next = { ...next, item: { id: previous.item.id, title: previous.item.title } };
  return next === draft ? null : next;
}

/** The category a note gets when none was picked: an interjection for an interjecting speaker, else an idea. */
export function defaultCategory(choice: SpeakerChoice, current: Floor | null | undefined): NoteCategory {
  return choice.kind === 'default' && current?.isInterjection ? 'interjection' : 'idea';
}

export interface CaptureContext {
  sessionId: string;
  currentItemId: string | null;
  currentSpeaker: Floor | null;
  capturedBy: string;
}

/** The note.create input for a draft, with its client id. Null when there is no text to save. */
export function createInput(draft: Draft, id: string, context: CaptureContext): CreateInput | null {
  const text = noteText(draft.text);
  if (!text) return null;
  const speaker = resolveSpeaker(draft.speaker, context.currentSpeaker);
  const input: CreateInput = {
    id,
    sessionId: context.sessionId,
    agendaItemId: draft.item === 'default' ? context.currentItemId : draft.item === 'none' ? null : draft.item.id,
    category: draft.category ?? defaultCategory(draft.speaker, context.currentSpeaker),
    text,
    important: draft.important,
  };
  if (speaker?.personId) input.speakerPersonId = speaker.personId;
  else if (speaker) input.speakerName = speaker.name;
  if (context.capturedBy) input.capturedBy = context.capturedBy;
  return input;
}

/**
 * A retry with the same client id answers with the note saved by an earlier attempt whose answer was
 * lost. If the secretary changed the line in between, the saved note is brought in line with what
 * was sent this time (the earlier text goes to its history). Null when it already matches.
 */
export function reconcile(sent: CreateInput, saved: Note): UpdateInput | null {
  const speakerId = sent.speakerPersonId ?? null;
  const sameSpeaker = speakerId ? saved.speaker?.id === speakerId : !saved.speaker && saved.speakerName === (sent.speakerName ?? '');
  const same =
    saved.text === sent.text &&
    saved.category === sent.category &&
    saved.important === (sent.important ?? false) &&
    saved.agendaItemId === (sent.agendaItemId ?? null) &&
    sameSpeaker;
  if (same) return null;
  const update: UpdateInput = {
    id: saved.id,
    expectedVersion: saved.version,
    text: sent.text,
    category: sent.category,
    important: sent.important ?? false,
    agendaItemId: sent.agendaItemId ?? null,
  };
  if (speakerId) update.speakerPersonId = speakerId;
  else {
    update.speakerPersonId = null;
    update.speakerName = sent.speakerName ?? '';
  }
  return update;
}

function sameItemChoice(a: ItemChoice, b: ItemChoice): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.id === b.id;
  return a === b;
}

function sameSpeakerChoice(a: SpeakerChoice, b: SpeakerChoice): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'person' && b.kind === 'person') return a.personId === b.personId;
  if (a.kind === 'free' && b.kind === 'free') return a.name === b.name;
  return true;
}

/** A speaker the secretary picked (with `@` or from the list), as opposed to the default or a pin. */
export function isPickedSpeaker(choice: SpeakerChoice): boolean {
  return (choice.kind === 'person' || choice.kind === 'free') && !choice.pinned;
}

/**
 * The capture line after a confirmed save of `sent`, given what it holds now (`current`; the
 * secretary may have kept typing while the save was on its way). Text typed after the saved text
 * stays; a choice changed meanwhile stays; a picked speaker stays for the next notes until the
 * secretary clears or changes it (a speaker rarely says one sentence); everything else goes back to
 * its default.
 */
export function afterSave(current: Draft, sent: Draft): Draft {
  const next = emptyDraft();
  if (current.text !== sent.text) {
    if (current.text.startsWith(sent.text)) next.text = current.text.slice(sent.text.length).replace(/^\s+/, '');
    // The saved part itself was changed meanwhile: keep all of it as a new note, nothing is lost.
    else next.text = current.text;
  }
  if (isPickedSpeaker(current.speaker) || !sameSpeakerChoice(current.speaker, sent.speaker)) next.speaker = current.speaker;
  if (current.category !== sent.category) next.category = current.category;
  if (current.important !== sent.important) next.important = current.important;
  if (!sameItemChoice(current.item, sent.item)) next.item = current.item;
  return next;
}
