import fs from 'node:fs';
import os from 'node:os';
import type BetterSqlite3 from 'better-sqlite3';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { addFigure, percentile } from '../table.js';

/**
 * What the room benchmarks (room.bench.ts: laptops in this process; room-serve.bench.ts: a
 * `convene serve` each) do to laptops, whichever way the laptops run: write a note on one, and
 * wait until another's database has it and its core said so.
 */
export interface DrivenLaptop {
  /** Adds a note through this laptop's service; t0 is taken just before the call. */
  addNote(text: string): Promise<{ id: string; t0: number }>;
  /** Resolves (with performance.now()) at the `note` event that finds every one of these notes in this laptop's database. */
  arrival(ids: readonly string[]): Promise<number>;
}

/**
 * Notes arriving in one laptop's database: `onEvent` is given each of its change events (its
 * core's, or its event stream's); at a `note` event, the notes still awaited are looked up.
 */
export function noteArrivals(db: BetterSqlite3.Database): Pick<DrivenLaptop, 'arrival'> & { onEvent(event: ChangeEvent): void; noteCount(): number } {
  const has = db.prepare('SELECT 1 FROM note WHERE id = ?').pluck();
  const count = db.prepare('SELECT count(*) FROM note').pluck();
  const waiting = new Set<{ ids: Set<string>; resolve: (at: number) => void }>();
  return {
    onEvent(event) {
      if (!event.topics.includes('note') || waiting.size === 0) return;
      const at = performance.now();
      for (const w of waiting) {
        for (const id of w.ids) if (has.get(id) !== undefined) w.ids.delete(id);
        if (w.ids.size === 0) {
          waiting.delete(w);
          w.resolve(at);
        }
      }
    },
    arrival(ids) {
      const left = new Set(ids.filter((id) => has.get(id) === undefined));
      if (left.size === 0) return Promise.resolve(performance.now());
      return new Promise((resolve) => waiting.add({ ids: left, resolve }));
    },
    noteCount: () => count.get() as number,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`room bench: timed out waiting for ${what}`);
    await sleep(5);
  }
}

export const roomLog = (bench: string) => (line: string) => process.stderr.write(`bench: ${bench}: ${line} (load ${os.loadavg()[0]!.toFixed(1)})\n`);

/** One note at a time from `from`, each shown on `to` before the next; 20 warm-up notes not counted. */
export async function latencySeries(from: DrivenLaptop, to: DrivenLaptop, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let n = 0; n < 20 + count; n++) {
    const { id, t0 } = await from.addNote(`第 ${n + 1} 条：关于专精特新企业融资难的发言要点。`);
    const shown = await to.arrival([id]);
    if (n >= 20) samples.push(shown - t0);
    await sleep(10);
  }
  return samples;
}

/** p50, p95 (against the target) and max of a latency series. */
export function latencyFigures(prefix: string, samples: readonly number[], target: number): void {
  addFigure({ figure: `${prefix}, p50 of ${samples.length}`, unit: 'ms', measured: percentile(samples, 50) });
  addFigure({ figure: `${prefix}, p95 of ${samples.length}`, target, unit: 'ms', measured: percentile(samples, 95) });
  addFigure({ figure: `${prefix}, max of ${samples.length}`, unit: 'ms', measured: Math.max(...samples) });
}

/** CPU time (user + system) of a process so far, in ms, from /proc (Linux); NaN elsewhere. */
export function cpuMsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the line; here counted from the state (field 3).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

export interface SustainedResult {
  /** Each note's time to each other laptop, by the minute it was written in. */
  perMinute: number[][];
  /** The laptops' CPU time per note written, by minute: what grows with the session, whatever the machine's load. */
  cpuMsPerNote: number[];
  /** The laptops' memory at the end of each minute (MiB). */
  memoryMiB: number[];
}

/**
 * Every laptop writes `rate` notes a second (staggered) for `minutes`; each note is timed to every
 * other laptop. `cpuMs` and `memoryMiB` read what the laptops used so far and hold now.
 */
