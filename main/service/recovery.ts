import fs from 'node:fs';
import path from 'node:path';
import type { RecoveryMode, RecoveryStatus } from '../../shared/contract/channels-recovery.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { TOPICS } from '../../shared/contract/events.js';
import { AppError, type Result } from '../../shared/contract/result.js';
import { checkBackupFile, listBackups, writeChecked } from '../db/backup.js';
import { dataPaths } from '../db/paths.js';
import { channels } from '../../shared/contract/channels.js';
import { toFieldIssues } from '../../shared/contract/issues.js';
import { openRuntime, type Runtime, type RuntimeOptions } from './runtime.js';
import type { Service } from './service.js';

/**
 * The service transports serve, whether or not the database could be opened. With a healthy
 * database it is the runtime's service. With a damaged one, one from a newer Convene, someone
 * else's file, or a missing or empty one while backups exist, it answers recovery.status,
 * recovery.restore and recovery.startEmpty, and refuses everything else with the reason, so the UI
 * can explain and offer the backups instead of failing at every click. With one that opened but
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

/** The refusals of openRuntime that recovery mode explains, and the mode each one shows. */
function modeOf(error: unknown): RecoveryMode | null {
  if (!(error instanceof AppError)) return null;
  switch (error.code) {
    case 'database_corrupt':
      return 'corrupt';
    case 'database_future':
      return 'future';
    case 'database_foreign':
      return 'foreign';
    case 'database_empty':
      return error.params?.state === 'missing' ? 'missing' : 'empty';
    default:
      return null;
  }
}

/** Modes where a backup may replace the file: a future or foreign file is someone's data, left as it is. */
const RESTORABLE: ReadonlySet<RecoveryMode> = new Set(['corrupt', 'missing', 'empty', 'damaged']);
const MAY_START_EMPTY: ReadonlySet<RecoveryMode> = new Set(['missing', 'empty']);

