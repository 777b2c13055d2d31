import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Awareness } from 'y-protocols/awareness';
import { channels } from '../../shared/contract/channels.js';
import { isRoomChannel, type DiscoveredRoom, type RoomPeer, type RoomRole, type RoomStatus } from '../../shared/contract/channels-room.js';
import { toFieldIssues } from '../../shared/contract/issues.js';
import { AppError, type Result } from '../../shared/contract/result.js';
import { NO_ROOM } from '../service/no-room.js';
import type { RecoverableRuntime } from '../service/recovery.js';
import type { Service } from '../service/service.js';
import { announcementRecord, roomList, type RoomAnnouncer, type RoomBrowser } from './discovery.js';
import type { RoomReplicas, SessionReplica, SyncTarget } from './replica.js';
import { roomState } from './room-state.js';
import { deriveRoomKey, formatRoomCode, newRoomCode } from './transport-crypto.js';
import { connectMember, type MemberLink } from './transport-member.js';
import { startRoomServer, type RoomServer } from './transport-host.js';

export interface RoomServiceOptions {
  /** main/sync's hostReplica and memberReplica (tests: replicas over bare Y.Docs). */
  replicas: RoomReplicas;
  /** Where a hosted room listens: all interfaces (the LAN) unless told; 127.0.0.1 keeps it on this machine. */
  bind?: string;
  /** The room's port: the one it had before for this session, else any free one, unless told. */
  port?: number;
  /** room.json beside the database: this laptop's id and the rooms it hosts (room-state.ts). Memory only without it. */
  stateFile?: string;
  /** This laptop's name in rooms when a caller gives none (the CLI without --room-name; the app: the computer's name). */
  defaultName?: string;
  /** mDNS: announce a hosted room, browse for others. Off (no multicast at all) without it. */
  discovery?: { announcer?: RoomAnnouncer; browser?: RoomBrowser };
  now?: () => Date;
  maxConnections?: number;
  backoffMs?: { first: number; max: number };
  /** How long a join waits for the session's first copy before answering without it (30 s). */
  joinCopyMs?: number;
  /** Where unexpected failures are reported (never to the caller, who gets `internal`). */
  log?: (message: string, error: unknown) => void;
}

export interface RoomService extends Pick<Service, 'call' | 'subscribe' | 'announce'> {
  status(): RoomStatus;
  readonly defaultName: string;
  /** Shuts the room down with the process: a host stops listening (its room.json entry stays, so a restart reopens the same room), a member disconnects (and rejoins at the next start). */
  close(): Promise<void>;
  /** At start: rejoins the room this laptop joined and did not leave (room.json), or null when there is none. */
  rejoin(): Promise<Result<unknown> | null>;
}

/** The runtime the room wraps: the service transports served until now, and the open database (null in recovery). */
export type RoomRuntime = Pick<RecoverableRuntime, 'service' | 'runtime'>;

interface AwarenessState {
  laptopId: string;
  name: string;
  role: RoomRole;
}

type Room =
  | { kind: 'host'; roomId: string; code: string; sessionId: string; address: string; server: RoomServer; replica: SessionReplica; awareness: Awareness; unpublish: () => void }
  | { kind: 'member'; code: string; address: string; link: MemberLink; replica: SessionReplica | null; awareness: Awareness | null };

/** A room bound here is reachable from this computer only: never announced on the network. */
export const isLoopbackBind = (address: string) => address === 'localhost' || address === '::1' || address.startsWith('127.');

/** The address others type: the bound one, or for all interfaces this laptop's first LAN address. */
function shownAddress(bind: string, port: number): string {
  let host = bind;
  if (bind === '0.0.0.0' || bind === '::') {
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    host = lan?.address ?? '127.0.0.1';
  }
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The room (issue 18) over a runtime's service: answers the room.* channels, passes every other
 * channel to the service, and on a member laptop refuses the run's writes (run.*, except reading
 * run.state): the meeting is run from the host. It opens a network listener only while this laptop
 * hosts a room, and announces the `room` topic whenever what room.status says changes.
 */
