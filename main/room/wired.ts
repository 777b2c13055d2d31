import path from 'node:path';
import type { RecoverableRuntime } from '../service/recovery.js';
import { bonjourDiscovery } from './discovery-bonjour.js';
import { createRoomService, isLoopbackBind, type RoomService, type RoomServiceOptions } from './room-service.js';
import { sessionReplicas } from './session-replicas.js';

/**
 * The room service as the CLI and the app build it: main/sync's replicas (session-replicas.ts),
 * room.json in the data folder, and mDNS unless turned off or the room stays on loopback (then
 * nothing is announced and nothing is browsed: no multicast at all).
 */
export function wiredRoomService(
  recoverable: Pick<RecoverableRuntime, 'service' | 'runtime'>,
  options: { dataDir: string; bind: string; port?: number; announce: boolean; defaultName: string; now?: () => Date },
): RoomService {
  const mdns = options.announce && !isLoopbackBind(options.bind) ? bonjourDiscovery() : null;
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
