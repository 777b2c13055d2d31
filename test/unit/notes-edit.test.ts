import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/notes.js';
import type { Person } from '../../shared/domain.js';
import { editChanges, startEditing } from '../../renderer/src/screens/notes/edit.js';
import { isLongNote } from '../../renderer/src/screens/notes/rows.js';

const zhou: Person = { id: 'p-zhou', name: '周明', position: '局长', unitId: null, unitName: null, category: 'department_head' } as Person;

const note: Note = {
  id: 'n1',
  sessionId: 's1',
  agendaItemId: 'i1',
  agendaItemTitle: '发言',
  speaker: zhou,
  speakerName: '周明',
  category: 'suggestion',
  text: '减税降费',
  important: false,
  capturedAt: '2027-01-11T01:00:00.000Z',
  capturedBy: '',
  disposition: null,
  planId: null,
  planTitle: null,
  dispositionReason: '',
  version: 2,
  updatedAt: '2027-01-11T01:00:00.000Z',
  actionId: null,
};

describe('the note editor sends only what changed', () => {
  it('nothing changed: nothing to send', () => {
    expect(editChanges(note, startEditing(note))).toBeNull();
  });

  it('a speaker from the directory, a free name, or nobody', () => {
    const state = startEditing(note);
    expect(editChanges(note, { ...state, speaker: { personId: 'p-zeng', name: '曾庆丰' } })).toEqual({ id: 'n1', expectedVersion: 2, speakerPersonId: 'p-zeng' });
    expect(editChanges(note, { ...state, speaker: { personId: null, name: '列席代表' } })).toEqual({
      id: 'n1',
      expectedVersion: 2,
      speakerPersonId: null,
      speakerName: '列席代表',
    });
    expect(editChanges(note, { ...state, speaker: { personId: null, name: '' } })).toMatchObject({ speakerPersonId: null, speakerName: '' });
  });

  it('the agenda item and the opinion mark', () => {
    const state = startEditing(note);
    expect(editChanges(note, { ...state, agendaItemId: null, opinion: true })).toEqual({ id: 'n1', expectedVersion: 2, agendaItemId: null, opinion: true });
    const marked = { ...note, disposition: 'declined' as const, dispositionReason: '已有政策' };
    expect(startEditing(marked).opinion).toBe(true);
    expect(editChanges(marked, { ...startEditing(marked), opinion: false })).toEqual({ id: 'n1', expectedVersion: 2, opinion: false });
  });
});

describe('long notes', () => {
  it('a long note (many characters or many lines) is collapsed, a short one is not', () => {
    expect(isLongNote('短')).toBe(false);
    expect(isLongNote('长'.repeat(10_000))).toBe(true);
    expect(isLongNote('一\n二\n三\n四\n五\n六')).toBe(true);
    expect(isLongNote('一\n二\n三')).toBe(false);
  });
});
