import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import { tableMap } from '../../main/sync/layout.js';
import { COMPACT_AFTER } from '../../main/sync/store.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { exchange, hostLaptop, memberLaptop, sessionDump, type Laptop } from './sync-helpers.js';

const SESSION = 'sample-zh-1-session-leadership_seminar';
const ITEM = 'sample-zh-1-item-leadership_seminar-round_am';

const open: Laptop[] = [];
const runtimes: TestRuntime[] = [];
/** A fixed clock: answers that count time (the run's elapsed seconds) compare equal across laptops. */
const now = () => new Date('2026-12-06T09:00:00.000Z');
function folder(): TestRuntime {
  const rt = testRuntime({ now });
  runtimes.push(rt);
  return rt;
}
function keep(laptop: Laptop): Laptop {
  open.push(laptop);
  return laptop;
}
afterEach(() => {
  open.splice(0).forEach((l) => l.replica.close());
  runtimes.splice(0).forEach((rt) => rt.cleanup());
});

/** Laptop A with the sample session, its run started and a task raised; the host of room-1. */
function hostWithSample(): Laptop {
  const rt = folder();
  ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
  const lead = rt.core.db.prepare('SELECT id FROM unit ORDER BY id LIMIT 1').pluck().get() as string;
  ok(rt.core.call('action.create', { sessionId: SESSION, title: '制定扶持政策', leadUnitId: lead, checklist: ['贷款贴息'] }));
  ok(rt.core.call('run.start', { sessionId: SESSION }));
  ok(rt.core.call('run.startItem', { sessionId: SESSION, itemId: ITEM }));
  return keep(hostLaptop(rt, 'room-1', SESSION));
}

/** A channel's answer; the run's `now` (the time of asking) left out. */
function call(laptop: Laptop, channel: string, input: unknown): unknown {
  const value = ok(laptop.rt.core.call(channel, input) as never) as unknown;
  if (channel === 'run.state') delete (value as { now?: string }).now;
  return value;
}

