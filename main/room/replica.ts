import type { SessionReplica, SyncTarget } from '../sync/index.js';

export type { SessionReplica, SyncTarget } from '../sync/index.js';

/**
 * The room only moves a replica's Y.Doc over the network; the replicas (the session's document and
 * its bridge to SQLite) are main/sync's. Whoever builds a room service gives it the functions that
 * make them: main/room/session-replicas.ts gives main/sync's hostReplica and memberReplica, tests
 * give replicas over bare Y.Docs, so the transport is tested on its own.
 */
export interface RoomReplicas {
  host(target: SyncTarget, options: { roomId: string; sessionId: string }): SessionReplica;
  member(target: SyncTarget, options: { roomId: string }): SessionReplica;
  /** Whether a member's copy of this room is kept here (a rejoin after a restart may then start offline on it). Without it, never. */
  stored?(target: SyncTarget, options: { roomId: string }): boolean;
}
