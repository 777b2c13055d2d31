/**
 * Issue 18's room with every laptop in its own process: three `convene serve` hosts (the build when
 * there is one, else the source through tsx; no UI is needed, so each serves a stub page), each with
 * its own data folder, the room opened and joined through their HTTP API on 127.0.0.1 as the UI
 * would (`room.open`, `room.join`). A note is added on one laptop over HTTP (`note.create`, the
 * window's call) and counts as shown on another when that laptop's event stream (`/api/events`,
 * what its windows listen to) carries the `note` topic and its database (read here, read-only) has
 * the row. So this figure also holds one HTTP call and one event-stream hop that room.bench.ts
 * (laptops in one process) leaves out. Also: each laptop's RSS at 5,000 notes, and catch-up after
 * a laptop was paused (SIGSTOP) while 500 notes were added elsewhere.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RoomStatus } from '../shared/contract/channels-room.js';
import type { ChangeEvent } from '../shared/contract/events.js';
import { tempDir } from '../test/helpers/runtime.js';
import { memoryOf, startHost, type BenchHost } from './support/host.js';
import { cpuMsOf, latencyFigures, latencySeries, noteArrivals, roomLog, sustained, sustainedFigures, waitFor, type DrivenLaptop } from './support/room-drive.js';
import { addFigure, percentile } from './table.js';

// ROOM_BENCH_QUICK=1: a smoke run of the same steps with few notes (figures not comparable).
const QUICK = process.env.ROOM_BENCH_QUICK === '1';
const LATENCY_NOTES = QUICK ? 10 : 200;
const SIZE_NOTES = QUICK ? 300 : 5_000;
const CATCH_UP = QUICK ? 50 : 500;
const MINUTES = Number(process.env.ROOM_BENCH_MINUTES ?? 10);
const RATE_PER_LAPTOP = 2;

const log = roomLog('room-serve');

interface ServeLaptop extends DrivenLaptop {
  host: BenchHost;
  dir: string;
  noteCount(): number;
  close(): Promise<void>;
}

async function serveLaptop(staticDir: string, sessionId: () => string): Promise<ServeLaptop> {
  const dir = tempDir('convene-bench-room-');
  const host = await startHost(dir, { args: ['--static', staticDir, '--no-announce'] });
  const db = new Database(path.join(dir, 'convene.db'), { readonly: true, fileMustExist: true });
  const notes = noteArrivals(db);
  // The event stream, as a window reads it.
  const request = http.get(`${host.origin}/api/events?token=${host.token}`);
  await new Promise<void>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (res) => {
      res.setEncoding('utf8');
      let buffered = '';
      res.on('data', (chunk: string) => {
        buffered += chunk;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (block.startsWith('data: ')) notes.onEvent(JSON.parse(block.slice(6)) as ChangeEvent);
        }
      });
      res.on('error', () => {});
      resolve();
    });
  });
  return {
    host,
    dir,
    arrival: notes.arrival,
    noteCount: notes.noteCount,
    async addNote(text) {
      const t0 = performance.now();
      const note = await host.call('note.create', { sessionId: sessionId(), category: 'idea', text });
      return { id: note.id, t0 };
    },
    async close() {
      request.destroy();
      db.close();
      await host.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function bench(): Promise<void> {
  const staticDir = tempDir('convene-bench-room-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  const laptops: ServeLaptop[] = [];
  let sessionId = '';
  try {
    for (let i = 0; i < 3; i++) laptops.push(await serveLaptop(staticDir, () => sessionId));
    const [runner, a, b] = laptops as [ServeLaptop, ServeLaptop, ServeLaptop];
    const programme = await runner.host.call('programme.create', { title: '清源县' });
    const stage = await runner.host.call('stage.create', { programmeId: programme.id, title: '阶段一' });
    sessionId = (await runner.host.call('session.create', { stageId: stage.id, title: '产业研讨会' })).id;
    const opened = (await runner.host.call('room.open', { sessionId, name: '会务组电脑' })) as RoomStatus;
    for (const [l, name] of [
      [a, '秘书甲'],
      [b, '秘书乙'],
    ] as const) {
      await l.host.call('room.join', { address: opened.address!, code: opened.code!, name, role: 'secretary' });
      await waitFor(async () => ((await l.host.call('room.status', {})) as RoomStatus).sessionId === sessionId, `${name} to receive the session`);
    }

    for (const [to, label] of [
      [runner, 'member → host'],
      [a, 'member → member, through the host'],
    ] as const) {
      const samples = await latencySeries(b, to, LATENCY_NOTES);
      latencyFigures(`room, a process per laptop: a note added over HTTP → in another's database, its event stream told (${label})`, samples, 50);
      log(`latency ${label}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);
    }

    // Sustained: 2 notes a second on each laptop; memory is the three processes' RSS together.
    if (MINUTES > 0) {
      const pids = laptops.map((l) => l.host.pid);
      const cpuMs = () => pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
      const memoryMiB = () => pids.reduce((sum, pid) => sum + (memoryOf(pid)?.rssMiB ?? Number.NaN), 0);
      const result = await sustained(laptops, { minutes: MINUTES, rate: RATE_PER_LAPTOP, cpuMs, memoryMiB, log });
      sustainedFigures(`room sustained, 3 convene serve × ${RATE_PER_LAPTOP} notes/s for ${MINUTES} min`, result, 50);
      log(`sustained p95 per minute: ${result.perMinute.map((m) => percentile(m, 95).toFixed(1)).join(', ')} ms`);
    }

    // Up to 5,000 notes, written by the three in turn (a few at once, as three secretaries would).
    let batch: string[] = [];
    for (let n = runner.noteCount(); n < SIZE_NOTES; n += 3) {
      const added = await Promise.all(laptops.map((l, i) => l.addNote(`第 ${n + i + 1} 条记录：关于专精特新企业的发言要点，请相关部门研究。`)));
      batch.push(...added.map((x) => x.id));
      if (batch.length >= 150) {
        await Promise.all(laptops.map((l) => l.arrival(batch)));
        batch = [];
      }
    }
    await Promise.all(laptops.map((l) => l.arrival(batch)));
    const notes = runner.noteCount();
    for (const [l, label] of [
      [runner, 'the host'],
      [a, 'a member'],
    ] as const) {
      const memory = memoryOf(l.host.pid);
      if (!memory) continue;
      addFigure({ figure: `room, a process per laptop, ${notes} notes: ${label}'s RSS`, unit: 'MiB', measured: memory.rssMiB });
      addFigure({ figure: `room, a process per laptop, ${notes} notes: ${label}'s peak RSS (VmHWM)`, target: 250, unit: 'MiB', measured: memory.peakMiB });
    }
    log(`at ${notes} notes: RSS ${laptops.map((l) => memoryOf(l.host.pid)?.rssMiB.toFixed(0)).join(', ')} MiB`);

    // Catch-up: laptop A is paused (SIGSTOP: its socket stays open, it reads nothing), 500 notes are
    // added on the other two, A resumes; the figure runs from SIGCONT until A's SQLite has all 500.
    process.kill(a.host.pid, 'SIGSTOP');
    const missed: string[] = [];
    try {
      for (let n = 0; n < CATCH_UP; n++) missed.push((await [runner, b][n % 2]!.addNote(`离线期间的记录 ${n}`)).id);
      await Promise.all([runner, b].map((l) => l.arrival(missed)));
    } finally {
      process.kill(a.host.pid, 'SIGCONT');
    }
    const resumed = performance.now();
    const caughtUp = await a.arrival(missed);
    addFigure({ figure: `room, a process per laptop: a laptop paused (SIGSTOP) for ${CATCH_UP} notes, resumed → its SQLite has all`, unit: 'ms', measured: caughtUp - resumed });
    log(`catch-up after SIGSTOP: ${(caughtUp - resumed).toFixed(0)} ms`);
  } finally {
    for (const l of laptops.reverse()) await l.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
}