describe('a room of two laptops', () => {
  it('copies the session onto an empty laptop that joins, and both answer the same', async () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    expect(b.replica.sessionId()).toBeNull();
    exchange(a.replica.doc, b.replica.doc);
    await expect(b.replica.ready).resolves.toBe(SESSION);
    expect(b.logged).toEqual([]);
    // What B wrote into SQLite from the doc did not echo back into the doc as B's own change.
    expect(Y.decodeStateVector(Y.encodeStateVector(b.replica.doc)).has(b.replica.doc.clientID)).toBe(false);
    expect(sessionDump(b.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
    for (const [channel, input] of [
      ['session.get', { id: SESSION }],
      ['note.all', { sessionId: SESSION }],
      ['agenda.list', { sessionId: SESSION }],
      ['action.list', { sessionId: SESSION }],
      ['run.state', { sessionId: SESSION }],
    ] as const) {
      expect(call(b, channel, input), channel).toEqual(call(a, channel, input));
    }
    expect(b.announced.flat()).toContain('note');
  });

  it('carries a note, an edit, a delete and a task move both ways, and announces what changed', () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    exchange(a.replica.doc, b.replica.doc);
    const note = call(b, 'note.create', { sessionId: SESSION, category: 'idea', text: '秘书记录的一条。' }) as { id: string };
    exchange(a.replica.doc, b.replica.doc);
    expect(call(a, 'note.get', { id: note.id })).toMatchObject({ text: '秘书记录的一条。' });
    call(a, 'note.update', { id: note.id, text: '主持人改过的。' });
    const task = (call(a, 'action.list', { sessionId: SESSION }) as ActionItem[]).find((t) => t.title === '制定扶持政策');
    call(a, 'action.move', { id: task!.id, status: 'in_progress', position: 0 });
    b.announced.length = 0;
    exchange(a.replica.doc, b.replica.doc);
    expect(call(b, 'note.get', { id: note.id })).toMatchObject({ text: '主持人改过的。', version: 2 });
    expect(call(b, 'note.history', { id: note.id })).toMatchObject([{ text: '秘书记录的一条。' }]);
    expect(call(b, 'action.get', { id: task!.id })).toMatchObject({ status: 'in_progress' });
    expect(b.announced.flat()).toEqual(expect.arrayContaining(['note', 'action']));
    call(b, 'note.delete', { id: note.id });
    exchange(a.replica.doc, b.replica.doc);
    expect(a.rt.core.call('note.get', { id: note.id }).ok).toBe(false);
    expect(sessionDump(b.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
  });

  it('takes the run only from the host: a member never publishes its run state and the host keeps its own', () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    exchange(a.replica.doc, b.replica.doc);
    call(a, 'run.next', { sessionId: SESSION });
    exchange(a.replica.doc, b.replica.doc);
    const hostRun = call(a, 'run.state', { sessionId: SESSION });
    expect(call(b, 'run.state', { sessionId: SESSION })).toEqual(hostRun);

    // The member's own run change stays local: the doc does not carry it.
    const docBefore = Y.encodeStateVector(b.replica.doc);
    call(b, 'run.projector', { sessionId: SESSION, mode: 'blank' });
    expect(Y.encodeStateVector(b.replica.doc)).toEqual(docBefore);

    // A member's doc that writes the run anyway (a rogue peer) does not move the host's.
    tableMap(b.replica.doc, 'run_state').get(SESSION)!.set('projector_mode', 'blank');
    exchange(a.replica.doc, b.replica.doc);
    exchange(a.replica.doc, b.replica.doc);
    expect(call(a, 'run.state', { sessionId: SESSION })).toEqual(hostRun);
    const hostMode = a.rt.core.db.prepare('SELECT projector_mode FROM run_state WHERE session_id = ?').pluck().get(SESSION);
    expect(hostMode).not.toBe('blank');
    expect(tableMap(a.replica.doc, 'run_state').get(SESSION)!.get('projector_mode')).toBe(hostMode);
    exchange(a.replica.doc, b.replica.doc);
    expect(call(b, 'run.state', { sessionId: SESSION })).toEqual(hostRun);
  });

  it('refuses a malformed row from the network whole, leaving SQLite unchanged', () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    exchange(a.replica.doc, b.replica.doc);
    const note = call(a, 'note.create', { sessionId: SESSION, category: 'idea', text: '原文。' }) as { id: string };
    exchange(a.replica.doc, b.replica.doc);
    const before = snapshot(b.rt.core.db);
    const other = folder();
    ok(other.core.call('sample.load', { locale: 'en' }));
    const foreignItem = other.core.db.prepare('SELECT id FROM agenda_item LIMIT 1').pluck().get() as string;

    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(a.replica.doc));
    const row = tableMap(rogue, 'note').get(note.id)!;
    rogue.transact(() => row.set('important', 'yes')); // wrong type
    Y.applyUpdate(b.replica.doc, Y.encodeStateAsUpdate(rogue, Y.encodeStateVector(b.replica.doc)));
    rogue.transact(() => {
      row.set('important', 0);
      row.set('colour', 'red'); // unknown column
    });
    Y.applyUpdate(b.replica.doc, Y.encodeStateAsUpdate(rogue, Y.encodeStateVector(b.replica.doc)));
    rogue.transact(() => {
      row.delete('colour');
      row.set('agenda_item_id', foreignItem); // into another programme
      row.set('text', '被篡改。');
    });
    Y.applyUpdate(b.replica.doc, Y.encodeStateAsUpdate(rogue, Y.encodeStateVector(b.replica.doc)));

    expect(b.logged).toHaveLength(3);
    expect(b.logged.join('\n')).toMatch(/important[\s\S]*colour[\s\S]*agenda_item_id/);
    const after = snapshot(b.rt.core.db);
    expect({ ...after, room_update: [] }).toEqual({ ...before, room_update: [] });
  });
});

describe('a peer that rewrites what the room is about', () => {
  it('cannot widen the scope: a programme outside the session stays as it is on the host', () => {
    const a = hostWithSample();
    const other = call(a, 'programme.create', { title: '别的培训班' }) as { id: string };
    const before = snapshot(a.rt.core.db);
    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(a.replica.doc));
    rogue.transact(() => {
      rogue.getMap('meta').set('programmeId', other.id);
      const row = new Y.Map<unknown>();
      tableMap(rogue, 'programme').set(other.id, row);
      const stored = a.rt.core.db.prepare('SELECT * FROM programme WHERE id = ?').get(other.id) as Record<string, unknown>;
      for (const [column, value] of Object.entries({ ...stored, title: '被篡改' })) row.set(column, value);
    });
    Y.applyUpdate(a.replica.doc, Y.encodeStateAsUpdate(rogue, Y.encodeStateVector(a.replica.doc)));
    expect(a.logged.join('\n')).toMatch(/refused a programme row .*outside the shared session/);
    expect({ ...snapshot(a.rt.core.db), room_update: [] }).toEqual({ ...before, room_update: [] });
  });
});

