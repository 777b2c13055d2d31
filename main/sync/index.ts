/**
 * The room's shared document and its bridge to SQLite (issue 18). The network (main/room) syncs
 * `doc`; this folder keeps it and the local database in step. Doc layout: layout.ts.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type * as Y from 'yjs';
import type { ChangeEvent, Topic } from '../../shared/contract/events.js';
import { openReplica } from './replica.js';

export interface SyncTarget {
  /** The runtime's database (runtime.core.db). */
  db: BetterSqlite3.Database;
  /** Local commits: core.subscribe. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /** Tells the windows what a remote change touched: core.announce. */
  announce(topics: Topic[]): void;
  now(): Date;
  /** Where a refused remote row is reported (console.error when absent). */
  log?: (message: string, detail: unknown) => void;
}

export interface SessionReplica {
  readonly doc: Y.Doc;
  readonly roomId: string;
  /** The session this laptop holds (null on a member until the first sync brought it). */
  sessionId(): string | null;
  /** Resolves with the session id once the doc holds the session and it is written into SQLite. */
  readonly ready: Promise<string>;
  close(): void;
}

/** The runner's replica: fills the doc from the session in SQLite; only it writes the run state. */
export function hostReplica(target: SyncTarget, options: { roomId: string; sessionId: string }): SessionReplica {
  return openReplica(target, { roomId: options.roomId, role: 'host', sessionId: options.sessionId });
}

/** A joining laptop's replica: its stored doc or an empty one, written into SQLite once the session arrives. */
export function memberReplica(target: SyncTarget, options: { roomId: string }): SessionReplica {
  return openReplica(target, { roomId: options.roomId, role: 'member', sessionId: null });
}
