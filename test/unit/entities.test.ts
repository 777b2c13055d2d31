/**
 * One definition per entity (main/core/entities.ts): restoring from the Trash screen and undoing a
 * deletion through the entity's own channel are the same code, so they leave the same database.
 * Each journey runs twice in two fresh data folders with the same clock and the same ids, once
 * restoring one way and once the other, and the two whole snapshots must be equal.
 */
import { describe, expect, it } from 'vitest';
import type { ActionDetail } from '../../shared/actions.js';
import type { AgendaView } from '../../shared/agenda.js';
import { SEARCH_KINDS, type Note } from '../../shared/notes.js';
import { TRASH_KINDS } from '../../shared/domain.js';
import { ENTITIES, SOFT_DELETABLE } from '../../main/core/entities.js';
import { writeRow } from '../../main/core/row-writer.js';
import { tableSpec } from '../../main/core/tables.js';
import { testClock } from '../helpers/clock.js';
import { ok, snapshot, testRuntime } from '../helpers/runtime.js';

type Call = (channel: string, input: unknown) => unknown;
interface World {
  call: Call;
  advance(): void;
}

/** Runs `journey` in a fresh data folder with a fixed clock and counted ids; returns the whole database. */
function run(journey: (world: World) => void) {
  const clock = testClock('2027-01-11T01:00:00.000Z');
  let next = 0;
  const rt = testRuntime({ now: clock.now, newId: () => `id-${String(++next).padStart(4, '0')}` });
  try {
    journey({ call: (channel, input) => ok(rt.core.call(channel, input)), advance: () => clock.advance(60) });
    return snapshot(rt.core.db);
  } finally {
    rt.cleanup();
  }
}

function seed(call: Call) {
  const programme = call('programme.create', { title: '清源县' }) as { id: string };
  const stage = call('stage.create', { programmeId: programme.id, title: '专题研讨' }) as { id: string };
  const session = call('session.create', {
    stageId: stage.id,
    title: '第一轮',
    sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }],
  }) as { id: string };
  const items = ['开场', '汇报', '讨论', '总结'].map(
    (title) => call('agenda.create', { sessionId: session.id, kind: 'discussion', title, plannedMinutes: 10 }) as { id: string },
  );
  const notes = ['希望出台扶持政策', '建议设立基金', '人才公寓'].map(
    (text) => call('note.create', { sessionId: session.id, category: 'suggestion', text }) as Note,
  );
  const actions = ['政策初稿', '基金方案', '公寓选址'].map(
    (title) => call('action.create', { sessionId: session.id, title }) as { id: string },
  );
  return { programme, session, items, notes, actions };
}

/** Deletes one row through its channel, lets time pass (the board moves meanwhile), then restores it one way. */
function deleteAndRestore(kind: 'action_item' | 'agenda_item' | 'note', via: 'own' | 'trash') {
  return run(({ call, advance }) => {
    const { items, notes, actions } = seed(call);
    const id = { action_item: actions[0]!.id, agenda_item: items[1]!.id, note: notes[1]!.id }[kind];
    const own = { action_item: 'action', agenda_item: 'agenda', note: 'note' }[kind];
    advance();
    call(`${own}.delete`, { id });
    advance();
    // Meanwhile the others move, so a stale position would show.
    if (kind === 'action_item') call('action.move', { id: actions[2]!.id, status: 'proposed', position: 0 });
    if (kind === 'agenda_item') call('agenda.move', { id: items[3]!.id, position: 0 });
    advance();
    if (via === 'own') call(`${own}.restore`, { id });
    else call('trash.restore', { kind, id });
  });
}

