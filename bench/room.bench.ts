/**
 * Issue 18's room, end to end: laptops as room services (main/room) over real WebSockets on
 * 127.0.0.1 (no mDNS), each with its own data folder and runtime and main/sync's real replicas
 * (session-replicas.ts: the Y.Doc and its bridge to SQLite), all in this one process. A note is
 * added through a laptop's service (`note.create`, as its window would) and counts as shown on
 * another laptop when that laptop's core announces the `note` topic and its SQLite has the row.
 * In one process the laptops share one event loop and two cores with the bench: a figure here is
 * what all of them together cost, so it errs on the slow side of three real laptops.
 *
 * 1. Note → shown on another laptop: member → host (one hop) and member → member (through the host).
 * 2. Sustained: 3 laptops × 2 notes a second each for ROOM_BENCH_MINUTES (default 10, the issue's
 *    figure); latency p95 per minute (first against last) and the process's RSS per minute.
 * 3. At 5,000 notes: the shared document's encoded size, the process's RSS and heap.
 * 4. Catch-up: a laptop behind a TCP relay that is cut while 500 notes are added elsewhere, then
 *    restored: time until its SQLite has all 500.
 */
import net from 'node:net';
import * as Y from 'yjs';
import type { RoomStatus } from '../shared/contract/channels-room.js';
import type { Result } from '../shared/contract/result.js';
import type { RoomReplicas, SessionReplica } from '../main/room/replica.js';
import { sessionReplicas } from '../main/room/session-replicas.js';
import { laptop as testLaptop, makeSession, type Laptop } from '../test/helpers/room.js';
import { latencyFigures, latencySeries, noteArrivals, roomLog, sustained, sustainedFigures, waitFor, type DrivenLaptop } from './support/room-drive.js';
import { addFigure, percentile } from './table.js';

const LATENCY_NOTES = 200;
const SIZE_NOTES = 5_000;
const CATCH_UP = 500;
const MINUTES = Number(process.env.ROOM_BENCH_MINUTES ?? 10);
const RATE_PER_LAPTOP = 2;

const MiB = 2 ** 20;
const log = roomLog('room');

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A laptop with main/sync's replicas; `replica()` is its current one (the doc and its bridge). */
interface RealLaptop extends Laptop, DrivenLaptop {
  replica(): SessionReplica;
  noteCount(): number;
}

function realLaptop(sessionId: () => string): RealLaptop {
  const made: SessionReplica[] = [];
  const replicas: RoomReplicas = {
    host: (target, options) => {
      const r = sessionReplicas.host(target, options);
      made.push(r);
      return r;
    },
    member: (target, options) => {
      const r = sessionReplicas.member(target, options);
      made.push(r);
      return r;
    },
  };
  const base = testLaptop({ replicas });
  const notes = noteArrivals(base.rt.core.db);
  base.room.subscribe(notes.onEvent);
  return {
    ...base,
    replica() {
      const last = made.at(-1);
      if (!last) throw new Error('no replica yet');
      return last;
    },
    arrival: notes.arrival,
    noteCount: notes.noteCount,
    async addNote(text) {
      const t0 = performance.now();
      const note = value<{ id: string }>(await base.room.call('note.create', { sessionId: sessionId(), category: 'idea', text }));
      return { id: note.id, t0 };
    },
  };
}

