import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RoomConnection } from '../../shared/contract/channels-room.js';
import { deriveRoomKey, formatRoomCode, newRoomCode, open, seal } from '../../main/room/transport-crypto.js';
import { startRoomServer, type RoomServer, type RoomServerOptions } from '../../main/room/transport-host.js';
import { connectMember, type MemberLink } from '../../main/room/transport-member.js';
import { CLOSE, encodeJson, encodeMessage, MESSAGE_HELLO, MESSAGE_SYNC, MESSAGE_WELCOME, PROTOCOL_VERSION } from '../../main/room/transport-messages.js';

/**
 * The room's wire, on 127.0.0.1: what an outsider sees (the room id in clear, then a close), that an
 * altered frame is refused, and that a member reconnects by itself and catches up, counting its
 * unacknowledged changes meanwhile.
 */
const ROOM_ID = 'room-test-1';
const CODE = 'ABCD0123XY';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function host(port = 0, doc = new Y.Doc(), limits: Pick<RoomServerOptions, 'maxConnections' | 'helloTimeoutMs'> = {}): Promise<{ server: RoomServer; doc: Y.Doc; awareness: Awareness }> {
  const awareness = new Awareness(doc);
  awareness.setLocalState({ laptopId: 'host', name: 'Host', role: 'runner' });
  const server = await startRoomServer({ bind: '127.0.0.1', port, roomId: ROOM_ID, key: await deriveRoomKey(CODE, ROOM_ID), doc, awareness, ...limits });
  cleanups.push(() => server.close(), () => awareness.destroy());
  return { server, doc, awareness };
}

function member(port: number, code = CODE): { link: MemberLink; doc: Y.Doc; seen: RoomConnection[] } {
  const doc = new Y.Doc();
  const seen: RoomConnection[] = [];
  const link = connectMember({
    address: `127.0.0.1:${port}`,
    code,
    laptopId: 'member-1',
    name: 'Secretary',
    role: 'secretary',
    backoffMs: { first: 50, max: 200 },
    attach: () => ({ doc, awareness: new Awareness(doc) }),
    changed: () => {
      if (seen.at(-1) !== link.connection()) seen.push(link.connection());
    },
  });
  cleanups.push(() => link.close());
  return { link, doc, seen };
}

/** A raw client: every frame it receives (text as string, binary as bytes) and how it was closed. */
function rawClient(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
  const frames: (string | Buffer)[] = [];
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('message', (data, isBinary) => frames.push(isBinary ? (data as Buffer) : (data as Buffer).toString('utf8')));
  cleanups.push(() => ws.terminate());
  const next = async () => {
    const count = frames.length;
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(count));
    return frames[count]!;
  };
  return { ws, frames, closed, next };
}

describe('room code', () => {
  it('is ten Crockford base-32 characters, shown XXXX-XXXX-XX', () => {
    const codes = Array.from({ length: 200 }, newRoomCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(new Set(codes).size).toBe(200);
    expect(formatRoomCode('ABCD0123XY')).toBe('ABCD-0123-XY');
  });

  it('seals frames that only the same key and direction open', async () => {
    const key = await deriveRoomKey(CODE, ROOM_ID);
    const sealed = seal(key, 'to-host', new Uint8Array([1, 2, 3]));
    expect([...open(key, 'to-host', sealed)!]).toEqual([1, 2, 3]);
    expect(open(key, 'to-member', sealed)).toBeNull();
    expect(open(await deriveRoomKey('ABCD0123XZ', ROOM_ID), 'to-host', sealed)).toBeNull();
    expect(open(await deriveRoomKey(CODE, 'another-room'), 'to-host', sealed)).toBeNull();
    // Two seals of the same bytes differ (a fresh nonce each).
    expect(seal(key, 'to-host', new Uint8Array([1, 2, 3])).equals(sealed)).toBe(false);
  });
});

describe('the host refuses outsiders', () => {
  it('gives a client without the code the room id in clear and a close, and no byte of the document', async () => {
    const { server, doc } = await host();
    doc.getText('notes').insert(0, 'SECRET-NOTE-TEXT');
    const raw = rawClient(server.port);
    const first = await raw.next();
    expect(JSON.parse(first as string)).toMatchObject({ convene: 'room', version: PROTOCOL_VERSION, roomId: ROOM_ID });
    // A hello sealed under a wrong code.
    const wrong = await deriveRoomKey('ZZZZZZZZZZ', ROOM_ID);
    raw.ws.send(seal(wrong, 'to-host', encodeJson(MESSAGE_HELLO, { version: PROTOCOL_VERSION, laptopId: 'x', name: 'x', role: 'secretary', challenge: JSON.parse(first as string).challenge })));
    expect(await raw.closed).toBe(CLOSE.badFrame);
    expect(raw.frames).toEqual([first]);
    expect(String(first)).not.toContain('SECRET');
  });

  it('closes on bytes that are not a sealed frame', async () => {
    const { server } = await host();
    const raw = rawClient(server.port);
    await raw.next();
    raw.ws.send(Buffer.from('not a sealed frame at all, just bytes'));
    expect(await raw.closed).toBe(CLOSE.badFrame);
    expect(raw.frames).toHaveLength(1);
  });

  it('refuses a tampered frame from a laptop that has the code', async () => {
    const { server, doc } = await host();
    const key = await deriveRoomKey(CODE, ROOM_ID);
    const raw = rawClient(server.port);
    const clear = JSON.parse((await raw.next()) as string) as { challenge: string };
    raw.ws.send(seal(key, 'to-host', encodeJson(MESSAGE_HELLO, { version: PROTOCOL_VERSION, laptopId: 'm', name: 'M', role: 'secretary', challenge: clear.challenge })));
    const welcome = open(key, 'to-member', (await raw.next()) as Buffer)!;
    expect(decoding.readVarUint(decoding.createDecoder(welcome))).toBe(MESSAGE_WELCOME);
    // A real update, sealed, then one bit flipped on the way.
    const edit = new Y.Doc();
    edit.getText('notes').insert(0, 'forged');
    const frame = seal(key, 'to-host', encodeMessage(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(edit))));
    frame[20]! ^= 0x01;
    raw.ws.send(frame);
    expect(await raw.closed).toBe(CLOSE.badFrame);
    expect(doc.getText('notes').toString()).toBe('');
  });

  it('refuses a hello replayed on another connection (its challenge is another)', async () => {
    const { server } = await host();
    const key = await deriveRoomKey(CODE, ROOM_ID);
    const raw = rawClient(server.port);
    await raw.next();
    raw.ws.send(seal(key, 'to-host', encodeJson(MESSAGE_HELLO, { version: PROTOCOL_VERSION, laptopId: 'm', name: 'M', role: 'secretary', challenge: 'recorded-elsewhere' })));
    expect(await raw.closed).toBe(CLOSE.badFrame);
    expect(raw.frames).toHaveLength(1);
  });

  it('closes a connection that sends no hello in time', async () => {
    const { server } = await host(0, new Y.Doc(), { helloTimeoutMs: 100 });
    const raw = rawClient(server.port);
    expect(await raw.closed).toBe(CLOSE.protocol);
    expect(raw.frames).toHaveLength(1);
  });

  it('refuses more connections than the room takes', async () => {
    const { server } = await host(0, new Y.Doc(), { maxConnections: 1 });
    const one = rawClient(server.port);
    await one.next();
    const two = rawClient(server.port);
    expect(await two.closed).toBe(CLOSE.full);
  });
});

