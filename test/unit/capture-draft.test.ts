import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../shared/agenda.js';
import type { Person } from '../../shared/domain.js';
import type { Note } from '../../shared/notes.js';
import { draftKey, emptyDraft, isEmptyDraft, loadDraft, newNoteId, parseDraft, storeDraft, type Draft, type StorageLike } from '../../renderer/src/screens/capture/draft.js';
import { afterSave, createInput, defaultCategory, floorOf, isPickedSpeaker, pinDefaults, reconcile, resolveSpeaker } from '../../renderer/src/screens/capture/save.js';
import type { ScheduledItem } from '../../shared/agenda.js';

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const lin: Person = { id: 'p-lin', name: '林卫东', position: '工信局局长', unitId: 'u-gxj', unitName: '清源县工业和信息化局', category: 'department_head' };
function speaker(extra: Partial<Speaker> = {}): Speaker {
  return {
    id: 's1', agendaItemId: 'item-1', position: 0, person: lin, freeName: '', plannedSeconds: 600, prompt: '', status: 'speaking',
    isInterjection: false, hideCountdown: false, spokenSeconds: 0, startedAt: null, endedAt: null, ...extra,
  };
}
const draft = (extra: Partial<Draft> = {}): Draft => ({ ...emptyDraft(), ...extra });

