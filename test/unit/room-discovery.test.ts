import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscoveredRoom, RoomStatus } from '../../shared/contract/channels-room.js';
import { announcementRecord, discoveredRoom, type AnnouncementRecord, type FoundService, type RoomBrowser } from '../../main/room/discovery.js';
import { startHttpHost } from '../../main/host/http.js';
import { isLoopbackBind } from '../../main/room/room-service.js';
import { laptop, makeSession, type Laptop } from '../helpers/room.js';
import { tempDir } from '../helpers/runtime.js';

/**
 * Discovery without the network: the announcement is a pure record, the browser an injected fake
 * that emits records (tests never multicast). And the room's channels through the HTTP host.
 */
const open: Laptop[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

function fakeBrowser(): RoomBrowser & { up(found: FoundService): void; down(found: FoundService): void; stopped: boolean } {
  let listeners: { up: (f: FoundService) => void; down: (f: FoundService) => void } | null = null;
  const fake = {
    stopped: false,
    browse(up: (f: FoundService) => void, down: (f: FoundService) => void) {
      listeners = { up, down };
      return () => (fake.stopped = true);
    },
    up: (found: FoundService) => listeners?.up(found),
    down: (found: FoundService) => listeners?.down(found),
  };
  return fake;
}

describe('the room announcement', () => {
  it('is a _convene._tcp record whose TXT names the room, session, laptop, port and protocol version', () => {
    expect(announcementRecord({ roomId: '0f8e7d6c-aaaa-bbbb', sessionTitle: '产业研讨会', laptopName: '会务组', port: 47_001 })).toEqual({
      name: '会务组 (0f8e7d6c)',
      type: 'convene',
      protocol: 'tcp',
      port: 47_001,
      txt: { id: '0f8e7d6c-aaaa-bbbb', title: '产业研讨会', laptop: '会务组', port: '47001', v: '1' },
    });
  });

  it('reads a found service back into what the join screen lists, preferring an IPv4 address', () => {
    const record = announcementRecord({ roomId: 'r1', sessionTitle: '研讨会', laptopName: '会务组', port: 4000 });
    expect(discoveredRoom({ name: record.name, addresses: ['fe80::1', '192.168.1.20'], port: 4000, txt: record.txt })).toEqual({ name: '会务组', sessionTitle: '研讨会', address: '192.168.1.20:4000' });
    expect(discoveredRoom({ name: record.name, addresses: ['fe80::1'], port: 4000, txt: record.txt })?.address).toBe('[fe80::1]:4000');
    // Another protocol version, or not a room at all: not listed.
    expect(discoveredRoom({ name: 'x', addresses: ['10.0.0.2'], port: 1, txt: { ...record.txt, v: '99' } })).toBeNull();
    expect(discoveredRoom({ name: 'printer', addresses: ['10.0.0.3'], port: 631, txt: {} })).toBeNull();
  });
});

describe('room.discovered', () => {
  it('lists what the injected browser found, and drops what went', async () => {
    const browser = fakeBrowser();
    const l = laptop({ discovery: { browser } });
    open.push(l);
    const list = async () => ((await l.room.call('room.discovered', {})) as { value: DiscoveredRoom[] }).value;
    expect(await list()).toEqual([]);
    const a = announcementRecord({ roomId: 'room-a', sessionTitle: '第一次研讨会', laptopName: '甲电脑', port: 4001 });
    const b = announcementRecord({ roomId: 'room-b', sessionTitle: 'Second seminar', laptopName: 'Laptop B', port: 4002 });
    browser.up({ name: a.name, addresses: ['192.168.0.5'], port: a.port, txt: a.txt });
    browser.up({ name: b.name, addresses: ['192.168.0.6'], port: b.port, txt: b.txt });
    expect(await list()).toEqual([
      { name: '甲电脑', sessionTitle: '第一次研讨会', address: '192.168.0.5:4001' },
      { name: 'Laptop B', sessionTitle: 'Second seminar', address: '192.168.0.6:4002' },
    ]);
    browser.down({ name: a.name, port: a.port });
    expect((await list()).map((r) => r.name)).toEqual(['Laptop B']);
    await l.room.close();
    expect(browser.stopped).toBe(true);
  });

  it('is empty when discovery is off', async () => {
    const l = laptop();
    open.push(l);
    expect(await l.room.call('room.discovered', {})).toEqual({ ok: true, value: [] });
  });

  it('never announces a room bound to loopback', async () => {
    const published: AnnouncementRecord[] = [];
    const l = laptop({ discovery: { announcer: { publish: (record) => (published.push(record), () => {}) } } });
    open.push(l);
    const sessionId = makeSession(l.rt);
    expect((await l.room.call('room.open', { sessionId, name: '会务组' })).ok).toBe(true);
    expect(published).toEqual([]);
  });

  it('announces from any address but loopback (the rule, checked without binding one)', () => {
    for (const bind of ['127.0.0.1', '127.0.1.1', '::1', 'localhost']) expect(isLoopbackBind(bind)).toBe(true);
    for (const bind of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.2']) expect(isLoopbackBind(bind)).toBe(false);
  });
});

describe('the room through the HTTP host', () => {
  it('answers POST /api/call/room.status and room.open with the room service behind the loopback host', async () => {
    const l = laptop();
    open.push(l);
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startHttpHost({ core: l.room, staticDir });
    try {
      const post = async (channel: string, input: unknown) => {
        const res = await fetch(`http://127.0.0.1:${host.port}/api/call/${channel}`, { method: 'POST', headers: { 'X-Convene-Token': host.token, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
        return (await res.json()) as { ok: boolean; value: RoomStatus };
      };
      expect(await post('room.status', {})).toMatchObject({ ok: true, value: { state: 'none', peers: [] } });
      const sessionId = makeSession(l.rt);
      const opened = await post('room.open', { sessionId, name: '会务组' });
      expect(opened).toMatchObject({ ok: true, value: { state: 'hosting', sessionId } });
      expect((await post('room.status', {})).value.code).toBe(opened.value.code);
    } finally {
      await host.close();
      fs.rmSync(staticDir, { recursive: true, force: true });
    }
  });
});
