import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openRuntime } from '../main/service/runtime.js';
import { checkIntegrityOffThread, integrityProblems } from '../main/db/integrity.js';
import { dataPaths } from '../main/db/paths.js';
import { catchUpSearchIndex } from '../main/core/search-index.js';
import { CATEGORIES, noteText, pick, rng } from './support/corpus.js';
import { notesFolder } from './support/notes-db.js';
import { addFigure, median } from './table.js';

const RUNS = 3;
const EXTRA_NOTES = 5_000;

/** integrity_check on the calling thread: what the UI would wait for if it ran on the main connection. */
function inThreadMs(file: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const db = new Database(file, { readonly: true });
    const started = performance.now();
    const problems = integrityProblems(db);
    times.push(performance.now() - started);
    db.close();
    if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return median(times);
}

/** Ticks every 5 ms as a stand-in for the UI's calls; the longest gap between two ticks is how long a call could have waited. */
function stallMeter(): () => number {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return () => {
    clearInterval(ticker);
    return longest;
  };
}

/** The same check in the worker the app uses (main/db/integrity.ts), with the stall meter running. */
async function offThread(file: string): Promise<{ totalMs: number; longestStallMs: number }> {
  const stop = stallMeter();
  const started = performance.now();
  const outcome = await checkIntegrityOffThread({ file, inThread: () => { throw new Error('the worker did not run'); } }).result;
  const totalMs = performance.now() - started;
  const longestStallMs = stop();
  if (!('problems' in outcome) || outcome.problems.length > 0) throw new Error(`${file}: ${JSON.stringify(outcome)}`);
  return { totalMs, longestStallMs };
}

/** The meter alone for as long: the stalls this machine has anyway (other processes, the GC). */
async function idleStall(ms: number): Promise<number> {
  const stop = stallMeter();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return stop();
}

export default async function bench(): Promise<void> {
  const sampleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-integrity-'));
  const big = await notesFolder('integrity');
  try {
    const runtime = openRuntime({ dataDir: sampleDir });
    const loaded = runtime.core.call('sample.load', { locale: 'zh-CN' });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    runtime.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const sampleFile = dataPaths(sampleDir).databaseFile;
    const sampleMiB = fs.statSync(sampleFile).size / 2 ** 20;
    addFigure({ figure: `integrity_check, sample workshop (${sampleMiB.toFixed(1)} MiB, median of ${RUNS})`, measured: inThreadMs(sampleFile), unit: 'ms' });

    // The sample plus 5,000 notes saved through the handler, as a long seminar's capture would.
    const session = runtime.core.db.prepare('SELECT id FROM session ORDER BY position LIMIT 1').pluck().get() as string;
    const random = rng(5_000);
    runtime.core.db.pragma('synchronous = OFF'); // building only
    for (let k = 0; k < EXTRA_NOTES; k++) {
      const saved = runtime.core.call('note.create', { sessionId: session, category: pick(random, CATEGORIES), text: noteText(random) });
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    }
    while (runtime.core.db.transaction(() => catchUpSearchIndex(runtime.core.db, 5_000)).immediate() > 0);
    runtime.close({ backup: false });
    const notesMiB = fs.statSync(sampleFile).size / 2 ** 20;
    addFigure({ figure: `integrity_check, sample + 5,000 notes (${notesMiB.toFixed(1)} MiB, median of ${RUNS})`, measured: inThreadMs(sampleFile), unit: 'ms' });

    const bigFile = dataPaths(big.dataDir).databaseFile;
    const bigMiB = big.bytes / 2 ** 20;
    addFigure({ figure: `integrity_check, 100,000 notes (${bigMiB.toFixed(0)} MiB, median of ${RUNS}), on the calling thread`, measured: inThreadMs(bigFile), unit: 'ms' });
    const worker = await offThread(bigFile);
    addFigure({ figure: 'integrity_check, 100,000 notes, in the worker: until the answer', measured: worker.totalMs, unit: 'ms' });
    // What the app's design is for: the main thread stays free while the worker checks (on the
    // calling thread, the stall would be the whole check, the figure above).
    addFigure({ figure: 'integrity_check, 100,000 notes, in the worker: longest main-thread stall', target: 100, measured: worker.longestStallMs, unit: 'ms' });
    addFigure({ figure: 'longest main-thread stall as long, with no check running', measured: await idleStall(worker.totalMs), unit: 'ms' });
  } finally {
    fs.rmSync(sampleDir, { recursive: true, force: true });
    big.remove();
  }
}