describe('draft storage', () => {
  it('round-trips a draft per session and removes an empty one', () => {
    const storage = memoryStorage();
    const d = draft({ text: '希望出台政策', speaker: { kind: 'person', personId: 'p-lin', name: '林卫东' }, category: 'suggestion', important: true, noteId: 'abc-123' });
    expect(storeDraft(storage, 'session-1', d)).toBe(true);
    expect(storage.map.has(draftKey('session-1'))).toBe(true);
    expect(loadDraft(storage, 'session-1')).toEqual(d);
    expect(loadDraft(storage, 'session-2')).toBeNull();
    expect(storeDraft(storage, 'session-1', emptyDraft())).toBe(true);
    expect(storage.map.size).toBe(0);
  });

  it('says so when storage refuses (full or disabled) instead of throwing', () => {
    const full: StorageLike = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(storeDraft(full, 's', draft({ text: 'x' }))).toBe(false);
    const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => undefined, removeItem: () => undefined };
    expect(loadDraft(broken, 's')).toBeNull();
  });

  it('reads malformed drafts field by field, never throws', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('42')).toBeNull();
    expect(parseDraft(JSON.stringify({ text: 'x', speaker: { kind: 'person' }, category: 'nonsense', important: 'yes', item: 'x', noteId: 'bad id!' }))).toEqual(
      draft({ text: 'x' }),
    );
    expect(parseDraft(JSON.stringify({ speaker: { kind: 'free', name: '列席群众' }, item: 'none' }))).toEqual(draft({ speaker: { kind: 'free', name: '列席群众' }, item: 'none' }));
  });

  it('an empty draft is text-free with every choice at its default and no pending id', () => {
    expect(isEmptyDraft(emptyDraft())).toBe(true);
    expect(isEmptyDraft(draft({ text: '  ' }))).toBe(true);
    expect(isEmptyDraft(draft({ important: true }))).toBe(false);
    expect(isEmptyDraft(draft({ noteId: 'x' }))).toBe(false);
  });

  it('makes client ids the contract accepts, with or without randomUUID', () => {
    expect(newNoteId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const noUuid = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => a };
    expect(newNoteId(noUuid as unknown as Crypto)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('from a draft to a saved note', () => {
  const context = { sessionId: 'session-1', currentItemId: 'item-1', currentSpeaker: speaker(), capturedBy: '秦悦' };

  it('defaults: the current speaker and item; an interjecting speaker makes an interjection', () => {
    expect(resolveSpeaker({ kind: 'default' }, speaker())).toEqual({ personId: 'p-lin', name: '林卫东' });
    expect(resolveSpeaker({ kind: 'default' }, speaker({ person: null, freeName: '列席代表' }))).toEqual({ personId: null, name: '列席代表' });
    expect(resolveSpeaker({ kind: 'default' }, null)).toBeNull();
    expect(resolveSpeaker({ kind: 'none' }, speaker())).toBeNull();
    expect(defaultCategory({ kind: 'default' }, speaker({ isInterjection: true }))).toBe('interjection');
    expect(defaultCategory({ kind: 'free', name: 'x' }, speaker({ isInterjection: true }))).toBe('idea');
    expect(createInput(draft({ text: ' 希望出台政策 ' }), 'id-1', context)).toEqual({
      id: 'id-1', sessionId: 'session-1', agendaItemId: 'item-1', speakerPersonId: 'p-lin', category: 'idea', text: '希望出台政策', important: false, capturedBy: '秦悦',
    });
  });

  it('picked chips override the defaults; removed ones leave the field empty', () => {
    const input = createInput(draft({ text: '问', speaker: { kind: 'free', name: '列席群众' }, category: 'question', item: 'none', important: true }), 'id-2', context)!;
    expect(input).toMatchObject({ speakerName: '列席群众', category: 'question', agendaItemId: null, important: true });
    expect(input.speakerPersonId).toBeUndefined();
    const nobody = createInput(draft({ text: '问', speaker: { kind: 'none' } }), 'id-3', context)!;
    expect(nobody.speakerPersonId).toBeUndefined();
    expect(nobody.speakerName).toBeUndefined();
    expect(createInput(draft({ text: '  \n ' }), 'id-4', context)).toBeNull();
  });

  it('a retry that finds an earlier attempt saved brings it in line with what was sent now', () => {
    const sent = createInput(draft({ text: '改过的文字', category: 'suggestion' }), 'id-1', context)!;
    const saved: Note = {
      id: 'id-1', sessionId: 'session-1', agendaItemId: 'item-1', agendaItemTitle: '交流发言', speaker: lin, speakerName: '林卫东', category: 'idea', text: '原来的文字',
      important: false, capturedAt: '', capturedBy: '', disposition: null, planId: null, planTitle: null, dispositionReason: '', version: 1, updatedAt: '', actionId: null,
    };
    expect(reconcile(sent, saved)).toEqual({
      id: 'id-1', expectedVersion: 1, text: '改过的文字', category: 'suggestion', important: false, agendaItemId: 'item-1', speakerPersonId: 'p-lin',
    });
    expect(reconcile(sent, { ...saved, text: '改过的文字', category: 'suggestion' })).toBeNull();
    const free = createInput(draft({ text: 'x', speaker: { kind: 'free', name: '列席群众' } }), 'id-1', context)!;
    expect(reconcile(free, { ...saved, text: 'x' })).toMatchObject({ speakerPersonId: null, speakerName: '列席群众' });
  });

  it('after a save the line keeps only what was typed meanwhile', () => {
    const sent = draft({ text: '第一条', category: 'suggestion', speaker: { kind: 'person', personId: 'p-lin', name: '林卫东' }, important: true, noteId: 'id-1' });
    const kept = { speaker: sent.speaker };
    expect(afterSave(sent, sent)).toEqual(draft(kept));
    expect(afterSave({ ...sent, text: '第一条 第二' }, sent)).toEqual(draft({ ...kept, text: '第二' }));
    // The saved part itself was changed meanwhile: all of it stays, as a new note.
    expect(afterSave({ ...sent, text: '第一' }, sent)).toEqual(draft({ ...kept, text: '第一' }));
    // A chip changed meanwhile stays.
    expect(afterSave({ ...sent, category: 'question' }, sent)).toEqual(draft({ ...kept, category: 'question' }));
    expect(afterSave({ ...sent, speaker: { kind: 'default' } }, sent)).toEqual(draft());
  });

  it('a speaker picked with @ stays for the next notes until cleared; a pinned default and a removed speaker do not', () => {
    const picked = draft({ text: '第一条', speaker: { kind: 'person', personId: 'p-lin', name: '林卫东' }, category: 'suggestion' });
    expect(afterSave(picked, picked)).toEqual(draft({ speaker: picked.speaker }));
    const guest = draft({ text: '问', speaker: { kind: 'free', name: '列席代表老周' } });
    expect(afterSave(guest, guest).speaker).toEqual({ kind: 'free', name: '列席代表老周' });
    // Pinned when the chair moved on mid-note: that note only.
    const pinned = pinDefaults(draft({ text: '还说' }), { speaker: speaker(), item: null }, { speakerId: 's2', itemId: null })!;
    expect(isPickedSpeaker(pinned.speaker)).toBe(false);
    expect(afterSave(pinned, pinned).speaker).toEqual({ kind: 'default' });
    expect(parseDraft(JSON.stringify(pinned))!.speaker).toEqual(pinned.speaker);
    const none = draft({ text: 'x', speaker: { kind: 'none' } });
    expect(afterSave(none, none).speaker).toEqual({ kind: 'default' });
  });

  it('while a presentation or summary runs and nobody from its queue speaks, its presenter has the floor', () => {
    const item = (extra: Partial<ScheduledItem>) => ({ id: 'item-1', kind: 'presentation' as const, presenter: lin, presenterName: '', ...extra });
    const floor = floorOf(item({}), null)!;
    expect(floor).toMatchObject({ presenter: true, person: lin, isInterjection: false });
    expect(resolveSpeaker({ kind: 'default' }, floor)).toEqual({ personId: 'p-lin', name: '林卫东' });
    expect(createInput(draft({ text: '汇报要点' }), 'id-1', { ...context, currentSpeaker: floor })).toMatchObject({ speakerPersonId: 'p-lin', category: 'idea' });
    expect(resolveSpeaker({ kind: 'default' }, floorOf(item({ kind: 'summary', presenter: null, presenterName: ' 主持人 ' }), null))).toEqual({ personId: null, name: '主持人' });
    // Someone from the queue speaking (an interjection) has the floor instead.
    expect(floorOf(item({}), speaker({ id: 's9', person: null, freeName: '甲', isInterjection: true }))).toMatchObject({ id: 's9', freeName: '甲' });
    // No presenter, or an item kind without one: nobody.
    expect(floorOf(item({ presenter: null }), null)).toBeNull();
    expect(floorOf(item({ kind: 'statements' }), null)).toBeNull();
    expect(floorOf(item({ kind: 'discussion' }), null)).toBeNull();
    expect(floorOf(null, null)).toBeNull();
  });

  it('when the chair moves on mid-note, the note stays with the speaker and item it was begun under', () => {
    const previous = { speaker: speaker(), item: { id: 'item-1', title: '交流发言' } };
    const typing = draft({ text: '林局长还说' });
    const pinned = pinDefaults(typing, previous, { speakerId: 's2', itemId: 'item-1' })!;
    expect(pinned.speaker).toEqual({ kind: 'person', personId: 'p-lin', name: '林卫东', pinned: true });
    expect(pinned.item).toBe('default');
    expect(createInput(pinned, 'id', { ...context, currentSpeaker: speaker({ id: 's2', person: null, freeName: '别人' }) })).toMatchObject({ speakerPersonId: 'p-lin' });
    const movedOn = pinDefaults(typing, previous, { speakerId: null, itemId: 'item-2' })!;
    expect(movedOn.item).toEqual({ id: 'item-1', title: '交流发言' });
    expect(createInput(movedOn, 'id', { ...context, currentItemId: 'item-2' })).toMatchObject({ agendaItemId: 'item-1' });
    // An interjection keeps its category; nothing to pin for an empty line, an explicit pick, or no change.
    expect(pinDefaults(typing, { ...previous, speaker: speaker({ isInterjection: true }) }, { speakerId: 's2', itemId: 'item-1' })!.category).toBe('interjection');
    expect(pinDefaults(draft(), previous, { speakerId: 's2', itemId: 'item-2' })).toBeNull();
    expect(pinDefaults(draft({ text: 'x', speaker: { kind: 'free', name: '甲' }, item: 'none' }), previous, { speakerId: 's2', itemId: 'item-2' })).toBeNull();
    expect(pinDefaults(typing, previous, { speakerId: 's1', itemId: 'item-1' })).toBeNull();
    // A pinned item survives a reload.
    expect(parseDraft(JSON.stringify(movedOn))).toEqual(movedOn);
    expect(parseDraft(JSON.stringify({ item: { id: '' } }))!.item).toBe('default');
  });
});
