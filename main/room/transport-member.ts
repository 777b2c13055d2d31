import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket, type RawData } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { RoomConnection, RoomRole } from '../../shared/contract/channels-room.js';
import { AppError } from '../../shared/contract/result.js';
import { deriveRoomKey, open, seal } from './transport-crypto.js';
import { keepAlive } from './transport-heartbeat.js';
import {
  CLOSE,
  encodeBytes,
  encodeJson,
  encodeMessage,
  MAX_FRAME_BYTES,
  MESSAGE_ACK,
  MESSAGE_AWARENESS,
  MESSAGE_CLOSED,
  MESSAGE_HELLO,
  MESSAGE_SYNC,
  MESSAGE_WELCOME,
  PROTOCOL_VERSION,
  readClearHello,
} from './transport-messages.js';

export interface MemberLinkOptions {
  /** host:port */
  address: string;
  /** The normalised room code. */
  code: string;
  laptopId: string;
  name: string;
  role: RoomRole;
  /**
   * Called once, when the host first accepts this laptop's hello (the code is right): the document
   * and awareness to keep in step with the room from then on, across reconnections.
   */
  attach(roomId: string): { doc: Y.Doc; awareness: awarenessProtocol.Awareness };
  /** The connection or the pending count changed. */
  changed(): void;
  /**
   * A room this laptop joined before (a restart): its id, and the local copy to attach at once. The
   * link counts as joined from the start (it works offline on that copy) and only ever reconnects;
   * a host answering with another room id is refused (room_other).
   */
  resume?: { roomId: string; doc: Y.Doc; awareness: awarenessProtocol.Awareness };
  /** Reconnection backoff: first wait, doubling up to the last. */
  backoffMs?: { first: number; max: number };
  /** The first connection's time to answer. */
  connectTimeoutMs?: number;
  /** The heartbeat (transport-heartbeat.ts): a host silent for two of these is taken as gone. */
  heartbeatMs?: number;
}

export interface MemberLink {
  /** Settles with the first connection: the host accepted the hello, or an AppError (room_code_wrong, room_unreachable, room_refused). */
  readonly joined: Promise<void>;
  connection(): RoomConnection;
  /** Changes made here that the host has not yet acknowledged. */
  pending(): number;
  roomId(): string | null;
  /** The host said it closed the room (room.close): the link stopped for good. A host gone without a word is retried instead. */
  closedByHost(): boolean;
  /** Ends the current socket as a failing network would; the link reconnects by itself (tests). */
  drop(): void;
  /** Leaves: no reconnection. */
  close(): void;
}

/** How long a leaving member waits for the host to answer its close frame before cutting the socket. */
const CLOSE_GRACE_MS = 1_000;

/**
 * A member's side of the room: one WebSocket to the host, reconnected with backoff (0.25 s doubling
 * to 5 s) after every drop, re-synced on each connection (sync step 1 both ways: each side sends what
 * the other lacks). Local changes made while offline are counted as pending and reach the host on the
 * next connection; an ACK carrying the host's state vector takes them off the count.
 */
