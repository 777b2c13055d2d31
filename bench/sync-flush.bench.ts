import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { openRuntime } from '../main/service/runtime.js';
import { hostReplica, memberReplica } from '../main/sync/index.js';
import { addFigure, percentile } from './table.js';

const SESSION = 'sample-zh-1-session-leadership_seminar';
const NOTES = 5_000;
const ADDS = 200;

/**
 * Issue 18: the room's bridge, local → doc. A host replica over a session of 5,000 notes; a note
 * added through the real handler; the figure is the bridge's share: from the core's change event
 * (a listener registered before the replica's, so it runs first) to the doc's update event (the
 * outbox read, the row read, the changed columns and its edit-log line written, the update stored).
 */
export default async function bench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-sync-'));
  const runtime = openRuntime({ dataDir });
  try {
    const { core } = runtime;
    core.call('sample.load', { locale: 'zh-CN' });
    const insert = core.db.prepare(
      `INSERT INTO note (id, session_id, category, text, important, captured_at, captured_by, created_at, updated_at)
       VALUES (?, ?, 'idea', ?, 0, ?, '', ?, ?)`,
    );
    const at = new Date().toISOString();
    core.db.transaction(() => {
      for (let n = 0; n < NOTES; n++) insert.run(randomUUID(), SESSION, `第 ${n + 1} 条记录：关于专精特新企业的发言要点。`, at, at, at);
    })();
    let committed = 0;
    core.subscribe(() => (committed = performance.now()));
    const started = performance.now();
    const replica = hostReplica(
      { db: core.db, subscribe: (l) => core.subscribe(l), announce: (t) => core.announce(t), now: () => new Date() },
      { roomId: 'bench', sessionId: SESSION },
    );
    const fill = performance.now() - started;
    let updated = 0;
    replica.doc.on('update', () => (updated = performance.now()));
    const samples: number[] = [];
    for (let n = 0; n < ADDS; n++) {
      const result = core.call('note.create', { sessionId: SESSION, category: 'idea', text: `新记录 ${n}` });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      samples.push(updated - committed);
    }
    addFigure({ figure: `sync: a note added → doc updated at ${NOTES} notes (the bridge's share), p95 of ${ADDS}`, target: 10, unit: 'ms', measured: percentile(samples, 95) });
    addFigure({ figure: `sync: host replica filled from SQLite, ${NOTES} notes`, target: 3000, unit: 'ms', measured: fill });
    addFigure({ figure: `sync: shared document at ${NOTES} notes (encoded state)`, target: 10, unit: 'MB', measured: Y.encodeStateAsUpdate(replica.doc).length / 2 ** 20 });

    // A laptop joins: the whole session written into its empty database; then 500 changes it missed.
    const memberDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-sync-member-'));
    const member = openRuntime({ dataDir: memberDir });
    try {
      const m = member.core;
      const joined = memberReplica({ db: m.db, subscribe: (l) => m.subscribe(l), announce: (t) => m.announce(t), now: () => new Date() }, { roomId: 'bench' });
      const t0 = performance.now();
      Y.applyUpdate(joined.doc, Y.encodeStateAsUpdate(replica.doc), 'network');
      addFigure({ figure: `sync: a laptop joins, ${NOTES + ADDS}-note session written into its database`, unit: 'ms', measured: performance.now() - t0 });
      const missed = Y.encodeStateVector(joined.doc);
      for (let n = 0; n < 500; n++) core.call('note.create', { sessionId: SESSION, category: 'idea', text: `离线期间的记录 ${n}` });
      const t1 = performance.now();
      Y.applyUpdate(joined.doc, Y.encodeStateAsUpdate(replica.doc, missed), 'network');
      addFigure({ figure: 'sync: a laptop back after 500 changes catches up (one update applied)', unit: 'ms', measured: performance.now() - t1 });
      joined.close();
    } finally {
      member.close({ backup: false });
      fs.rmSync(memberDir, { recursive: true, force: true });
    }
    replica.close();
  } finally {
    runtime.close({ backup: false });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
