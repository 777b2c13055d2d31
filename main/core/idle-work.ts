import type { Core } from './core.js';
import { catchUpSearchIndex } from './search-index.js';

export interface IdleWorkOptions {
  /** Quiet time after the last change before the work starts. */
  delayMs?: number;
  /** Stale search marks taken per transaction, so a long catch-up (after an upgrade or an import) never holds the app up for long. */
  batch?: number;
  log?: (message: string, error: unknown) => void;
  /** Called once, when the first pass after opening has finished: the moment for the database check. */
  afterFirstPass?: () => void;
}

export interface IdleWork {
  stop(): void;
}

/**
 * What the database needs done, done when nobody is waiting for it instead of inside a save:
 *
 * 1. the search index catches up with the saves (migration 7), in small transactions, one per turn
 *    of the event loop, until no stale mark is left. Searches do not depend on it (the search
 *    handler catches up first); this keeps that step short;
 * 2. then a passive WAL checkpoint copies the committed pages back into the database file (see the
 *    wal_autocheckpoint comment in main/db/open.ts).
 *
 * Starts with one pass for whatever an earlier run or an upgrade left behind; when it is done,
 * `afterFirstPass` starts the full database check (main/core/health.ts), which runs off this thread.
 */
export function startIdleWork(core: Core, options: IdleWorkOptions = {}): IdleWork {
  const delayMs = options.delayMs ?? 750;
  const batch = options.batch ?? 500;
  const log = options.log ?? ((message, error) => console.error(message, error));
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let firstPassDone = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(step, ms);
    // Never the reason a process stays alive (tests, the CLI).
    timer.unref();
  };

  function step() {
    timer = null;
    if (stopped || !core.db.open) return;
    try {
      const taken = core.db.transaction(() => catchUpSearchIndex(core.db, batch)).immediate();
      if (taken === batch) return schedule(0);
      core.db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // Nothing is lost: the marks and the WAL stay, and the next change or search tries again.
      log('idle database work failed', error);
    }
    // The first pass is over, done or failed: the database check does not depend on it.
    if (!firstPassDone) {
      firstPassDone = true;
      options.afterFirstPass?.();
    }
  }

  const unsubscribe = core.subscribe(() => schedule(delayMs));
  schedule(delayMs);
  return {
    stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
