import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Note, NotePage } from '../../shared/notes.js';
import { notePagesKey, patchNotePages } from '../../renderer/src/screens/notes/useNotePages.js';
import { buildRows, NO_FILTERS } from '../../renderer/src/screens/notes/rows.js';

let seq = 0;
function note(extra: Partial<Note> = {}): Note {
  seq++;
  return {
    id: `n${seq}`, sessionId: 's', agendaItemId: 'item-1', agendaItemTitle: '发言', speaker: null, speakerName: '', category: 'idea', text: `note ${seq}`,
    important: false, capturedAt: `2027-01-11T01:${String(seq).padStart(2, '0')}:00.000Z`, capturedBy: '', disposition: null, planId: null, planTitle: null,
    dispositionReason: '', version: 1, updatedAt: '', actionId: null, ...extra,
  };
}

type Pages = InfiniteData<NotePage, string | null>;

/** Two loaded pages (newest first) of a session with 10 notes in item-1 and 5 outside any item. */
function cached() {
  const [o1, o2, o3, o4] = [note(), note(), note({ agendaItemId: null, agendaItemTitle: null }), note()];
  const client = new QueryClient();
  const data: Pages = {
    pages: [
      { notes: [o4!, o3!], nextCursor: 'c1', total: 15, itemCounts: { 'item-1': 10, '': 5 } },
      { notes: [o2!, o1!], nextCursor: 'c2', total: 15, itemCounts: { 'item-1': 10, '': 5 } },
    ],
    pageParams: [null, 'c1'],
  };
  client.setQueryData(notePagesKey('s'), data);
  const read = () => client.getQueryData<Pages>(notePagesKey('s'))!;
  return { client, o1: o1!, o2: o2!, o3: o3!, o4: o4!, read };
}

describe('the notes list pages, patched after a save, an edit, a delete, a restore', () => {
  it('a note saved here goes at the top of the newest page, and counts', () => {
    const { client, o3, o4, read } = cached();
    const saved = note();
    patchNotePages(client, 's', (list) => [...list, saved]);
    expect(read().pages[0]!.notes).toEqual([saved, o4, o3]);
    expect(read().pages[0]).toMatchObject({ total: 16, itemCounts: { 'item-1': 11, '': 5 } });
    expect(read().pages[1]!.notes).toHaveLength(2);
  });

  it('an edit stays in its page; a delete leaves it; totals follow, even for a note in an older page', () => {
    const { client, o1, o3, read } = cached();
    const edited = { ...o1, text: '改过', version: 2 };
    patchNotePages(client, 's', (list) => list.map((n) => (n.id === o1.id ? edited : n)));
    expect(read().pages[1]!.notes.find((n) => n.id === o1.id)).toEqual(edited);
    expect(read().pages[0]!.total).toBe(15);
    patchNotePages(client, 's', (list) => list.filter((n) => n.id !== o3.id));
    expect(read().pages.flatMap((p) => p.notes.map((n) => n.id))).not.toContain(o3.id);
    expect(read().pages[0]).toMatchObject({ total: 14, itemCounts: { 'item-1': 10, '': 4 } });
  });

  it('nothing cached, nothing patched', () => {
    const client = new QueryClient();
    patchNotePages(client, 's', (list) => [...list, note()]);
    expect(client.getQueryData(notePagesKey('s'))).toBeUndefined();
  });
});

describe('the notes list rows with only some pages loaded', () => {
  it('an agenda item heading counts all its notes, loaded or not; under a filter, what it shows', () => {
    const loaded = [note(), note({ important: true })];
    const unfiltered = buildRows(loaded, ['item-1'], NO_FILTERS, { 'item-1': 120 });
    expect(unfiltered.rows[0]).toMatchObject({ kind: 'item', count: 120 });
    const important = buildRows(loaded, ['item-1'], { ...NO_FILTERS, importantOnly: true }, { 'item-1': 120 });
    expect(important.rows[0]).toMatchObject({ kind: 'item', count: 1 });
  });
});