export function connectMember(options: MemberLinkOptions): MemberLink {
  const backoff = options.backoffMs ?? { first: 250, max: 5_000 };
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  let connection: RoomConnection = 'connecting';
  let socket: WebSocket | null = null;
  let closed = false;
  let closedByHost = false;
  let everJoined = false;
  let wait = backoff.first;
  let retry: NodeJS.Timeout | null = null;
  /** Ends a connection that accepted the WebSocket but never welcomed us. */
  let welcomeTimer: NodeJS.Timeout | undefined;
  let roomId: string | null = null;
  let key: Buffer | null = null;
  let attached: { doc: Y.Doc; awareness: awarenessProtocol.Awareness } | null = null;
  /** Per local update not yet acknowledged: the clock each of its clients reached. */
  let pending: Map<number, number>[] = [];
  let settle: { resolve: () => void; reject: (e: AppError) => void } | undefined;
  const joined = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // A caller that never awaits must not see an unhandled rejection.
  joined.catch(() => {});

  const setConnection = (next: RoomConnection) => {
    if (next === connection) return;
    connection = next;
    options.changed();
  };
  const send = (message: Uint8Array) => {
    if (socket && key && socket.readyState === WebSocket.OPEN) socket.send(seal(key, 'to-host', message));
  };

  /** Stops for good with a reason: before the first join, the join fails with it. */
  function fail(error: AppError) {
    if (!everJoined) settle!.reject(error);
    stop();
    setConnection('offline');
  }

  const onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === link) return;
    pending.push(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)));
    send(encodeMessage(MESSAGE_SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update)));
    options.changed();
  };
  const onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== 'local' || !attached) return;
    send(encodeBytes(MESSAGE_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(attached.awareness, [...added, ...updated, ...removed])));
  };

  function acknowledge(hostState: Map<number, number>) {
    const before = pending.length;
    pending = pending.filter((clocks) => [...clocks].some(([client, clock]) => (hostState.get(client) ?? 0) < clock));
    if (pending.length !== before) options.changed();
  }

  function attach(pair: { doc: Y.Doc; awareness: awarenessProtocol.Awareness }) {
    attached = pair;
    pair.doc.on('update', onDocUpdate);
    pair.awareness.on('update', onAwarenessUpdate);
  }

  function onWelcome() {
    if (!attached) attach(options.attach(roomId!));
    const { doc, awareness } = attached!;
    everJoined = true;
    wait = backoff.first;
    send(encodeMessage(MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, doc)));
    send(encodeBytes(MESSAGE_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])));
    setConnection('online');
    settle!.resolve();
  }

  function receive(plain: Uint8Array) {
    const decoder = decoding.createDecoder(plain);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_WELCOME) {
      clearTimeout(welcomeTimer);
      return onWelcome();
    }
    if (!attached) return;
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, reply, attached.doc, link);
      if (encoding.length(reply) > 1) send(encoding.toUint8Array(reply));
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(attached.awareness, decoding.readVarUint8Array(decoder), link);
    } else if (type === MESSAGE_CLOSED) {
      closedByHost = true;
      forgetOthers();
      stop();
      setConnection('offline');
      options.changed();
    } else if (type === MESSAGE_ACK) {
      acknowledge(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
    }
  }

  async function onClearHello(text: string, ws: WebSocket) {
    const hello = readClearHello(text);
    if (!hello) return fail(new AppError('room_unreachable', { address: options.address }));
    if (hello.version !== PROTOCOL_VERSION) return fail(new AppError('room_refused', { reason: 'room_version' }));
    if (roomId !== null && hello.roomId !== roomId) return fail(new AppError('room_refused', { reason: 'room_other' }));
    if (!key) key = await deriveRoomKey(options.code, hello.roomId);
    roomId = hello.roomId;
    if (ws !== socket) return;
    send(encodeJson(MESSAGE_HELLO, { version: PROTOCOL_VERSION, laptopId: options.laptopId, name: options.name, role: options.role, challenge: hello.challenge }));
  }

  /** Who else is in the room is unknown while offline. */
  function forgetOthers() {
    if (!attached) return;
    const others = [...attached.awareness.getStates().keys()].filter((id) => id !== attached!.doc.clientID);
    awarenessProtocol.removeAwarenessStates(attached.awareness, others, link);
  }

  function onClose(ws: WebSocket, code: number) {
    if (ws !== socket) return;
    socket = null;
    if (closed) return;
    forgetOthers();
    if (code === CLOSE.badFrame) return fail(new AppError('room_code_wrong'));
    if (code === CLOSE.version) return fail(new AppError('room_refused', { reason: 'room_version' }));
    if (!everJoined) {
      return fail(code === CLOSE.full ? new AppError('room_refused', { reason: 'room_full' }) : new AppError('room_unreachable', { address: options.address }));
    }
    setConnection('offline');
    retry = setTimeout(connect, wait);
    wait = Math.min(wait * 2, backoff.max);
  }

  function connect() {
    retry = null;
    if (closed) return;
    setConnection('connecting');
    const ws = new WebSocket(`ws://${options.address}/`, { maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false, handshakeTimeout: connectTimeoutMs });
    socket = ws;
    let seenClear = false;
    // Something that accepts the WebSocket but never speaks the room's protocol is given up on.
    clearTimeout(welcomeTimer);
    welcomeTimer = setTimeout(() => ws.terminate(), 2 * connectTimeoutMs);
    welcomeTimer.unref();
    ws.on('open', () => keepAlive(ws, options.heartbeatMs));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = Buffer.isBuffer(data) ? data : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
      if (!seenClear) {
        seenClear = true;
        if (isBinary) return fail(new AppError('room_unreachable', { address: options.address }));
        void onClearHello(bytes.toString('utf8'), ws).catch(() => fail(new AppError('room_unreachable', { address: options.address })));
        return;
      }
      const plain = key && isBinary ? open(key, 'to-member', bytes) : null;
      if (!plain) {
        ws.close(CLOSE.badFrame);
        return;
      }
      try {
        receive(plain);
      } catch {
        ws.close(CLOSE.protocol);
      }
    });
    ws.on('close', (code: number) => {
      if (ws === socket) clearTimeout(welcomeTimer);
      onClose(ws, code);
    });
    ws.on('error', () => {});
  }

  function stop() {
    closed = true;
    clearTimeout(welcomeTimer);
    if (retry) clearTimeout(retry);
    retry = null;
    if (socket) {
      // A host that does not answer the close frame (frozen, or gone from the network without a
      // word) would hold the socket, and the process with it, for ws's 30 s close timeout.
      const leaving = socket;
      leaving.close();
      const cut = setTimeout(() => leaving.terminate(), CLOSE_GRACE_MS);
      leaving.once('close', () => clearTimeout(cut));
    }
    socket = null;
    if (attached) {
      attached.doc.off('update', onDocUpdate);
      attached.awareness.off('update', onAwarenessUpdate);
    }
  }

  const link: MemberLink = {
    joined,
    connection: () => connection,
    pending: () => pending.length,
    roomId: () => roomId,
    closedByHost: () => closedByHost,
    drop() {
      socket?.terminate();
    },
    close() {
      stop();
      setConnection('offline');
    },
  };
  if (options.resume) {
    roomId = options.resume.roomId;
    attach(options.resume);
    everJoined = true;
    settle!.resolve();
  }
  connect();
  return link;
}
