import path from 'node:path';
import type { RecoverableRuntime } from '../service/recovery.js';
import { bonjourDiscovery } from './discovery-bonjour.js';
import { createRoomService, type RoomService, type RoomServiceOptions } from './room-service.js';
import { sessionReplicas } from './session-replicas.js';

/**
 * The room service as the CLI and the app build it: main/sync's replicas (session-replicas.ts),
 * room.json in the data folder, and mDNS unless turned off. Without replicas (before the merge of
 * main/sync) the room service still answers room.status; opening or joining is room_unavailable.
 */
export function wiredRoomService(
  recoverable: Pick<RecoverableRuntime, 'service' | 'runtime'>,
  options: { dataDir: string; bind: string; port?: number; announce: boolean; defaultName: string; now?: () => Date },
): RoomService | null {
  if (!sessionReplicas) return null;
  const mdns = options.announce ? bonjourDiscovery() : null;
  const room = createRoomService(recoverable, {
    replicas: sessionReplicas,
    bind: options.bind,
    ...(options.port !== undefined ? { port: options.port } : {}),
    stateFile: path.join(options.dataDir, 'room.json'),
    defaultName: options.defaultName,
    ...(mdns ? { discovery: { announcer: mdns.announcer, browser: mdns.browser } } : {}),
    ...(options.now ? { now: options.now } : {}),
  } satisfies RoomServiceOptions);
  return {
    ...room,
    async close() {
      await room.close();
      mdns?.destroy();
    },
  };
}
