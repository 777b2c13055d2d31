import fs from 'node:fs';
import path from 'node:path';
import type { RecoveryStatus } from '../../shared/contract/channels-recovery.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { TOPICS } from '../../shared/contract/events.js';
import { AppError, type Result } from '../../shared/contract/result.js';
import { listBackups } from '../db/backup.js';
import { dataPaths } from '../db/paths.js';
import { channels } from '../../shared/contract/channels.js';
import { toFieldIssues } from '../core/core.js';
import { openRuntime, type Runtime, type RuntimeOptions } from '../core/runtime.js';
import type { Service } from './service.js';

/**
 * The service transports serve, whether or not the database could be opened. With a healthy
 * database it is the runtime's service. With a damaged one (or one from a newer Convene) it answers
 * recovery.status and recovery.restore, and refuses everything else with the reason, so the UI can
 * explain and offer the latest backup instead of failing at every click. With one that opened but
 * that the idle database check found damaged, everything keeps working, and recovery.status and
 * recovery.restore offer the same backups (mode `damaged`): the UI's banner leads there.
 */
export interface RecoverableRuntime {
  service: Pick<Service, 'call' | 'subscribe' | 'announce'>;
  /** The open runtime, or null while in recovery mode. */
  runtime(): Runtime | null;
  close(options?: { backup?: boolean }): void;
}

function stamp(date: Date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
}

export function openRecoverable(options: RuntimeOptions): RecoverableRuntime {
  const paths = dataPaths(options.dataDir);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: ChangeEvent) => void>();
  let runtime: Runtime | null = null;
  let problem: AppError | null = null;
  let unsubscribe: () => void = () => {};

  function tryOpen() {
    try {
      runtime = openRuntime(options);
      problem = null;
      unsubscribe = runtime.service.subscribe((event) => listeners.forEach((l) => l(event)));
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== 'database_corrupt' && error.code !== 'database_future')) throw error;
      runtime = null;
      problem = error;
    }
  }

  /** The open database, when the check found it damaged. */
  function damagedRuntime(): Runtime | null {
    return runtime?.health().state === 'damaged' ? runtime : null;
  }

  function status(): RecoveryStatus {
    const damaged = damagedRuntime();
    if (damaged) {
      return { mode: 'damaged', detail: damaged.health().problems.slice(0, 5).join('; '), found: null, supported: null, backups: listBackups(paths.backupDir) };
    }
    if (!problem) return { mode: 'normal' };
    const params = problem.params ?? {};
    return {
      mode: problem.code === 'database_future' ? 'future' : 'corrupt',
      detail: String(params.detail ?? ''),
      found: typeof params.found === 'number' ? params.found : null,
      supported: typeof params.supported === 'number' ? params.supported : null,
      backups: listBackups(paths.backupDir),
    };
  }

  function restore(input: unknown): { restoredFrom: string; damagedKeptAs: string } {
    const file = (input as { file?: unknown } | null)?.file;
    const current = status();
    if (current.mode !== 'corrupt' && current.mode !== 'damaged') throw new AppError('invalid_state', { reason: 'not_in_recovery' });
    const backup = current.backups.find((b) => path.basename(b.file) === file);
    if (!backup) throw new AppError('not_found', { entity: 'backup', id: String(file).slice(0, 80) });
    if (runtime) {
      // Open but damaged: closed first, without an at-quit backup (the file is kept below instead).
      unsubscribe();
      runtime.close({ backup: false });
      runtime = null;
    }
    // The damaged file is renamed, never deleted: someone may still rescue rows from it.
    const damagedKeptAs = `${paths.databaseFile}.damaged-${stamp(now())}`;
    fs.renameSync(paths.databaseFile, damagedKeptAs);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(paths.databaseFile + suffix)) fs.renameSync(paths.databaseFile + suffix, damagedKeptAs + suffix);
    }
    fs.copyFileSync(backup.file, paths.databaseFile);
    tryOpen();
    if (problem) throw new AppError('database_corrupt', { detail: 'backup' });
    // Every window refetches everything: the whole database changed.
    listeners.forEach((l) => l({ topics: [...TOPICS], ids: [], seq: 0 }));
    return { restoredFrom: backup.file, damagedKeptAs };
  }

  tryOpen();

  return {
    runtime: () => runtime,
    service: {
      async call(channel, input): Promise<Result<unknown>> {
        const recovering = channel === 'recovery.status' || channel === 'recovery.restore';
        if (runtime && !(recovering && damagedRuntime())) return runtime.service.call(channel, input);
        if (channel === 'recovery.status') return { ok: true, value: status() };
        if (channel === 'recovery.restore') {
          const parsed = channels['recovery.restore'].input.safeParse(input);
          if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toFieldIssues(parsed.error) } };
          try {
            return { ok: true, value: restore(input) };
          } catch (error) {
            if (error instanceof AppError) return { ok: false, error: error.toPayload() };
            return { ok: false, error: { code: 'io' } };
          }
        }
        if (channel === 'settings.get') return { ok: true, value: { language: null, theme: 'system' } };
        return { ok: false, error: problem!.toPayload() };
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      announce(topics) {
        runtime?.service.announce(topics);
      },
    },
    close(closeOptions) {
      unsubscribe();
      runtime?.close(closeOptions);
      runtime = null;
    },
  };
}
