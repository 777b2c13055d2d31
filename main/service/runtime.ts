import fs from 'node:fs';
import { readFileSync } from 'node:fs';
import type { DbHealth } from '../../shared/contract/channels-recovery.js';
import type { AppInfo } from '../../shared/domain.js';
import { listBackups, rotateBackup } from '../db/backup.js';
import { keepDamagedCopy } from '../db/damaged-copy.js';
import { fileStore } from '../db/file-store.js';
import { holdsUserData } from '../db/identity.js';
import { openDatabase, schemaVersion } from '../db/open.js';
import { dataPaths, type DataPaths } from '../db/paths.js';
import { exportHandlers } from '../export/handlers.js';
import { handlers } from './handlers.js';
import { createService, type Service } from './service.js';
import { createCore, type Core } from '../core/core.js';
import { createHealthMonitor } from '../core/health.js';
import { startIdleWork } from '../core/idle-work.js';

export interface RuntimeOptions {
  dataDir: string;
  /** The Electron build of better-sqlite3, when running inside Electron. */
  nativeBinding?: string;
  now?: () => Date;
  newId?: () => string;
  keepBackups?: number;
  /** Open even though the database is missing or empty while backups exist (the user chose to start empty). */
  allowEmpty?: boolean;
  log?: (message: string, error: unknown) => void;
  /** Electron's printer for PDF exports; without it, exports print through headless Chromium. */
  printPdf?: (html: string) => Promise<Buffer>;
}

/** An open data folder: the database, the core over it, and what hosts need around it. */
export interface Runtime {
  core: Core;
  /** What transports serve: the core's channels plus the asynchronous exports. */
  service: Service;
  paths: DataPaths;
  /** The answer of the database check (what `db.health` answers). */
  health(): DbHealth;
  /**
   * Checks the database, takes the at-quit backup (best effort; not rotated in when the check found
   * damage) and closes the database.
   */
  close(options?: { backup?: boolean }): void;
}

/** Walks up from this file to Convene's package.json: the same code runs from main/ (tsx) and dist/main/. */
function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'convene' && pkg.version) return pkg.version;
    } catch {
      // not here; keep walking up
    }
  }
  return '0.0.0';
}

/**
 * Opens (creating, checking and migrating) the database in `dataDir` and builds the core. Throws
 * AppError('database_future' | 'database_corrupt') when the file must not be opened.
 */
export function openRuntime(options: RuntimeOptions): Runtime {
  const paths = dataPaths(options.dataDir);
  fs.mkdirSync(paths.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const opened = openDatabase({
    file: paths.databaseFile,
    backupDir: paths.backupDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.allowEmpty ? { allowEmpty: true } : {}),
  });
  const { db } = opened;
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  // The core is built below; the monitor only needs it once a check has answered.
  let announceHealth = () => {};
  const health = createHealthMonitor({
    db,
    file: paths.databaseFile,
    now,
    changed: () => announceHealth(),
    log,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const backupOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const takeBackup = (reason: 'manual' | 'at-quit') => rotateBackup(db, paths.backupDir, reason, now(), options.keepBackups, backupOptions);
  const version = packageVersion();
  const info = (): AppInfo => ({
    version,
    schemaVersion: schemaVersion(db),
    dataDir: paths.dataDir,
    databaseFile: paths.databaseFile,
  });
  const core = createCore({
    db,
    handlers,
    now,
    ...(options.newId ? { newId: options.newId } : {}),
    ...(options.log ? { log: options.log } : {}),
    host: {
      info,
      backup: () => takeBackup('manual'),
      listBackups: () => listBackups(paths.backupDir),
      health: () => health.current(),
      files: fileStore(paths.dataDir),
    },
  });
  announceHealth = () => core.announce(['health']);
  const service = createService(core, exportHandlers, {
    now,
    ...(options.log ? { log: options.log } : {}),
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
  });
  const idleWork = startIdleWork(core, { ...(options.log ? { log: options.log } : {}), afterFirstPass: () => health.startCheck() });
  let closed = false;
  return {
    core,
    service,
    paths,
    health: () => health.current(),
    close({ backup = true } = {}) {
      if (closed) return;
      closed = true;
      idleWork.stop();
      try {
        // The check first: a damaged database must not be rotated in over the good backups
        // (main/db/damaged-copy.ts says where its copy goes instead, and why). Nor is one with
        // nothing a user made: quit after quit, it would push the good ones out of the kept ten.
        if (backup && health.checkNow().state === 'damaged') keepDamagedCopy(db, paths.backupDir, log, backupOptions);
        else if (backup && (holdsUserData(db) || listBackups(paths.backupDir).length === 0)) takeBackup('at-quit');
      } finally {
        health.stop();
        db.close();
      }
    },
  };
}
