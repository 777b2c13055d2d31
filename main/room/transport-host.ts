import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { open, seal } from './transport-crypto.js';
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
  readHello,
  type ClearHello,
  type Hello,
} from './transport-messages.js';

export interface RoomServerOptions {
  /** The address to listen on: the LAN (0.0.0.0), one interface, or 127.0.0.1 (tests, one machine). */
  bind: string;
  /** 0: any free port. */
  port: number;
  roomId: string;
  key: Buffer;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Laptops connected at once; one more is refused (CLOSE.full). */
  maxConnections?: number;
  /** A connection that sends no valid hello in this time is closed. */
  helloTimeoutMs?: number;
  /** The heartbeat (transport-heartbeat.ts): a member silent for two of these is dropped. */
  heartbeatMs?: number;
}

export interface RoomServer {
  port: number;
  address: string;
  /** The members connected now (their hellos). */
  members(): Hello[];
  /**
   * Closes every connection (CLOSE.roomClosed) and stops listening: the port refuses connections after.
   * `for good` (room.close) first tells each member the room is closed, so it stops reconnecting; a host
   * only stopping (the process ends, it reopens the room at its next start) does not.
   */
  close(forGood?: boolean): Promise<void>;
}

interface Member {
  socket: WebSocket;
  hello: Hello | null;
  /** The awareness client ids this connection speaks for: removed when it goes. */
  controlled: Set<number>;
}

/**
 * Adds a doc update listener ahead of those already there. The host's replica (main/sync) listens
 * before the room opens, and writes each member's change into this laptop's SQLite in its listener,
 * waiting for the disk; relayed first, a change reaches the other members without that wait (a
 * note from one secretary to the other: one commit less on the way). The member's acknowledgement
 * still goes after every listener has run, so it still means the host has stored the change.
 */
function listenFirst(doc: Y.Doc, listener: (update: Uint8Array, origin: unknown) => void): void {
  const before = [...((doc._observers.get('update') as Set<(...args: unknown[]) => void> | undefined) ?? [])];
  for (const other of before) doc.off('update', other);
  doc.on('update', listener);
  for (const other of before) doc.on('update', other);
}

/**
 * The host's side of the room: a `ws` server on its own port, open only while the room is. It keeps
 * the room's Y.Doc and awareness in step with every member through y-protocols, every frame sealed
 * under the room key. A connection gets the room id and a challenge in clear, and nothing of the
 * document until its hello opens under the key.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const { doc, awareness, key } = options;
  const maxConnections = options.maxConnections ?? 32;
  const helloTimeoutMs = options.helloTimeoutMs ?? 10_000;
  const wss = new WebSocketServer({ host: options.bind, port: options.port, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    wss.once('error', reject);
    wss.once('listening', () => {
      wss.off('error', reject);
      resolve();
    });
  });
  // After listening, an error belongs to one connection, never to the host.
  wss.on('error', () => {});
  const members = new Set<Member>();

  const send = (member: Member, message: Uint8Array) => {
    if (member.socket.readyState === member.socket.OPEN) member.socket.send(seal(key, 'to-member', message));
  };
  const broadcast = (message: Uint8Array, except?: unknown) => {
    for (const member of members) if (member.hello && member !== except) send(member, message);
  };

  const onDocUpdate = (update: Uint8Array, origin: unknown) => {
    broadcast(
      encodeMessage(MESSAGE_SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update)),
      origin,
    );
  };
  const onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const member = [...members].find((m) => m === origin);
    if (member) {
      added.forEach((id) => member.controlled.add(id));
      removed.forEach((id) => member.controlled.delete(id));
    }
    const changed = [...added, ...updated, ...removed];
    broadcast(encodeBytes(MESSAGE_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(awareness, changed)));
  };
  listenFirst(doc, onDocUpdate);
  awareness.on('update', onAwarenessUpdate);

  function welcome(member: Member) {
    send(member, encodeJson(MESSAGE_WELCOME, { roomId: options.roomId }));
    send(member, encodeMessage(MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, doc)));
    const states = [...awareness.getStates().keys()];
    if (states.length > 0) send(member, encodeBytes(MESSAGE_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(awareness, states)));
  }

  /** One sealed message from an accepted member: sync, awareness; anything else ends the connection. */
  function receive(member: Member, decoder: decoding.Decoder, type: number) {
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, reply, doc, member);
      if (encoding.length(reply) > 1) send(member, encoding.toUint8Array(reply));
      // What this laptop sent is now the host's: its state vector lets the member count what is still pending.
      if (kind !== syncProtocol.messageYjsSyncStep1) send(member, encodeBytes(MESSAGE_ACK, Y.encodeStateVector(doc)));
      return;
    }
    if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), member);
      return;
    }
    member.socket.close(CLOSE.protocol);
  }

  wss.on('connection', (socket: WebSocket) => {
    if (members.size >= maxConnections) {
      socket.close(CLOSE.full);
      return;
    }
    const member: Member = { socket, hello: null, controlled: new Set() };
    members.add(member);
    keepAlive(socket, options.heartbeatMs);
    const challenge = randomBytes(16).toString('hex');
    const clear: ClearHello = { convene: 'room', version: PROTOCOL_VERSION, roomId: options.roomId, challenge };
    socket.send(JSON.stringify(clear));
    const helloTimer = setTimeout(() => socket.close(CLOSE.protocol), helloTimeoutMs);
    helloTimer.unref();

    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        socket.close(CLOSE.protocol);
        return;
      }
      const plain = open(key, 'to-host', Buffer.isBuffer(data) ? data : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]));
      if (!plain) {
        // A wrong code or an altered frame: refused, and nothing of the document was or will be sent.
        socket.close(CLOSE.badFrame);
        return;
      }
      try {
        const decoder = decoding.createDecoder(plain);
        const type = decoding.readVarUint(decoder);
        if (member.hello) {
          receive(member, decoder, type);
          return;
        }
        const hello = type === MESSAGE_HELLO ? readHello(decoder) : null;
        if (!hello || hello.challenge !== challenge) {
          socket.close(hello ? CLOSE.badFrame : CLOSE.protocol);
          return;
        }
        if (hello.version !== PROTOCOL_VERSION) {
          socket.close(CLOSE.version);
          return;
        }
        clearTimeout(helloTimer);
        member.hello = hello;
        welcome(member);
      } catch {
        // A sealed frame that does not decode: a broken or hostile peer.
        socket.close(CLOSE.protocol);
      }
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      members.delete(member);
      if (member.controlled.size > 0) awarenessProtocol.removeAwarenessStates(awareness, [...member.controlled], null);
    });
    socket.on('error', () => {});
  });

  const address = wss.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    port: address.port,
    address: address.address,
    members: () => [...members].flatMap((m) => (m.hello ? [m.hello] : [])),
    close(forGood = false) {
      closing ??= new Promise<void>((resolve) => {
        doc.off('update', onDocUpdate);
        awareness.off('update', onAwarenessUpdate);
        if (forGood) broadcast(encodeMessage(MESSAGE_CLOSED, () => {}));
        for (const member of members) member.socket.close(CLOSE.roomClosed);
        // A member that does not answer the close is cut off, so closing never hangs on one laptop.
        const cut = setTimeout(() => members.forEach((m) => m.socket.terminate()), 1_000);
        wss.close(() => {
          clearTimeout(cut);
          resolve();
        });
      });
      return closing;
    },
  };
}