describe('one definition per entity: restoring from the Trash is the entity’s own undo', () => {
  for (const kind of ['action_item', 'agenda_item', 'note'] as const) {
    it(`a ${kind} restored from the Trash leaves exactly what its own undo leaves`, () => {
      const own = deleteAndRestore(kind, 'own');
      const trash = deleteAndRestore(kind, 'trash');
      expect(trash).toEqual(own);
    });
  }

  it('a task restored from the Trash has “restored” in its history and goes to the end of its column', () => {
    run(({ call, advance }) => {
      const { programme, actions } = seed(call);
      call('action.delete', { id: actions[0]!.id });
      advance();
      call('trash.restore', { kind: 'action_item', id: actions[0]!.id });
      const detail = call('action.get', { id: actions[0]!.id }) as ActionDetail;
      expect(detail.history.map((h) => h.field)).toEqual(expect.arrayContaining(['deleted', 'restored']));
      expect(detail.history.at(-1)!.field).toBe('restored');
      const board = call('action.list', { programmeId: programme.id }) as { id: string; boardPosition: number }[];
      expect(board.map((a) => a.id)).toEqual([actions[1]!.id, actions[2]!.id, actions[0]!.id]);
    });
  });

  it('an agenda item restored from the Trash goes back to its old place', () => {
    run(({ call }) => {
      const { session, items } = seed(call);
      call('agenda.delete', { id: items[1]!.id });
      call('trash.restore', { kind: 'agenda_item', id: items[1]!.id });
      const view = call('agenda.list', { sessionId: session.id }) as AgendaView;
      expect(view.items.map((i) => [i.title, i.position])).toEqual([
        ['开场', 0],
        ['汇报', 1],
        ['讨论', 2],
        ['总结', 3],
      ]);
    });
  });

  it('a row that is not in the trash is refused the same way by both paths, and nothing changes', () => {
    const rt = testRuntime();
    try {
      const { actions } = seed((channel, input) => ok(rt.core.call(channel, input)));
      const before = snapshot(rt.core.db);
      const notInTrash = { ok: false, error: { code: 'invalid_state', params: { reason: 'not_in_trash' } } };
      expect(rt.core.call('action.restore', { id: actions[0]!.id })).toMatchObject(notInTrash);
      expect(rt.core.call('trash.restore', { kind: 'action_item', id: actions[0]!.id })).toMatchObject(notInTrash);
      expect(rt.core.call('trash.restore', { kind: 'note', id: 'no-such-note' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(snapshot(rt.core.db)).toEqual(before);
    } finally {
      rt.cleanup();
    }
  });

  it('every kind the Trash shows has a definition, and every table with deleted_at is covered', () => {
    for (const kind of TRASH_KINDS) expect(ENTITIES[kind].trashLabel, kind).not.toBeNull();
    const rt = testRuntime();
    try {
      const tables = rt.core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      const soft = tables.filter((table) =>
        (rt.core.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).includes('deleted_at'),
      );
      expect([...soft].sort()).toEqual([...SOFT_DELETABLE].sort());
      for (const kind of SOFT_DELETABLE) expect(ENTITIES[kind].table).toBe(kind);
    } finally {
      rt.cleanup();
    }
  });

  it('each definition names its stored row (tables.ts), and each search kind but the minutes belongs to one entity', () => {
    for (const kind of TRASH_KINDS) expect(ENTITIES[kind].rows, kind).toBe(tableSpec(kind));
    const searched = SOFT_DELETABLE.flatMap((kind) => (ENTITIES[kind].search ? [ENTITIES[kind].search.kind] : []));
    // A session's minutes are found too, but they are not an entity of their own: they go with their session.
    expect([...searched, 'minutes'].sort()).toEqual([...SEARCH_KINDS].sort());
  });

  it('the row writer checks each column by the stored shape and refuses what an import would refuse', () => {
    const rt = testRuntime();
    try {
      const at = '2027-01-11T01:00:00.000Z';
      const before = snapshot(rt.core.db);
      expect(() => writeRow(rt.core.db, 'unit', { id: 'u1', name: '', kind: 'department', created_at: at, updated_at: at })).toThrow(/unit\.name/);
      expect(() => writeRow(rt.core.db, 'unit', { id: 'u1', name: '工信局', kind: 'ministry' as never, created_at: at, updated_at: at })).toThrow(
        /unit\.kind/,
      );
      expect(() => writeRow(rt.core.db, 'unit', { id: 'u1', name: '工信局', nickname: 'x', created_at: at } as never)).toThrow(/unit\.nickname/);
      expect(snapshot(rt.core.db)).toEqual(before);
      writeRow(rt.core.db, 'unit', { id: 'u1', name: '工信局', kind: 'department', created_at: at, updated_at: at });
      expect(rt.core.db.prepare('SELECT name, short_name, deleted_at FROM unit WHERE id = ?').get('u1')).toEqual({
        name: '工信局',
        short_name: '',
        deleted_at: null,
      });
    } finally {
      rt.cleanup();
    }
  });
});