export function createRoomService(runtime: RoomRuntime, options: RoomServiceOptions): RoomService {
  const inner = runtime.service;
  const bind = options.bind ?? '0.0.0.0';
  const now = options.now ?? (() => new Date());
  const state = roomState(options.stateFile);
  const defaultName = options.defaultName ?? os.hostname().slice(0, 60);
  let room: Room | null = null;
  /** An open or join under way: a second one is refused rather than raced. */
  let busy = false;
  let browsing: ReturnType<typeof roomList> | null = null;

  const changed = () => inner.announce(['room']);

  function target(): SyncTarget {
    const open = runtime.runtime();
    if (!open) throw new AppError('room_unavailable');
    return { db: open.core.db, subscribe: (l) => inner.subscribe(l), announce: (t) => inner.announce(t), now };
  }

  function peers(awareness: Awareness | null, online: boolean): RoomPeer[] {
    if (!awareness) return [];
    const list: RoomPeer[] = [];
    for (const [clientId, value] of awareness.getStates()) {
      const peer = value as Partial<AwarenessState>;
      if (typeof peer.laptopId !== 'string' || typeof peer.name !== 'string' || typeof peer.role !== 'string') continue;
      const self = clientId === awareness.clientID;
      list.push({ id: peer.laptopId, name: peer.name, role: peer.role, self, online: self ? online : true });
    }
    return list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
  }

  function status(): RoomStatus {
    if (!room) return NO_ROOM;
    const code = formatRoomCode(room.code);
    const joinLink = `convene://room?address=${encodeURIComponent(room.address)}&code=${code}`;
    if (room.kind === 'host') {
      return { state: 'hosting', roomId: room.roomId, sessionId: room.sessionId, address: room.address, code, joinLink, role: 'runner', connection: 'online', pending: 0, closedByHost: false, peers: peers(room.awareness, true) };
    }
    const connection = room.link.connection();
    const role = (room.awareness?.getLocalState() as AwarenessState | null)?.role ?? null;
    return {
      state: 'joined',
      roomId: room.link.roomId(),
      sessionId: room.replica?.sessionId() ?? null,
      address: room.address,
      code,
      joinLink,
      role,
      connection,
      pending: room.link.pending(),
      closedByHost: room.link.closedByHost(),
      peers: peers(room.awareness, connection === 'online'),
    };
  }

  function presence(awareness: Awareness, name: string, role: RoomRole) {
    const local: AwarenessState = { laptopId: state.laptopId(), name, role };
    awareness.setLocalState(local);
    awareness.on('change', changed);
  }

  async function openRoom(input: { sessionId: string; name: string }): Promise<RoomStatus> {
    const sync = target();
    const session = await inner.call('session.get', { id: input.sessionId });
    if (!session.ok) throw new AppError(session.error.code, session.error.params);
    const sessionTitle = String((session.value as { title?: unknown }).title ?? '');
    const kept = state.hosted(input.sessionId);
    const roomId = kept?.roomId ?? randomUUID();
    const code = kept?.code ?? newRoomCode();
    const key = await deriveRoomKey(code, roomId);
    const replica = options.replicas.host(sync, { roomId, sessionId: input.sessionId });
    const awareness = new Awareness(replica.doc);
    const serverOptions = { bind, roomId, key, doc: replica.doc, awareness, ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}) };
    let server: RoomServer;
    try {
      const port = options.port ?? kept?.port ?? 0;
      server = await startRoomServer({ ...serverOptions, port }).catch((error: NodeJS.ErrnoException) => {
        // The port it had before is taken now: any free one (members of the old room rejoin by the new address).
        if (error.code === 'EADDRINUSE' && options.port === undefined && port !== 0) return startRoomServer({ ...serverOptions, port: 0 });
        throw error;
      });
    } catch (error) {
      awareness.destroy();
      replica.close();
      throw error;
    }
    state.remember(input.sessionId, { roomId, code, port: server.port });
    presence(awareness, input.name, 'runner');
    // Never announced from loopback: nobody else could reach it.
    const announcer = isLoopbackBind(bind) ? undefined : options.discovery?.announcer;
    const unpublish = announcer ? announcer.publish(announcementRecord({ roomId, sessionTitle, laptopName: input.name, port: server.port })) : () => {};
    room = { kind: 'host', roomId, code, sessionId: input.sessionId, address: shownAddress(bind, server.port), server, replica, awareness, unpublish };
    changed();
    return status();
  }

  async function joinRoom(input: { address: string; code: string; name: string; role: RoomRole }): Promise<RoomStatus> {
    const sync = target();
    const member: Extract<Room, { kind: 'member' }> = { kind: 'member', code: input.code, address: input.address, link: null!, replica: null, awareness: null };
    const attach = (roomId: string) => {
      member.replica = options.replicas.member(sync, { roomId });
      member.awareness = new Awareness(member.replica.doc);
      presence(member.awareness, input.name, input.role);
      return { doc: member.replica.doc, awareness: member.awareness };
    };
    // The room this laptop joined before (a restart), with its copy kept here: work on it at once, the host or not.
    const kept = state.joined();
    const resume =
      kept && kept.address === input.address && kept.code === input.code && options.replicas.stored?.(sync, { roomId: kept.roomId })
        ? { roomId: kept.roomId, ...attach(kept.roomId) }
        : undefined;
    member.link = connectMember({
      address: input.address,
      code: input.code,
      laptopId: state.laptopId(),
      name: input.name,
      role: input.role,
      ...(options.backoffMs ? { backoffMs: options.backoffMs } : {}),
      ...(resume ? { resume } : {}),
      attach,
      changed() {
        // The room is closed for good: a restart does not rejoin it (the local copy stays).
        if (member.link?.closedByHost() && state.joined()) state.rememberJoined(null);
        changed();
      },
    });
    try {
      await member.link.joined;
      // Joining copies the session (issue 18): answer once the host's first sync has brought it, so
      // the status names it and the laptop lands on it. Bounded: a link that drops during that first
      // sync still joins (the copy arrives on reconnection), the status without a session for now.
      await firstCopy(member.replica!);
    } catch (error) {
      leaveMember(member);
      throw error;
    }
    room = member;
    state.rememberJoined({ roomId: member.link.roomId()!, address: input.address, code: input.code, name: input.name, role: input.role });
    changed();
    return status();
  }

  /** The member's replica's session, or the wait given up after `joinCopyMs` (a huge or stalled first sync). */
  function firstCopy(replica: SessionReplica): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, options.joinCopyMs ?? 30_000);
      timer.unref();
    });
    return Promise.race([replica.ready.then(() => undefined), gaveUp]).finally(() => clearTimeout(timer));
  }

  function leaveMember(member: Extract<Room, { kind: 'member' }>) {
    member.link.close();
    member.awareness?.destroy();
    member.replica?.close();
  }

  /** `forGood` (room.close) tells the members the room is closed; a host stopping with its process does not: it reopens the room at its next start. */
  async function closeHost(host: Extract<Room, { kind: 'host' }>, forGood = false) {
    host.unpublish();
    await host.server.close(forGood);
    host.awareness.destroy();
    host.replica.close();
  }

  function discovered(): DiscoveredRoom[] {
    const browser = options.discovery?.browser;
    if (!browser) return [];
    browsing ??= roomList(browser);
    return browsing.rooms();
  }

  /** Opening and joining take turns: one at a time, never while a room is open. */
  async function exclusive(run: () => Promise<RoomStatus>): Promise<RoomStatus> {
    if (room || busy) throw new AppError('room_already_open');
    busy = true;
    try {
      return await run();
    } finally {
      busy = false;
    }
  }

  async function answer(channel: keyof typeof channels & `room.${string}`, input: unknown): Promise<Result<unknown>> {
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toFieldIssues(parsed.error) } };
    const data = parsed.data as never;
    try {
      switch (channel) {
        case 'room.status':
          return { ok: true, value: status() };
        case 'room.discovered':
          return { ok: true, value: discovered() };
        case 'room.open':
          return { ok: true, value: await exclusive(() => openRoom(data)) };
        case 'room.join':
          return { ok: true, value: await exclusive(() => joinRoom(data)) };
        case 'room.leave': {
          if (room?.kind !== 'member') throw new AppError('room_not_open');
          const member = room;
          room = null;
          state.rememberJoined(null);
          leaveMember(member);
          changed();
          return { ok: true, value: status() };
        }
        case 'room.close': {
          if (room?.kind !== 'host') throw new AppError('room_not_open');
          const host = room;
          room = null;
          state.forget(host.sessionId);
          await closeHost(host, true);
          changed();
          return { ok: true, value: status() };
        }
      }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return { ok: false, error: { code: 'room_refused', params: { reason: 'port_in_use' } } };
      throw error;
    }
    return { ok: false, error: { code: 'unknown_channel', params: { channel } } };
  }

  const service: RoomService = {
    defaultName,
    status,
    subscribe: (listener) => inner.subscribe(listener),
    announce: (topics) => inner.announce(topics),
    async call(channel, input) {
      if (isRoomChannel(channel)) {
        try {
          return await answer(channel, input);
        } catch (error) {
          (options.log ?? console.error)(`room channel ${channel} failed`, error);
          return { ok: false, error: { code: 'internal' } };
        }
      }
      // The run (current item, speaker) is written by the runner: a member only reads it.
      if (room?.kind === 'member' && channel.startsWith('run.') && channel !== 'run.state') return { ok: false, error: { code: 'room_run_elsewhere' } };
      return inner.call(channel, input);
    },
    async rejoin() {
      const kept = state.joined();
      if (!kept || room) return null;
      return service.call('room.join', { address: kept.address, code: kept.code, name: kept.name, role: kept.role });
    },
    async close() {
      browsing?.stop();
      browsing = null;
      const current = room;
      room = null;
      // The app stops with the room open: its members wait for it (room.json reopens the same room).
      if (current?.kind === 'host') await closeHost(current);
      else if (current) leaveMember(current);
    },
  };
  return service;
}
