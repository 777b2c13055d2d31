import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMPACT_AFTER, replicaStore } from '../../main/sync/store.js';
import { emptyMapping } from '../../main/sync/mapping.js';
import { testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * The room's stored updates (main/sync/store.ts): compacted into one now and then, but never more
 * often than the bytes stored since the last compaction pay for, so a big session's document is not
 * rewritten whole every 500 notes.
 */
const open: TestRuntime[] = [];
afterEach(() => open.splice(0).forEach((rt) => rt.cleanup()));

function store(rt = testRuntime()) {
  open.push(rt);
  const s = replicaStore(rt.core.db, 'room-1', () => new Date());
  s.save({ sessionId: 'session-1', role: 'host', mapping: emptyMapping() });
  const rows = rt.core.db.prepare("SELECT count(*) FROM room_update WHERE room_id = 'room-1'").pluck();
  return { rt, s, rows: () => rows.get() as number };
}

/** Appends one small change (a note's worth) to the doc and the store. */
function change(doc: Y.Doc, s: ReturnType<typeof replicaStore>, n: number) {
  let update: Uint8Array | null = null;
  const take = (u: Uint8Array) => (update = u);
  doc.on('update', take);
  doc.getMap('note').set(`n${n}`, `第${n}条：关于专精特新企业的发言要点。`);
  doc.off('update', take);
  s.append(update!, doc);
}

describe('the stored updates of a room', () => {
  it('of a big document are not compacted after 500 small ones, only once as many bytes as the document were stored; read back whole', () => {
    const { rt, s, rows } = store();
    const doc = new Y.Doc();
    // A session of some 5,000 notes' worth: its first fill is stored as one update.
    doc.getText('big').insert(0, '营商环境'.repeat(10_000));
    s.append(Y.encodeStateAsUpdate(doc), doc);
    // Each in one transaction, as the replica stores them (and no disk flush per row here).
    const db = rt.core.db;
    db.transaction(() => {
      for (let n = 0; n < COMPACT_AFTER + 100; n++) change(doc, s, n);
    })();
    expect(rows()).toBe(COMPACT_AFTER + 101);

    let n = COMPACT_AFTER + 100;
    db.transaction(() => {
      while (rows() > 1) change(doc, s, n++);
    })();
    // Compacted once the updates after the fill reached its size: the whole doc as one row.
    const stored = db.prepare("SELECT data FROM room_update WHERE room_id = 'room-1'").pluck().all() as Buffer[];
    const again = new Y.Doc();
    for (const data of stored) Y.applyUpdate(again, new Uint8Array(data));
    expect(Y.encodeStateVector(again)).toEqual(Y.encodeStateVector(doc));
    expect(again.getMap('note').size).toBe(n);

    // A store opened again over the same rows counts from there: no compaction after 500 more small ones.
    const reopened = replicaStore(rt.core.db, 'room-1', () => new Date());
    db.transaction(() => {
      for (let m = 0; m < COMPACT_AFTER; m++) change(doc, reopened, n++);
    })();
    expect(rows()).toBe(COMPACT_AFTER + 1);
  });

  it('of a small document are compacted after 500, as before', () => {
    const { rt, s, rows } = store();
    const doc = new Y.Doc();
    let most = 0;
    rt.core.db.transaction(() => {
      for (let n = 0; n < COMPACT_AFTER + 20; n++) {
        change(doc, s, n);
        most = Math.max(most, rows());
      }
    })();
    expect(most).toBe(COMPACT_AFTER - 1);
    expect(rows()).toBeLessThan(COMPACT_AFTER);
  });
});
