import type BetterSqlite3 from 'better-sqlite3';
import type * as Y from 'yjs';
import type { ChangeEvent, Topic } from '../../shared/contract/events.js';

/** What a replica needs of the runtime it bridges (index.ts exports these; replica.ts implements them). */
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
