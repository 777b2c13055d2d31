import * as Y from 'yjs';
import { collectRows } from '../../main/core/scope-rows.js';
import { TABLES, type Row } from '../../main/core/tables.js';
import { hostReplica, memberReplica, type SessionReplica, type SyncTarget } from '../../main/sync/index.js';
import { testRuntime, type TestRuntime } from '../helpers/runtime.js';

/** A laptop in a room: a data folder and its runtime, the replica, and what it logged. */
export interface Laptop {
  rt: TestRuntime;
  replica: SessionReplica;
  logged: string[];
  announced: string[][];
}

export function syncTarget(rt: TestRuntime, logged: string[], announced: string[][]): SyncTarget {
  return {
    db: rt.core.db,
    subscribe: (listener) => rt.core.subscribe(listener),
    announce: (topics) => {
      announced.push(topics);
      rt.core.announce(topics);
    },
    now: () => new Date(),
    log: (message, detail) => logged.push(`${message} ${JSON.stringify(detail)}`),
  };
}

export function hostLaptop(rt: TestRuntime, roomId: string, sessionId: string): Laptop {
  const logged: string[] = [];
  const announced: string[][] = [];
  return { rt, logged, announced, replica: hostReplica(syncTarget(rt, logged, announced), { roomId, sessionId }) };
}

export function memberLaptop(rt: TestRuntime = testRuntime(), roomId = 'room-1'): Laptop {
  const logged: string[] = [];
  const announced: string[][] = [];
  return { rt, logged, announced, replica: memberReplica(syncTarget(rt, logged, announced), { roomId }) };
}

/** The network, in-process: each doc receives what the other has and it lacks. */
export function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'network');
  Y.applyUpdate(a, toA, 'network');
}

/** Every pair exchanges until nothing moves (a full mesh reconnect). */
export function exchangeAll(docs: Y.Doc[]): void {
  for (let round = 0; round < 2; round++) for (const a of docs) for (const b of docs) if (a !== b) exchange(a, b);
}

/**
 * The session's rows on one laptop, normalised: the local counter of action_history left out, rows
 * sorted. Two laptops hold the same session when these are equal.
 */
export function sessionDump(rt: TestRuntime, sessionId: string): Record<string, string[]> {
  const scope = rt.core.db
    .prepare('SELECT s.stage_id, st.programme_id FROM session s JOIN stage st ON st.id = s.stage_id WHERE s.id = ?')
    .get(sessionId) as { stage_id: string; programme_id: string };
  const rows = collectRows(rt.core.db, { kind: 'session', id: sessionId, programmeId: scope.programme_id, stageId: scope.stage_id });
  return Object.fromEntries(
    TABLES.map((spec) => [
      spec.name,
      rows[spec.name]
        .map((row: Row) => {
          const { ...copy } = row;
          if (spec.localKey) delete copy.id;
          return JSON.stringify(copy, Object.keys(copy).sort());
        })
        .sort(),
    ]),
  );
}
