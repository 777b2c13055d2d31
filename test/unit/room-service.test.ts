import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomStatus } from '../../shared/contract/channels-room.js';
import { ROOM_CODE_PATTERN, normaliseRoomCode } from '../../shared/contract/channels-room.js';
import type { Result } from '../../shared/contract/result.js';
import { createRoomService } from '../../main/room/room-service.js';
import { bareReplicas, laptop, makeSession, type Laptop } from '../helpers/room.js';
import { tempDir, testRuntime } from '../helpers/runtime.js';

/**
 * Room services in one process, over real WebSockets on 127.0.0.1, with replicas over bare Y.Docs
 * (main/sync's bridge to SQLite is tested on its own): what one laptop writes reaches the others,
 * only the right code gets in, closing the room closes its port.
 */
const open: Laptop[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});
function make(...args: Parameters<typeof laptop>): Laptop {
  const l = laptop(...args);
  open.push(l);
  return l;
}
function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function hostRoom(): Promise<{ host: Laptop; status: RoomStatus; sessionId: string }> {
  const host = make();
  const sessionId = makeSession(host.rt);
  const status = value<RoomStatus>(await host.room.call('room.open', { sessionId, name: '会务组电脑' }));
  return { host, status, sessionId };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });

describe('without the room service', () => {
  it('a plain service answers room.status "none", room.discovered [], and refuses the rest with room_unavailable; the core does not know room channels', async () => {
    const rt = testRuntime();
    try {
      expect(value<RoomStatus>(await rt.service.call('room.status', {}))).toMatchObject({ state: 'none', roomId: null, peers: [], pending: 0 });
      expect(await rt.service.call('room.discovered', {})).toEqual({ ok: true, value: [] });
      expect(await rt.service.call('room.open', { sessionId: 'x', name: 'n' })).toEqual({ ok: false, error: { code: 'room_unavailable' } });
      expect(await rt.service.call('room.leave', {})).toEqual({ ok: false, error: { code: 'room_unavailable' } });
      expect(rt.core.call('room.status', {})).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: 'room.status' } } });
    } finally {
      rt.cleanup();
    }
  });
});

