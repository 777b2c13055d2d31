import { describe, expect, it } from 'vitest';
import { NOTE_PAGE_SIZE } from '../../shared/contract/channels-notes.js';
import type { Note, NotePage } from '../../shared/notes.js';
import { testClock } from '../helpers/clock.js';
import { ok, runtimePerTest, snapshot } from '../helpers/runtime.js';

let clock: ReturnType<typeof testClock>;
const runtime = runtimePerTest(() => {
  clock = testClock('2027-01-11T01:00:00.000Z');
  return { now: clock.now };
});
const call = (channel: string, input: unknown) => runtime().core.call(channel, input);
const page = (input: Record<string, unknown>) => ok(call('note.list', input)) as NotePage;

/** A session with two agenda items and `count` notes, a minute apart; every third is important, some outside any item. */
function seed(count: number) {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: '专题研讨' })) as { id: string };
  const session = ok(call('session.create', { stageId: stage.id, title: '大会' })) as { id: string };
  const items = ['上午', '下午'].map((title) => (ok(call('agenda.create', { sessionId: session.id, kind: 'statements', title, plannedMinutes: 60 })) as { id: string }).id);
  for (let n = 0; n < count; n++) {
    // Two notes share each minute: the cursor must still keep them apart.
    if (n % 2 === 0) clock.advance(60);
    const agendaItemId = n % 5 === 0 ? null : items[n < count / 2 ? 0 : 1];
    ok(call('note.create', { sessionId: session.id, agendaItemId, category: 'idea', text: `第${n}条`, important: n % 3 === 0 }));
  }
  return { sessionId: session.id, items };
}

describe('note.list: pages, newest first', () => {
  it('returns a bounded page of the newest notes with a cursor to the older ones, and the totals of all pages', () => {
    const { sessionId, items } = seed(NOTE_PAGE_SIZE + 50);
    const first = page({ sessionId });
    expect(first.notes).toHaveLength(NOTE_PAGE_SIZE);
    expect(first.notes[0]!.text).toBe(`第${NOTE_PAGE_SIZE + 49}条`);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(first.total).toBe(NOTE_PAGE_SIZE + 50);
    expect(first.itemCounts).toEqual({ '': 50, [items[0]!]: 100, [items[1]!]: 100 });

    const second = page({ sessionId, before: first.nextCursor });
    expect(second.notes).toHaveLength(50);
    expect(second.nextCursor).toBeNull();
    expect(second.notes.at(-1)!.text).toBe('第0条');
  });

  it('put together, the pages are every note exactly once, in the reverse of note.all, even with notes captured in the same instant', () => {
    const { sessionId } = seed(23);
    const seen: Note[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const next = page({ sessionId, limit: 5, ...(cursor ? { before: cursor } : {}) });
      expect(next.notes.length).toBeLessThanOrEqual(5);
      seen.push(...next.notes);
      cursor = next.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    const all = ok(call('note.all', { sessionId })) as Note[];
    expect(seen.map((n) => n.id)).toEqual(all.map((n) => n.id).reverse());
  });

  it('a note saved after the first page does not shift the older pages', () => {
    const { sessionId } = seed(12);
    const first = page({ sessionId, limit: 5 });
    clock.advance(60);
    ok(call('note.create', { sessionId, category: 'idea', text: '新的一条' }));
    const second = page({ sessionId, limit: 5, before: first.nextCursor });
    expect(second.notes.map((n) => n.text)).toEqual(['第6条', '第5条', '第4条', '第3条', '第2条']);
    expect(page({ sessionId, limit: 5 }).notes[0]!.text).toBe('新的一条');
  });

  it('filters apply to the pages and their totals; deleted notes are left out', () => {
    const { sessionId } = seed(12);
    const important = page({ sessionId, important: true, limit: 2 });
    expect(important.total).toBe(4);
    expect(important.notes.map((n) => n.text)).toEqual(['第9条', '第6条']);
    expect(page({ sessionId, important: true, before: important.nextCursor }).notes.map((n) => n.text)).toEqual(['第3条', '第0条']);
    ok(call('note.delete', { id: important.notes[0]!.id }));
    expect(page({ sessionId, important: true }).total).toBe(3);
  });

  it('refuses a page size out of bounds or a cursor that is not one, and changes nothing', () => {
    const { sessionId } = seed(3);
    const before = snapshot(runtime().core.db);
    for (const bad of [{ limit: 0 }, { limit: 501 }, { limit: 2.5 }, { before: 'yesterday' }, { before: "x' OR 1=1 --~1" }, { before: '' }]) {
      const result = call('note.list', { sessionId, ...bad });
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('validation');
    }
    expect(snapshot(runtime().core.db)).toEqual(before);
  });

  it('note.get reads one note as it is now; a deleted one is not found', () => {
    const { sessionId } = seed(2);
    const [older, newer] = ok(call('note.all', { sessionId })) as Note[];
    ok(call('note.update', { id: older!.id, text: '改过的' }));
    expect(ok(call('note.get', { id: older!.id }))).toMatchObject({ id: older!.id, text: '改过的', version: 2 });
    ok(call('note.delete', { id: newer!.id }));
    const gone = call('note.get', { id: newer!.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
  });
});