export function openRecoverable(options: RuntimeOptions): RecoverableRuntime {
  const paths = dataPaths(options.dataDir);
  const now = options.now ?? (() => new Date());
  const backupOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const listeners = new Set<(event: ChangeEvent) => void>();
  let runtime: Runtime | null = null;
  let problem: AppError | null = null;
  let unsubscribe: () => void = () => {};

  function tryOpen(extra: Partial<RuntimeOptions> = {}) {
    try {
      runtime = openRuntime({ ...options, ...extra });
      problem = null;
      unsubscribe = runtime.service.subscribe((event) => listeners.forEach((l) => l(event)));
    } catch (error) {
      if (!modeOf(error)) throw error;
      runtime = null;
      problem = error as AppError;
    }
  }

  /** The open database, when the check found it damaged. */
  function damagedRuntime(): Runtime | null {
    return runtime?.health().state === 'damaged' ? runtime : null;
  }

  function status(): RecoveryStatus {
    const damaged = damagedRuntime();
    if (damaged) {
      return { mode: 'damaged', file: paths.databaseFile, detail: damaged.health().problems.slice(0, 5).join('; '), found: null, supported: null, backups: listBackups(paths.backupDir) };
    }
    if (!problem) return { mode: 'normal' };
    const params = problem.params ?? {};
    return {
      mode: modeOf(problem)!,
      file: paths.databaseFile,
      detail: String(params.detail ?? ''),
      found: typeof params.found === 'number' ? params.found : null,
      supported: typeof params.supported === 'number' ? params.supported : null,
      backups: listBackups(paths.backupDir),
    };
  }

  /** Refuses an action outside the modes it belongs to: `reason` says why when in recovery. */
  function requireMode(allowed: ReadonlySet<RecoveryMode>, reason: string): void {
    const mode = damagedRuntime() ? 'damaged' : problem ? modeOf(problem) : null;
    if (!mode) throw new AppError('invalid_state', { reason: 'not_in_recovery' });
    if (!allowed.has(mode)) throw new AppError('invalid_state', { reason });
  }

  /** The file being replaced is renamed, never deleted: someone may still rescue rows from it. */
  function setAside(): string | null {
    const keptAs = `${paths.databaseFile}.damaged-${stamp(now())}`;
    let kept = false;
    for (const suffix of ['', '-wal', '-shm']) {
      if (!fs.existsSync(paths.databaseFile + suffix)) continue;
      fs.renameSync(paths.databaseFile + suffix, keptAs + suffix);
      kept ||= suffix === '';
    }
    return kept ? keptAs : null;
  }

  function putBack(keptAs: string | null): void {
    if (!keptAs) return;
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(keptAs + suffix) && !fs.existsSync(paths.databaseFile + suffix)) fs.renameSync(keptAs + suffix, paths.databaseFile + suffix);
    }
  }

  /** Every window refetches everything: the whole database changed. */
  function announceAll() {
    listeners.forEach((l) => l({ topics: [...TOPICS], ids: [], seq: 0 }));
  }

  function restore(file: string): { restoredFrom: string; damagedKeptAs: string | null } {
    requireMode(RESTORABLE, 'database_kept');
    const backup = listBackups(paths.backupDir).find((b) => path.basename(b.file) === file);
    if (!backup) throw new AppError('not_found', { entity: 'backup', id: file.slice(0, 80) });
    // The listing only looked at the header; read the whole backup before anything is moved.
    if (checkBackupFile(backup.file, backupOptions).length > 0) throw new AppError('invalid_state', { reason: 'backup_damaged' });
    const wasOpen = runtime !== null;
    if (runtime) {
      // Open but damaged: closed first, without an at-quit backup (the file is set aside instead).
      unsubscribe();
      runtime.close({ backup: false });
      runtime = null;
    }
    const damagedKeptAs = setAside();
    try {
      // Copied under a temporary name and renamed once checked: a kill or a full disk half-way
      // leaves no half database under the real name.
      writeChecked(paths.databaseFile, (temp) => fs.copyFileSync(backup.file, temp), backupOptions);
    } catch (error) {
      putBack(damagedKeptAs);
      // The damaged database that was in use goes on being used: better than none.
      if (wasOpen) tryOpen();
      throw error;
    }
    tryOpen();
    if (problem) throw new AppError('database_corrupt', { detail: 'backup' });
    announceAll();
    return { restoredFrom: backup.file, damagedKeptAs };
  }

  function startEmpty(): { damagedKeptAs: string | null } {
    requireMode(MAY_START_EMPTY, 'not_empty');
    const damagedKeptAs = setAside();
    tryOpen({ allowEmpty: true });
    if (problem) throw problem;
    announceAll();
    return { damagedKeptAs };
  }

  /** Runs a recovery action as a call: its refusals and failures become a Result, never a throw. */
  function answer(run: () => unknown): Result<unknown> {
    try {
      return { ok: true, value: run() };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      if ((error as { code?: unknown }).code === 'SQLITE_FULL' || (error as { code?: unknown }).code === 'ENOSPC') return { ok: false, error: { code: 'storage_full' } };
      return { ok: false, error: { code: 'io' } };
    }
  }

  tryOpen();

  return {
    runtime: () => runtime,
    service: {
      async call(channel, input): Promise<Result<unknown>> {
        const recovering = channel === 'recovery.status' || channel === 'recovery.restore';
        if (runtime && !(recovering && damagedRuntime())) return runtime.service.call(channel, input);
        if (channel === 'recovery.status') return { ok: true, value: status() };
        if (channel === 'recovery.restore' || channel === 'recovery.startEmpty') {
          const parsed = channels[channel].input.safeParse(input);
          if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toFieldIssues(parsed.error) } };
          return channel === 'recovery.restore' ? answer(() => restore((parsed.data as { file: string }).file)) : answer(startEmpty);
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