describe('a member', () => {
  it('gives up on something that accepts the WebSocket but never speaks the room protocol: room_unreachable', async () => {
    const silent = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => silent.once('listening', resolve));
    cleanups.push(() => new Promise((resolve) => silent.close(resolve)), () => silent.clients.forEach((c) => c.terminate()));
    const port = (silent.address() as { port: number }).port;
    const link = connectMember({ address: `127.0.0.1:${port}`, code: CODE, laptopId: 'x', name: 'x', role: 'viewer', connectTimeoutMs: 200, attach: () => ({ doc: new Y.Doc(), awareness: new Awareness(new Y.Doc()) }), changed: () => {} });
    cleanups.push(() => link.close());
    await expect(link.joined).rejects.toMatchObject({ code: 'room_unreachable' });
  });

  it('reconnects by itself after its socket drops (offline → connecting → online) and converges', async () => {
    const { server, doc: hostDoc } = await host();
    const m = member(server.port);
    await m.link.joined;
    expect(m.link.connection()).toBe('online');
    m.link.drop();
    hostDoc.getText('notes').insert(0, 'while you were away');
    await vi.waitFor(() => expect(m.doc.getText('notes').toString()).toBe('while you were away'));
    expect(m.link.connection()).toBe('online');
    expect(m.seen.slice(-3)).toEqual(['offline', 'connecting', 'online']);
  });

  it('gets another member’s change relayed before the host’s own listeners run (its SQLite bridge): even a failing one does not hold it back', async () => {
    // As in the room: the host's replica listens to the doc before the server opens over it.
    const hostDoc = new Y.Doc();
    let failed = 0;
    hostDoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== null && typeof origin === 'object' && failed++ === 0) throw new Error('the host’s disk is full');
    });
    const { server } = await host(0, hostDoc);
    const writer = member(server.port);
    const reader = member(server.port);
    await Promise.all([writer.link.joined, reader.link.joined]);
    writer.doc.getText('notes').insert(0, '王局长：');
    await vi.waitFor(() => expect(reader.doc.getText('notes').toString()).toBe('王局长：'));
    expect(failed).toBe(1);
    expect(hostDoc.getText('notes').toString()).toBe('王局长：');
  });

  it('counts its changes as pending while the host is away, and back to 0 once the host acknowledges them', async () => {
    const first = await host();
    const port = first.server.port;
    const m = member(port);
    await m.link.joined;
    m.doc.getText('notes').insert(0, 'a');
    await vi.waitFor(() => expect(m.link.pending()).toBe(0));
    expect(first.doc.getText('notes').toString()).toBe('a');

    // The host goes away (its process stops); the member keeps writing.
    await first.server.close();
    await vi.waitFor(() => expect(m.link.connection()).not.toBe('online'));
    m.doc.getText('notes').insert(1, 'b');
    m.doc.getText('notes').insert(2, 'c');
    m.doc.getMap('task').set('status', 'done');
    expect(m.link.pending()).toBe(3);

    // The host comes back on the same port with its document: the member reconnects, re-syncs, is acknowledged.
    const again = await host(port, first.doc);
    await vi.waitFor(() => expect(m.link.pending()).toBe(0));
    expect(m.link.connection()).toBe('online');
    expect(again.doc.getText('notes').toString()).toBe('abc');
    expect(again.doc.getMap('task').get('status')).toBe('done');
  });

  it('with a wrong code, fails its join with room_code_wrong and never attaches a document', async () => {
    const { server } = await host();
    const attach = vi.fn(() => ({ doc: new Y.Doc(), awareness: new Awareness(new Y.Doc()) }));
    const link = connectMember({ address: `127.0.0.1:${server.port}`, code: 'WRONG00000', laptopId: 'x', name: 'x', role: 'viewer', attach, changed: () => {} });
    cleanups.push(() => link.close());
    await expect(link.joined).rejects.toMatchObject({ code: 'room_code_wrong' });
    expect(attach).not.toHaveBeenCalled();
    expect(link.connection()).toBe('offline');
  });
});
