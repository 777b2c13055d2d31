import type { RoomReplicas } from './replica.js';

/**
 * ─── MERGE POINT (issue 18) ─────────────────────────────────────────────────────────────────────
 * The one place where the room gets main/sync's replicas (h-sync's hostReplica and memberReplica:
 * the session's Y.Doc and its bridge to SQLite). They are not on this branch; at merge the lead
 * replaces `null` with them:
 *
 *   import { hostReplica, memberReplica } from '../sync/<file>.js';
 *   export const sessionReplicas: RoomReplicas | null = { host: hostReplica, member: memberReplica };
 *
 * main/cli/commands/serve.ts (--room) and main/app/start.ts read it from here. While it is null,
 * `serve --room` refuses to start and the app's room.open/room.join answer room_unavailable.
 * ────────────────────────────────────────────────────────────────────────────────────────────────
 */
export const sessionReplicas: RoomReplicas | null = null;