describe('a replica that stops and starts again', () => {
  it('publishes on restart a change committed while it was not flushing (a crash between commit and flush)', () => {
    const rt = folder();
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const first = hostLaptop(rt, 'room-1', SESSION);
    first.replica.close(); // the bridge is gone: no flush follows the next commit
    const note = ok(rt.core.call('note.create', { sessionId: SESSION, category: 'idea', text: '崩溃前写下的。' })) as { id: string };

    const again = keep(hostLaptop(rt, 'room-1', SESSION));
    expect(tableMap(again.replica.doc, 'note').get(note.id)?.get('text')).toBe('崩溃前写下的。');
    const b = keep(memberLaptop(folder()));
    exchange(again.replica.doc, b.replica.doc);
    expect(ok(b.rt.core.call('note.get', { id: note.id }))).toMatchObject({ text: '崩溃前写下的。' });
  });

  it('writes back a row the doc still holds that went while no bridge ran, so every laptop holds the same', () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    exchange(a.replica.doc, b.replica.doc);
    const speaker = b.rt.core.db.prepare('SELECT id FROM speaker WHERE agenda_item_id = ? ORDER BY id LIMIT 1').pluck().get(ITEM) as string;
    b.replica.close();
    ok(b.rt.core.call('speaker.remove', { id: speaker }));
    const again = keep(memberLaptop(b.rt));
    expect(again.rt.core.db.prepare('SELECT 1 FROM speaker WHERE id = ?').get(speaker)).toBeDefined();
    expect(again.announced.flat()).toContain('agenda');
    exchange(a.replica.doc, again.replica.doc);
    expect(sessionDump(again.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
  });

  it('compacts the stored updates now and then, and a restart reads the same doc back from them', async () => {
    const rt = folder();
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    const first = hostLaptop(rt, 'room-1', SESSION);
    const count = rt.core.db.prepare("SELECT count(*) FROM room_update WHERE room_id = 'room-1'").pluck();
    let most = 0;
    for (let n = 0; n < COMPACT_AFTER + 20; n++) {
      ok(rt.core.call('note.create', { sessionId: SESSION, category: 'idea', text: `第${n}条。` }));
      // Own updates are stored a moment after the commit: let that moment pass, one update each.
      await new Promise((resolve) => setImmediate(resolve));
      most = Math.max(most, count.get() as number);
    }
    expect(most).toBe(COMPACT_AFTER - 1);
    const stored = rt.core.db.prepare("SELECT count(*) FROM room_update WHERE room_id = 'room-1'").pluck().get() as number;
    expect(stored).toBeLessThan(COMPACT_AFTER);
    const state = Y.encodeStateVector(first.replica.doc);
    const notes = tableMap(first.replica.doc, 'note').size;
    first.replica.close();

    const again = keep(hostLaptop(rt, 'room-1', SESSION));
    // Read back whole: the reconcile that follows a restart found nothing to add.
    expect(Y.encodeStateVector(again.replica.doc)).toEqual(state);
    expect(tableMap(again.replica.doc, 'note').size).toBe(notes);
  });

  it('restores a member from its data folder: the same doc, then it syncs on', async () => {
    const a = hostWithSample();
    const dir = folder().dir;
    let b = memberLaptop(testRuntime({ dataDir: dir, now }));
    exchange(a.replica.doc, b.replica.doc);
    const offline = ok(b.rt.core.call('note.create', { sessionId: SESSION, category: 'idea', text: '断网时写的。' })) as { id: string };
    b.replica.close();
    b.rt.close({ backup: false });

    b = memberLaptop(testRuntime({ dataDir: dir, now }));
    await expect(b.replica.ready).resolves.toBe(SESSION);
    expect(tableMap(b.replica.doc, 'note').get(offline.id)?.get('text')).toBe('断网时写的。');
    call(a, 'note.create', { sessionId: SESSION, category: 'idea', text: '主持人这边。' });
    exchange(a.replica.doc, b.replica.doc);
    expect(sessionDump(b.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
    b.replica.close();
    b.rt.close({ backup: false });
  });
});

describe('the same field edited on two laptops offline', () => {
  it('converges to one note text, and the other text is in the note history on every laptop', () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    const c = keep(memberLaptop(folder()));
    const note = call(a, 'note.create', { sessionId: SESSION, category: 'idea', text: '原文。' }) as { id: string };
    exchange(a.replica.doc, b.replica.doc);
    exchange(a.replica.doc, c.replica.doc);
    call(a, 'note.update', { id: note.id, text: '甲改的。' });
    call(b, 'note.update', { id: note.id, text: '乙改的。' });
    // C hears from B first, then from A: whichever wins, no text is lost and nothing is doubled.
    exchange(b.replica.doc, c.replica.doc);
    exchange(a.replica.doc, c.replica.doc);
    exchange(a.replica.doc, b.replica.doc);
    exchange(b.replica.doc, c.replica.doc);
    exchange(a.replica.doc, c.replica.doc);

    const final = call(a, 'note.get', { id: note.id }) as { text: string; version: number };
    expect(['甲改的。', '乙改的。']).toContain(final.text);
    const loser = final.text === '甲改的。' ? '乙改的。' : '甲改的。';
    for (const laptop of [a, b, c]) {
      expect(call(laptop, 'note.get', { id: note.id })).toEqual(final);
      const texts = (call(laptop, 'note.history', { id: note.id }) as { text: string }[]).map((v) => v.text);
      expect(texts.sort()).toEqual([loser, '原文。'].sort());
    }
    expect(sessionDump(b.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
    expect(sessionDump(c.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
  });

  it('converges to one task title, and the other title is a line of the task history', () => {
    const a = hostWithSample();
    const b = keep(memberLaptop(folder()));
    exchange(a.replica.doc, b.replica.doc);
    const task = (call(a, 'action.list', { sessionId: SESSION }) as ActionItem[]).find((t) => t.title === '制定扶持政策')!;
    call(a, 'action.update', { id: task.id, title: '甲的标题' });
    call(b, 'action.update', { id: task.id, title: '乙的标题' });
    exchange(a.replica.doc, b.replica.doc);
    exchange(a.replica.doc, b.replica.doc);
    const detail = call(a, 'action.get', { id: task.id }) as { title: string; history: { field: string; oldValue: string | null; newValue: string | null }[] };
    // The same lines on both (each laptop lists them in the order they arrived there when their times tie).
    const sorted = (d: typeof detail) => ({ ...d, history: d.history.map((line) => JSON.stringify(line)).sort() });
    expect(sorted(call(b, 'action.get', { id: task.id }) as typeof detail)).toEqual(sorted(detail));
    const loser = detail.title === '甲的标题' ? '乙的标题' : '甲的标题';
    expect(detail.history).toContainEqual(expect.objectContaining({ field: 'title', oldValue: loser, newValue: detail.title }));
    expect(sessionDump(b.rt, SESSION)).toEqual(sessionDump(a.rt, SESSION));
  });
});

describe('a joining laptop that already knows some of the directory', () => {
  it('matches units and people by name and translates references both ways, after a restart too', () => {
    const a = hostWithSample();
    const dbA = a.rt.core.db;
    const person = dbA
      .prepare('SELECT p.id, p.name, u.id AS unit_id, u.name AS unit_name FROM attendance at JOIN person p ON p.id = at.person_id JOIN unit u ON u.id = p.unit_id WHERE at.session_id = ? ORDER BY p.id LIMIT 1')
      .get(SESSION) as { id: string; name: string; unit_id: string; unit_name: string };
    const dir = folder().dir;
    const rtB = testRuntime({ dataDir: dir, now });
    const unitB = ok(rtB.core.call('unit.create', { name: person.unit_name })) as { id: string };
    const personB = ok(rtB.core.call('person.create', { name: person.name, unitId: unitB.id })) as { id: string };
    let b = memberLaptop(rtB);
    exchange(a.replica.doc, b.replica.doc);
    expect(b.logged).toEqual([]);
    const dbB = b.rt.core.db;
    expect(dbB.prepare('SELECT count(*) FROM unit WHERE name = ?').pluck().get(person.unit_name)).toBe(1);
    expect(dbB.prepare('SELECT count(*) FROM person WHERE name = ?').pluck().get(person.name)).toBe(1);
    expect(dbB.prepare('SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ?').get(SESSION, personB.id)).toBeDefined();

    const fromB = ok(b.rt.core.call('note.create', { sessionId: SESSION, category: 'idea', text: '乙记的发言。', speakerPersonId: personB.id })) as { id: string };
    exchange(a.replica.doc, b.replica.doc);
    expect(dbA.prepare('SELECT speaker_person_id FROM note WHERE id = ?').pluck().get(fromB.id)).toBe(person.id);

    b.replica.close();
    b.rt.close({ backup: false });
    b = memberLaptop(testRuntime({ dataDir: dir, now }));
    const fromA = call(a, 'note.create', { sessionId: SESSION, category: 'idea', text: '甲记的发言。', speakerPersonId: person.id }) as { id: string };
    exchange(a.replica.doc, b.replica.doc);
    expect(b.rt.core.db.prepare('SELECT speaker_person_id FROM note WHERE id = ?').pluck().get(fromA.id)).toBe(personB.id);
    expect(b.logged).toEqual([]);
    b.replica.close();
    b.rt.close({ backup: false });
  });
});
