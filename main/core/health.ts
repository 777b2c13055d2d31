import type BetterSqlite3 from 'better-sqlite3';
import type { DbHealth } from '../../shared/contract/channels-recovery.js';
import { checkIntegrityOffThread, integrityProblems, isDamageError, type CheckOutcome, type OffThreadCheck } from '../db/integrity.js';

export interface HealthMonitor {
  /** What `db.health` answers. */
  current(): DbHealth;
  /** Starts the full check off the main thread, once per open; later calls do nothing. */
  startCheck(): void;
  /**
   * The answer now, for the at-quit backup: runs the check on this thread (the windows are gone,
   * nobody waits on it) unless damage was already found.
   */
  checkNow(): DbHealth;
  /** Cancels a running check (closing the data folder). */
  stop(): void;
}

/**
 * The full `integrity_check` of an open database, run once in idle time after opening (the idle
 * work calls startCheck) and again at quit. The app is never blocked on it: until it answers, the
 * state is `pending`; `changed` is called when the answer changes, so the UI learns it (a `health`
 * ChangeEvent) and shows the damage banner.
 */
export function createHealthMonitor(options: {
  db: BetterSqlite3.Database;
  file: string;
  nativeBinding?: string;
  now: () => Date;
  changed: () => void;
  log: (message: string, error: unknown) => void;
}): HealthMonitor {
  let health: DbHealth = { state: 'pending', problems: [], checkedAt: null };
  let running: OffThreadCheck | null = null;
  let started = false;
  let stopped = false;

  function record(outcome: CheckOutcome): DbHealth {
    if ('failed' in outcome) {
      // Not an answer about the file (the worker could not run): stay pending; the quit check retries.
      if (outcome.failed !== 'cancelled') options.log('the database check could not run', outcome.failed);
      return health;
    }
    const next: DbHealth = {
      state: outcome.problems.length > 0 ? 'damaged' : 'ok',
      problems: outcome.problems,
      checkedAt: options.now().toISOString(),
    };
    const differs = next.state !== health.state || next.problems.join('\n') !== health.problems.join('\n');
    health = next;
    if (next.state === 'damaged') options.log('the database check found damage', next.problems.join('; '));
    if (differs && !stopped) options.changed();
    return health;
  }

  const inThread = () => integrityProblems(options.db);

  return {
    current: () => health,
    startCheck() {
      if (started || stopped) return;
      started = true;
      const check = checkIntegrityOffThread({ file: options.file, inThread, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
      running = check;
      void check.result.then((outcome) => {
        running = null;
        if (!stopped) record(outcome);
      });
    },
    checkNow() {
      if (health.state === 'damaged') return health;
      running?.cancel();
      try {
        return record({ problems: inThread() });
      } catch (error) {
        if (isDamageError(error)) return record({ problems: [(error as Error).message] });
        // No answer (the file is busy, say): the quit goes on as it did before this check existed.
        options.log('the database check at quit could not run', error);
        return health;
      }
    },
    stop() {
      stopped = true;
      running?.cancel();
    },
  };
}