export async function sustained(
  writers: readonly DrivenLaptop[],
  options: { minutes: number; rate: number; cpuMs: () => number; memoryMiB: () => number; log: (line: string) => void },
): Promise<SustainedResult> {
  const perMinute: number[][] = [];
  const written: number[] = [];
  const cpuMsPerNote: number[] = [];
  const memoryMiB: number[] = [];
  const started = performance.now();
  const end = started + options.minutes * 60_000;
  let failed: unknown = null;
  let inFlight = 0;
  // A note begun in the last moment counts in the last minute.
  const minuteOf = (t: number) => Math.min(Math.floor((t - started) / 60_000), Math.ceil(options.minutes) - 1);
  const tick = async (from: DrivenLaptop, n: number) => {
    inFlight++;
    try {
      const { id, t0 } = await from.addNote(`持续写入 ${n}：关于营商环境的意见。`);
      const minute = minuteOf(t0);
      written[minute] = (written[minute] ?? 0) + 1;
      const times = await Promise.all(writers.filter((w) => w !== from).map((o) => o.arrival([id])));
      for (const t of times) (perMinute[minute] ??= []).push(t - t0);
    } catch (error) {
      failed = error;
    } finally {
      inFlight--;
    }
  };
  let cpuBefore = options.cpuMs();
  const sampler = setInterval(() => {
    const minute = Math.round((performance.now() - started) / 60_000) - 1;
    const cpu = options.cpuMs();
    cpuMsPerNote[minute] = (cpu - cpuBefore) / (written[minute] ?? 1);
    cpuBefore = cpu;
    memoryMiB[minute] = options.memoryMiB();
    const times = perMinute[minute] ?? [];
    options.log(
      `sustained minute ${minute + 1}: ${times.length} arrivals, p95 ${percentile(times, 95).toFixed(1)} ms, CPU ${cpuMsPerNote[minute]!.toFixed(1)} ms a note, memory ${memoryMiB[minute]!.toFixed(0)} MiB`,
    );
  }, 60_000);
  await Promise.all(
    writers.map(
      (w, i) =>
        new Promise<void>((resolve) => {
          let n = 0;
          setTimeout(
            () => {
              const timer = setInterval(() => {
                if (performance.now() >= end) {
                  clearInterval(timer);
                  resolve();
                  return;
                }
                void tick(w, n++);
              }, 1000 / options.rate);
            },
            (i * 1000) / options.rate / writers.length,
          );
        }),
    ),
  );
  clearInterval(sampler);
  await waitFor(() => inFlight === 0, 'the last sustained notes to arrive');
  // The last minute's sample, when the timer stopped just before it.
  const last = Math.ceil(options.minutes) - 1;
  memoryMiB[last] ??= options.memoryMiB();
  cpuMsPerNote[last] ??= (options.cpuMs() - cpuBefore) / (written[last] ?? 1);
  if (failed) throw failed;
  return { perMinute, cpuMsPerNote, memoryMiB };
}

/** The sustained run's figures: p95 first and last minute (target), their ratio, CPU per note first and last, memory. */
export function sustainedFigures(prefix: string, result: SustainedResult, target: number): void {
  const { perMinute, cpuMsPerNote, memoryMiB } = result;
  const first = perMinute[0] ?? [];
  const last = perMinute.at(-1) ?? [];
  addFigure({ figure: `${prefix}: latency p95, first minute`, target, unit: 'ms', measured: percentile(first, 95) });
  addFigure({ figure: `${prefix}: latency p95, last minute`, target, unit: 'ms', measured: percentile(last, 95) });
  addFigure({ figure: `${prefix}: latency p95, last minute / first minute (no growth)`, target: 1.5, unit: 'x', measured: percentile(last, 95) / percentile(first, 95) });
  addFigure({ figure: `${prefix}: latency max of ${perMinute.flat().length} arrivals`, unit: 'ms', measured: Math.max(...perMinute.flat()) });
  if (cpuMsPerNote.length > 0) {
    addFigure({ figure: `${prefix}: the laptops' CPU a note, first minute`, unit: 'ms', measured: cpuMsPerNote[0]! });
    addFigure({ figure: `${prefix}: the laptops' CPU a note, last minute`, unit: 'ms', measured: cpuMsPerNote.at(-1)! });
    addFigure({ figure: `${prefix}: memory after the first minute`, unit: 'MiB', measured: memoryMiB[0]! });
    addFigure({ figure: `${prefix}: memory after the last minute`, unit: 'MiB', measured: memoryMiB.at(-1)! });
  }
}
