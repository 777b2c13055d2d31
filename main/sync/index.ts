/**
 * The room's shared document and its bridge to SQLite (issue 18). The network (main/room) syncs
 * `doc`; this folder keeps it and the local database in step. Doc layout: layout.ts.
 */
import { openReplica } from './replica.js';
import type { SessionReplica, SyncTarget } from './types.js';

export type { SessionReplica, SyncTarget } from './types.js';

/** The runner's replica: fills the doc from the session in SQLite; only it writes the run state. */
export function hostReplica(target: SyncTarget, options: { roomId: string; sessionId: string }): SessionReplica {
  return openReplica(target, { roomId: options.roomId, role: 'host', sessionId: options.sessionId });
}

/** A joining laptop's replica: its stored doc or an empty one, written into SQLite once the session arrives. */
export function memberReplica(target: SyncTarget, options: { roomId: string }): SessionReplica {
  return openReplica(target, { roomId: options.roomId, role: 'member', sessionId: null });
}

/** Whether this laptop keeps a member's copy of the room (its session arrived once): a restart can then work on it before the host answers. */
export function memberReplicaStored(target: Pick<SyncTarget, 'db'>, options: { roomId: string }): boolean {
  return target.db.prepare("SELECT 1 FROM room_replica WHERE room_id = ? AND role = 'member' AND session_id IS NOT NULL").get(options.roomId) !== undefined;
}