/** A relay between a member and the host: cut() drops every connection and refuses new ones, as a Wi-Fi drop would. */
async function relay(to: string): Promise<{ address: string; cut(): void; restore(): void; close(): Promise<void> }> {
  const [host, port] = [to.slice(0, to.lastIndexOf(':')), Number(to.slice(to.lastIndexOf(':') + 1))];
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect({ host, port });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.setNoDelay(true);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function join(l: RealLaptop, address: string, code: string, name: string, sessionId: string): Promise<void> {
  value<RoomStatus>(await l.room.call('room.join', { address, code, name, role: 'secretary' }));
  await waitFor(() => l.room.status().sessionId === sessionId, `${name} to receive the session`);
}

export default async function bench(): Promise<void> {
  const laptops: RealLaptop[] = [];
  let sessionId = '';
  const make = () => {
    const l = realLaptop(() => sessionId);
    laptops.push(l);
    return l;
  };
  const relays: Awaited<ReturnType<typeof relay>>[] = [];
  try {
    // The meeting staff's laptop hosts; two secretaries join.
    const host = make();
    sessionId = makeSession(host.rt);
    const opened = value<RoomStatus>(await host.room.call('room.open', { sessionId, name: '会务组电脑' }));
    const a = make();
    const b = make();
    await join(a, opened.address!, opened.code!, '秘书甲', sessionId);
    await join(b, opened.address!, opened.code!, '秘书乙', sessionId);

    // 1. One note at a time, each shown before the next is written.
    for (const [to, label] of [
      [host, 'member → host'],
      [a, 'member → member, through the host'],
    ] as const) {
      const samples = await latencySeries(b, to, LATENCY_NOTES);
      latencyFigures(`room: a note added on one laptop → in another's database and announced (${label})`, samples, 50);
      log(`latency ${label}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);
    }

    // 2. Sustained: every laptop writes 2 notes a second; each note's time to reach the other two.
    if (MINUTES > 0) {
      const cpuMs = () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      };
      const result = await sustained([host, a, b], { minutes: MINUTES, rate: RATE_PER_LAPTOP, cpuMs, memoryMiB: () => process.memoryUsage().rss / MiB, log });
      sustainedFigures(`room sustained, 3 laptops in one process × ${RATE_PER_LAPTOP} notes/s for ${MINUTES} min`, result, 50);
      log(`sustained p95 per minute: ${result.perMinute.map((m) => percentile(m, 95).toFixed(1)).join(', ')} ms`);
    }

    // 3. Up to 5,000 notes in the session, written by the three laptops in turn.
    const batch: string[] = [];
    for (let n = host.noteCount(); n < SIZE_NOTES; n++) {
      batch.push((await [host, a, b][n % 3]!.addNote(`第 ${n + 1} 条记录：关于专精特新企业的发言要点，请相关部门研究。`)).id);
      if (batch.length >= 100) await Promise.all([host, a, b].map((l) => l.arrival(batch.splice(0))));
    }
    await Promise.all([host, a, b].map((l) => l.arrival(batch.splice(0))));
    global.gc?.();
    const notes = host.noteCount();
    const size = Y.encodeStateAsUpdate(host.replica().doc).length;
    addFigure({ figure: `room: shared document at ${notes} notes (Y.encodeStateAsUpdate, host)`, target: 10, unit: 'MB', measured: size / MiB });
    addFigure({ figure: `room: shared document at ${notes} notes (a member's copy)`, unit: 'MB', measured: Y.encodeStateAsUpdate(a.replica().doc).length / MiB });
    const memory = process.memoryUsage();
    addFigure({ figure: `room at ${notes} notes: process RSS, 3 laptops + the bench in one process`, unit: 'MiB', measured: memory.rss / MiB });
    addFigure({ figure: `room at ${notes} notes: process JS heap used`, unit: 'MiB', measured: memory.heapUsed / MiB });
    log(`at ${notes} notes: doc ${(size / MiB).toFixed(2)} MB, RSS ${(memory.rss / MiB).toFixed(0)} MiB, heap ${(memory.heapUsed / MiB).toFixed(0)} MiB`);

    // 4. Catch-up: a fourth laptop joins through a relay, the relay is cut, 500 notes are added on
    // the others, the relay is restored; the figure runs from the network's return.
    const hop = await relay(opened.address!);
    relays.push(hop);
    const late = make();
    await join(late, hop.address, opened.code!, '秘书丙', sessionId);
    await waitFor(() => late.noteCount() === host.noteCount(), 'the new laptop to hold the session');
    hop.cut();
    await waitFor(() => late.room.status().connection !== 'online', 'the cut laptop to go offline');
    const missed: string[] = [];
    for (let n = 0; n < CATCH_UP; n++) missed.push((await [host, a, b][n % 3]!.addNote(`离线期间的记录 ${n}`)).id);
    await Promise.all([host, a, b].map((l) => l.arrival(missed)));
    let online = 0;
    const unsubscribe = late.room.subscribe((event) => {
      if (event.topics.includes('room') && online === 0 && late.room.status().connection === 'online') online = performance.now();
    });
    const restored = performance.now();
    hop.restore();
    const caughtUp = await late.arrival(missed);
    unsubscribe();
    addFigure({ figure: `room: a laptop offline for ${CATCH_UP} notes, network back → its SQLite has all (incl. reconnect backoff)`, unit: 'ms', measured: caughtUp - restored });
    addFigure({ figure: `room: the same, from its link online again → its SQLite has all ${CATCH_UP}`, unit: 'ms', measured: caughtUp - (online || restored) });
    log(`catch-up: ${(caughtUp - restored).toFixed(0)} ms from restore, ${(caughtUp - (online || restored)).toFixed(0)} ms from online`);
  } finally {
    await Promise.all(relays.map((r) => r.close()));
    for (const l of laptops.reverse()) await l.close();
  }
}
