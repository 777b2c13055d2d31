import type BetterSqlite3 from 'better-sqlite3';
import type * as Y from 'yjs';
import type { ChangeEvent, Topic } from '../../shared/contract/events.js';

/**
 * The shared document of a session and its bridge to SQLite are main/sync's (h-sync). The room only
 * moves a replica's Y.Doc over the network, so it takes them through these shapes, which mirror
 * main/sync's API exactly, and is given the functions (`RoomReplicas`) by whoever builds it:
 * main/cli/commands/serve.ts and main/app/start.ts pass main/sync's hostReplica and memberReplica,
 * tests pass replicas over bare Y.Docs.
 */
export interface SyncTarget {
  db: BetterSqlite3.Database;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  announce(topics: Topic[]): void;
  now(): Date;
}

export interface SessionReplica {
  readonly doc: Y.Doc;
  readonly roomId: string;
  sessionId(): string | null;
  /** Resolves with the session id once the replica holds the session (a member: after the first sync). */
  readonly ready: Promise<string>;
  close(): void;
}

export interface RoomReplicas {
  host(target: SyncTarget, options: { roomId: string; sessionId: string }): SessionReplica;
  member(target: SyncTarget, options: { roomId: string }): SessionReplica;
}
