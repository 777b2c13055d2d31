import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** How many of SQLite's problem lines are kept: a badly damaged file names thousands. */
export const MAX_PROBLEMS = 20;

/**
 * The full check: every page, every b-tree, and every index against its table. quick_check (run at
 * open, main/db/open.ts) skips the last part, so an index that lost a row to a bit flip passes it.
 * Reads every row of the answer (one per problem, or a single 'ok').
 */
export function integrityProblems(db: BetterSqlite3.Database, max = MAX_PROBLEMS): string[] {
  const rows = db.prepare(`PRAGMA integrity_check(${Math.max(1, Math.floor(max))})`).raw().all() as [string][];
  return rows.map((row) => row[0]).filter((message) => message !== 'ok');
}

/** SQLite's answer when the check itself cannot read the file: that is damage too, not a failed check. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export type CheckOutcome = { problems: string[] } | { failed: string };

/**
 * Runs in a worker thread, as plain CommonJS given as source (`eval`): the same text works whether
 * Convene runs from dist/ (Node, Electron) or from TypeScript source (tsx, vitest), where a .ts
 * worker file would not load. It opens its own read-only connection: WAL lets it read a consistent
 * snapshot while the main connection keeps writing, and it never takes a write lock.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let Database = null;
try {
  Database = require(workerData.driver);
} catch (error) {
  parentPort.postMessage({ unavailable: String((error && error.message) || error) });
}
if (Database) {
  let db;
  try {
    const options = { readonly: true, fileMustExist: true, timeout: 5000 };
    if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
    db = new Database(workerData.file, options);
    const rows = db.prepare('PRAGMA integrity_check(' + workerData.max + ')').raw().all();
    parentPort.postMessage({ problems: rows.map((row) => row[0]).filter((message) => message !== 'ok') });
  } catch (error) {
    parentPort.postMessage({ error: { code: error && error.code, message: String((error && error.message) || error) } });
  } finally {
    if (db) db.close();
  }
}
`;

type WorkerAnswer = { problems: string[] } | { unavailable: string } | { error: { code?: string; message: string } };

export interface OffThreadCheck {
  /** Resolves with the problems (none: healthy), or `failed` when the check could not run. */
  result: Promise<CheckOutcome>;
  /** Stops the worker (closing the data folder, restoring a backup): the result then says failed. */
  cancel(): void;
}

/**
 * `PRAGMA integrity_check` on a large file takes seconds, and better-sqlite3 is synchronous: on the
 * main connection it would hold up every call the UI makes (Electron IPC and the HTTP host run on
 * the same thread) for that long. So it runs in a worker thread with its own read-only connection.
 * Where the worker cannot load the driver or its native addon (a packaging that hides them from
 * workers), `inThread` runs the same check on the caller's thread instead: late and blocking beats
 * never.
 */
export function checkIntegrityOffThread(options: {
  file: string;
  nativeBinding?: string;
  inThread: () => string[];
  max?: number;
}): OffThreadCheck {
  const inThread = (): CheckOutcome => {
    try {
      return { problems: options.inThread() };
    } catch (error) {
      return isDamageError(error) ? { problems: [(error as Error).message] } : { failed: String((error as Error).message) };
    }
  };
  let worker: Worker;
  try {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: options.file, nativeBinding: options.nativeBinding ?? null, driver, max: options.max ?? MAX_PROBLEMS },
    });
  } catch {
    // No worker here (the driver cannot be found from this file, say, in a bundle): on this thread, later.
    let cancelled = false;
    const result = new Promise<CheckOutcome>((resolve) => setImmediate(() => resolve(cancelled ? { failed: 'cancelled' } : inThread())));
    return { result, cancel: () => (cancelled = true) };
  }
  // Never the reason a process stays alive (the CLI, tests).
  worker.unref();
  let settled = false;
  let settle: (outcome: CheckOutcome) => void = () => {};
  const result = new Promise<CheckOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      void worker.terminate();
    };
  });
  worker.on('message', (answer: WorkerAnswer) => {
    if ('problems' in answer) settle({ problems: answer.problems });
    else if ('unavailable' in answer) settle(inThread());
    else if (isDamageError(answer.error)) settle({ problems: [answer.error.message] });
    // SQLite answered but could not check (busy, say): no verdict now; the quit check tries again.
    else if (answer.error.code?.startsWith('SQLITE_')) settle({ failed: answer.error.message });
    // The driver loaded but its native part would not in a worker: check here instead.
    else settle(inThread());
  });
  worker.on('error', (error) => settle({ failed: String(error.message) }));
  worker.on('exit', () => settle({ failed: 'the check stopped' }));
  return {
    result,
    cancel: () => settle({ failed: 'cancelled' }),
  };
}
