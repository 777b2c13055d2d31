import * as Y from 'yjs';
import type { RoomReplicas, SessionReplica } from '../../main/room/replica.js';
import { createRoomService, type RoomService, type RoomServiceOptions } from '../../main/room/room-service.js';
import { testRuntime, type TestRuntime } from './runtime.js';

/**
 * Test doubles for main/sync's replicas: a bare Y.Doc each, no SQLite bridge (the room only moves
 * the doc). A host's doc carries its session id in the map `room`, so a member's says which session
 * it follows once synced. Every replica made is kept in `made`, to check what a laptop received.
 */
export function bareReplicas(): { replicas: RoomReplicas; made: { kind: 'host' | 'member'; replica: SessionReplica }[] } {
  const made: { kind: 'host' | 'member'; replica: SessionReplica }[] = [];
  const replica = (kind: 'host' | 'member', roomId: string, doc: Y.Doc): SessionReplica => {
    const sessionId = () => (doc.getMap('room').get('sessionId') as string | undefined) ?? null;
    // Ready once the doc names its session (a member's, after the host's first sync), as main/sync's replica is.
    const ready = new Promise<string>((resolve) => {
      const check = () => {
        const id = sessionId();
        if (id === null) return;
        doc.off('update', check);
        resolve(id);
      };
      doc.on('update', check);
      check();
    });
    const made1: SessionReplica = { doc, roomId, sessionId, ready, close: () => doc.destroy() };
    made.push({ kind, replica: made1 });
    return made1;
  };
  return {
    made,
    replicas: {
      host(_target, { roomId, sessionId }) {
        const doc = new Y.Doc();
        doc.getMap('room').set('sessionId', sessionId);
        return replica('host', roomId, doc);
      },
      member(_target, { roomId }) {
        return replica('member', roomId, new Y.Doc());
      },
    },
  };
}

export interface Laptop {
  rt: TestRuntime;
  room: RoomService;
  made: ReturnType<typeof bareReplicas>['made'];
  /** The doc of this laptop's current replica. */
  doc(): Y.Doc;
  close(): Promise<void>;
}

/** A laptop: a real runtime in a temp folder, wrapped by a room service on loopback with bare-doc replicas. */
export function laptop(options: Partial<RoomServiceOptions> = {}): Laptop {
  const rt = testRuntime();
  const { replicas, made } = bareReplicas();
  const room = createRoomService({ service: rt.service, runtime: () => rt }, { bind: '127.0.0.1', replicas, backoffMs: { first: 50, max: 400 }, ...options });
  return {
    rt,
    room,
    made,
    doc() {
      const last = made.at(-1);
      if (!last) throw new Error('no replica yet');
      return last.replica.doc;
    },
    async close() {
      await room.close();
      rt.cleanup();
    },
  };
}

/** A session to host: programme → stage → session, through the core. */
export function makeSession(rt: TestRuntime): string {
  const unwrap = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  const programme = unwrap<{ id: string }>(rt.core.call('programme.create', { title: '清源县' }));
  const stage = unwrap<{ id: string }>(rt.core.call('stage.create', { programmeId: programme.id, title: '阶段一' }));
  return unwrap<{ id: string }>(rt.core.call('session.create', { stageId: stage.id, title: '产业研讨会' })).id;
}
