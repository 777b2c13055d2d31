import { hostReplica, memberReplica, memberReplicaStored } from '../sync/index.js';
import type { RoomReplicas } from './replica.js';

/**
 * Where the room gets main/sync's replicas: the session's Y.Doc and its bridge to SQLite. The room
 * (the network) and the shared document are separate layers, so tests of either can stand alone;
 * main/cli/commands/serve.ts (--room) and main/app/start.ts read them from here.
 */
export const sessionReplicas: RoomReplicas = { host: hostReplica, member: memberReplica, stored: memberReplicaStored };