describe('a room on loopback', () => {
  it('opens with an address on 127.0.0.1 and a code XXXX-XXXX-XX', async () => {
    const { status, sessionId } = await hostRoom();
    expect(status).toMatchObject({ state: 'hosting', sessionId, role: 'runner', connection: 'online', pending: 0 });
    expect(status.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(status.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(ROOM_CODE_PATTERN.test(normaliseRoomCode(status.code!))).toBe(true);
    expect(status.joinLink).toBe(`convene://room?address=${encodeURIComponent(status.address!)}&code=${status.code}`);
  });

  it('keeps three laptops in step: text and map edits on any one reach the others, and each lists the others with their roles', async () => {
    const { host, status, sessionId } = await hostRoom();
    const secretary = make();
    const viewer = make();
    const joined = value<RoomStatus>(await secretary.room.call('room.join', { address: status.address, code: status.code, name: '秘书处电脑', role: 'secretary' }));
    expect(joined).toMatchObject({ state: 'joined', roomId: status.roomId, role: 'secretary', connection: 'online' });
    await viewer.room.call('room.join', { address: status.address, code: status.code!.toLowerCase().replace(/-/g, ' '), name: 'Projector', role: 'viewer' });

    // The member's copy holds the host's session once synced.
    await vi.waitFor(() => expect(secretary.room.status().sessionId).toBe(sessionId));
    secretary.doc().getText('notes').insert(0, '王局长：');
    host.doc().getMap('run').set('speaker', 'p-1');
    viewer.doc().getText('notes').insert(0, '——');
    for (const l of [host, secretary, viewer]) {
      await vi.waitFor(() => {
        expect(l.doc().getMap('run').get('speaker')).toBe('p-1');
        expect(l.doc().getText('notes').toString()).toHaveLength('王局长：——'.length);
      });
    }
    const texts = [host, secretary, viewer].map((l) => l.doc().getText('notes').toString());
    expect(new Set(texts).size).toBe(1);

    await vi.waitFor(() => expect(host.room.status().peers).toHaveLength(3));
    const hostPeers = host.room.status().peers;
    // This laptop first, then the others.
    expect(hostPeers[0]).toMatchObject({ name: '会务组电脑', role: 'runner', self: true, online: true });
    expect(hostPeers.slice(1).map((p) => [p.name, p.role, p.self, p.online]).sort()).toEqual([
      ['Projector', 'viewer', false, true],
      ['秘书处电脑', 'secretary', false, true],
    ]);
    await vi.waitFor(() => expect(viewer.room.status().peers.map((p) => p.role).sort()).toEqual(['runner', 'secretary', 'viewer']));

    // A member that leaves goes from everyone's list.
    value(await viewer.room.call('room.leave', {}));
    expect(viewer.room.status().state).toBe('none');
    await vi.waitFor(() => expect(host.room.status().peers.map((p) => p.role).sort()).toEqual(['runner', 'secretary']));
  });

  it('answers a join once the session is copied: the status names the host’s session, so the laptop lands on it', async () => {
    const { status, sessionId } = await hostRoom();
    const secretary = make();
    const joined = value<RoomStatus>(await secretary.room.call('room.join', { address: status.address, code: status.code, name: '秘书处电脑', role: 'secretary' }));
    expect(joined).toMatchObject({ state: 'joined', sessionId, role: 'secretary' });
  });

  it('refuses a wrong code: the joining laptop gets room_code_wrong and nothing of the document', async () => {
    const { host, status } = await hostRoom();
    host.doc().getText('notes').insert(0, '机密');
    const stranger = make();
    const result = await stranger.room.call('room.join', { address: status.address, code: 'ZZZZ-ZZZZ-ZZ', name: 'Stranger', role: 'secretary' });
    expect(result).toEqual({ ok: false, error: { code: 'room_code_wrong' } });
    // No replica was even made: nothing of the room reached this laptop.
    expect(stranger.made).toEqual([]);
    expect(stranger.room.status().state).toBe('none');
    expect(host.room.status().peers).toHaveLength(1);
  });

  it('answers room_unreachable where no room listens', async () => {
    const { host, status } = await hostRoom();
    const port = Number(status.address!.split(':')[1]);
    value(await host.room.call('room.close', {}));
    const member = make();
    expect(await member.room.call('room.join', { address: `127.0.0.1:${port}`, code: status.code, name: 'Late', role: 'secretary' })).toEqual({
      ok: false,
      error: { code: 'room_unreachable', params: { address: `127.0.0.1:${port}` } },
    });
  });

  it('stops listening when the host closes the room', async () => {
    const { host, status } = await hostRoom();
    const port = Number(status.address!.split(':')[1]);
    expect(await refusesConnections(port)).toBe(false);
    expect(value<RoomStatus>(await host.room.call('room.close', {})).state).toBe('none');
    expect(await refusesConnections(port)).toBe(true);
    // Closing again, or leaving, is refused by name.
    expect(await host.room.call('room.close', {})).toEqual({ ok: false, error: { code: 'room_not_open' } });
    expect(await host.room.call('room.leave', {})).toEqual({ ok: false, error: { code: 'room_not_open' } });
  });

  it('members learn the host closed the room and stop reconnecting; a host only stopping (its process ends) is retried', async () => {
    const quick = { backoffMs: { first: 20, max: 20 } };
    const closing = await hostRoom();
    const stopping = await hostRoom();
    const told = make(quick);
    const left = make(quick);
    value(await told.room.call('room.join', { address: closing.status.address, code: closing.status.code, name: 'Told', role: 'secretary' }));
    value(await left.room.call('room.join', { address: stopping.status.address, code: stopping.status.code, name: 'Left', role: 'secretary' }));

    value(await closing.host.room.call('room.close', {}));
    await stopping.host.room.close();
    await vi.waitFor(() => expect(told.room.status()).toMatchObject({ state: 'joined', connection: 'offline', closedByHost: true }));
    expect(left.room.status()).toMatchObject({ state: 'joined', closedByHost: false });

    // Listeners on both old ports count who still knocks: the stopped host's member keeps trying, the told one never does.
    const knocks = new Map<number, number>();
    const listeners = [closing, stopping].map(({ status }) => {
      const port = Number(status.address!.split(':')[1]);
      knocks.set(port, 0);
      const server = net.createServer((socket) => {
        knocks.set(port, knocks.get(port)! + 1);
        socket.destroy();
      });
      return { port, server, listening: new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)) };
    });
    try {
      await Promise.all(listeners.map((l) => l.listening));
      await vi.waitFor(() => expect(knocks.get(listeners[1]!.port)).toBeGreaterThanOrEqual(5), { timeout: 10_000 });
      expect(knocks.get(listeners[0]!.port)).toBe(0);
      expect(told.room.status()).toMatchObject({ connection: 'offline', closedByHost: true });
    } finally {
      await Promise.all(listeners.map((l) => new Promise((resolve) => l.server.close(resolve))));
    }
    // Leaving clears it: the local copy stays, the room is gone from this laptop.
    expect(value<RoomStatus>(await told.room.call('room.leave', {}))).toMatchObject({ state: 'none', closedByHost: false });
  });

  it('refuses a second room while one is open, and an unknown session', async () => {
    const { host, status, sessionId } = await hostRoom();
    expect(await host.room.call('room.open', { sessionId, name: 'again' })).toEqual({ ok: false, error: { code: 'room_already_open' } });
    expect(await host.room.call('room.join', { address: status.address, code: status.code, name: 'x', role: 'viewer' })).toEqual({ ok: false, error: { code: 'room_already_open' } });
    const other = make();
    expect(await other.room.call('room.open', { sessionId: 'missing', name: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('on a member, refuses the run’s writes (room_run_elsewhere) and still reads run.state; other channels pass through', async () => {
    const { status } = await hostRoom();
    const member = make();
    const ownSession = makeSession(member.rt);
    value(await member.room.call('room.join', { address: status.address, code: status.code, name: '秘书', role: 'secretary' }));
    expect(await member.room.call('run.next', { sessionId: ownSession })).toEqual({ ok: false, error: { code: 'room_run_elsewhere' } });
    expect(await member.room.call('run.start', { sessionId: ownSession })).toEqual({ ok: false, error: { code: 'room_run_elsewhere' } });
    expect((await member.room.call('run.state', { sessionId: ownSession })).ok).toBe(true);
    expect((await member.room.call('programme.list', {})).ok).toBe(true);
  });

  it('announces the room topic when a laptop joins', async () => {
    const { host, status } = await hostRoom();
    const topics: string[] = [];
    host.room.subscribe((event) => topics.push(...event.topics));
    const member = make();
    value(await member.room.call('room.join', { address: status.address, code: status.code, name: '秘书', role: 'secretary' }));
    await vi.waitFor(() => expect(topics).toContain('room'));
  });

  it('validates room input like every channel', async () => {
    const l = make();
    expect(await l.room.call('room.join', { address: 'nowhere', code: 'short', name: '', role: 'runner' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await l.room.call('room.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(value<RoomStatus>(await l.room.call('room.status', {})).state).toBe('none');
  });

  it('reopens the same room (id, code, port) for the same session after a restart, and a new one after room.close', async () => {
    const stateFile = path.join(tempDir(), 'room.json');
    const host = make({ stateFile });
    const sessionId = makeSession(host.rt);
    const a = value<RoomStatus>(await host.room.call('room.open', { sessionId, name: 'Host' }));
    // The process stops (not room.close): the next run over the same data folder opens the same room.
    await host.room.close();
    const again = createRoomService({ service: host.rt.service, runtime: () => host.rt }, { bind: '127.0.0.1', replicas: bareReplicas().replicas, stateFile });
    try {
      const b = value<RoomStatus>(await again.call('room.open', { sessionId, name: 'Host' }));
      expect([b.roomId, b.code, b.address]).toEqual([a.roomId, a.code, a.address]);
      value(await again.call('room.close', {}));
      const c = value<RoomStatus>(await again.call('room.open', { sessionId, name: 'Host' }));
      expect(c.roomId).not.toBe(a.roomId);
      expect(c.code).not.toBe(a.code);
    } finally {
      await again.close();
    }
  });

  it('a member restarted while the host is away rejoins its room on the kept copy (joined, not online); without a kept copy it needs the host; room.leave forgets the room', async () => {
    const { host, status } = await hostRoom();
    const stateFile = path.join(tempDir(), 'room.json');
    const member = make({ stateFile });
    value(await member.room.call('room.join', { address: status.address, code: status.code, name: '秘书处电脑', role: 'secretary' }));
    // Both processes stop (not room.leave, not room.close): the host is gone when the member starts again.
    await member.room.close();
    await host.room.close();
    const restart = (stored: boolean) =>
      createRoomService(
        { service: member.rt.service, runtime: () => member.rt },
        { bind: '127.0.0.1', replicas: { ...bareReplicas().replicas, stored: () => stored }, stateFile, backoffMs: { first: 50, max: 400 } },
      );
    const noCopy = restart(false);
    try {
      expect(await noCopy.rejoin()).toEqual({ ok: false, error: { code: 'room_unreachable', params: { address: status.address } } });
      expect(noCopy.status().state).toBe('none');
    } finally {
      await noCopy.close();
    }
    const kept = restart(true);
    try {
      const rejoined = value<RoomStatus>((await kept.rejoin())!);
      expect(rejoined).toMatchObject({ state: 'joined', roomId: status.roomId, address: status.address, role: 'secretary' });
      expect(rejoined.connection).not.toBe('online');
      value(await kept.call('room.leave', {}));
    } finally {
      await kept.close();
    }
    const afterLeave = restart(true);
    try {
      expect(await afterLeave.rejoin()).toBeNull();
    } finally {
      await afterLeave.close();
    }
  });
});
