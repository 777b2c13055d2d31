import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHealth, RecoveryStatus } from '../../shared/contract/channels-recovery.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { openRuntime } from '../../main/service/runtime.js';
import { checkBackupFile, listBackups } from '../../main/db/backup.js';
import { DAMAGED_COPY_NAME } from '../../main/db/damaged-copy.js';
import { checkIntegrityOffThread } from '../../main/db/integrity.js';
import { openRecoverable, type RecoverableRuntime } from '../../main/service/recovery.js';
import { flipBitInIndex } from '../helpers/damage.js';
import { ok, tempDir } from '../helpers/runtime.js';

const dirs: string[] = [];
const open: RecoverableRuntime[] = [];
afterEach(() => {
  open.splice(0).forEach((r) => r.close({ backup: false }));
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** A data folder holding a programme with a stage, closed `quits` times (each quit takes a backup). */
function folder(quits = 1, keepBackups?: number) {
  const dir = tempDir('convene-health-');
  dirs.push(dir);
  for (let i = 0; i < quits; i++) {
    const rt = openRuntime({ dataDir: dir, ...(keepBackups ? { keepBackups } : {}) });
    if (i === 0) {
      const programme = ok(rt.core.call('programme.create', { title: '第一期研讨' })) as { id: string };
      ok(rt.core.call('stage.create', { programmeId: programme.id, title: '第一轮' }));
    }
    rt.close();
  }
  return { dir, file: path.join(dir, 'convene.db') };
}

/** The bit flip quick_check misses: checked here, so the test proves what it claims. */
function damageIndex(file: string) {
  const damage = flipBitInIndex(file);
  expect(damage.quickCheck).toEqual(['ok']);
  expect(damage.integrityCheck.join('\n')).toMatch(/missing from index/);
  return damage;
}

/** Opens the folder as `convene serve` and the Electron app do. */
function openAsServe(dir: string) {
  const r = openRecoverable({ dataDir: dir, log: () => {} });
  open.push(r);
  return r;
}

/** The next `health` event, then what db.health answers. */
async function healthAfterEvent(r: RecoverableRuntime): Promise<DbHealth> {
  await new Promise<void>((resolve) => {
    const stop = r.service.subscribe((event: ChangeEvent) => {
      if (!event.topics.includes('health')) return;
      stop();
      resolve();
    });
  });
  const answer = await r.service.call('db.health', {});
  return (answer as { ok: true; value: DbHealth }).value;
}

describe('the database check in idle time after opening', () => {
  it('reports a bit-flipped index through db.health and a health event, without stopping the app, and offers the backups', async () => {
    const { dir, file } = folder();
    const damage = damageIndex(file);

    const r = openAsServe(dir);
    // It opens: quick_check at open passes, and nothing waits for the full check.
    expect(r.runtime()).not.toBeNull();
    expect(await r.service.call('db.health', {})).toEqual({ ok: true, value: { state: 'pending', problems: [], checkedAt: null } });
    expect(await r.service.call('recovery.status', {})).toEqual({ ok: true, value: { mode: 'normal' } });

    const health = await healthAfterEvent(r);
    expect(health.state).toBe('damaged');
    expect(health.problems.join('\n')).toContain(`missing from index ${damage.index}`);
    expect(health.checkedAt).not.toBeNull();

    // The app keeps working while the UI says so and offers recovery.
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: '第一期研讨' }] });
    const status = (await r.service.call('recovery.status', {})) as { ok: true; value: RecoveryStatus };
    expect(status.value).toMatchObject({ mode: 'damaged', detail: expect.stringContaining('missing from index') });
    if (status.value.mode === 'normal') return;
    expect(status.value.backups.length).toBe(1);

    // Restoring the backup puts a checked database in place and keeps the damaged file.
    const restored = await r.service.call('recovery.restore', { file: path.basename(status.value.backups[0]!.file) });
    expect(restored).toMatchObject({ ok: true, value: { damagedKeptAs: expect.stringContaining('convene.db.damaged-') } });
    expect(await r.service.call('recovery.status', {})).toEqual({ ok: true, value: { mode: 'normal' } });
    expect((await healthAfterEvent(r)).state).toBe('ok');
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: '第一期研讨' }] });
  });

  it('reports a healthy database as ok, and refuses a restore there', async () => {
    const { dir } = folder();
    const r = openAsServe(dir);
    expect(await healthAfterEvent(r)).toMatchObject({ state: 'ok', problems: [] });
    expect(await r.service.call('recovery.restore', { file: path.basename(listBackups(path.join(dir, 'backups'))[0]!.file) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
  });
});

describe('the check off the main thread', () => {
  it('runs in a worker with its own read-only connection, and on the calling thread when the worker cannot load the addon', async () => {
    const { file } = folder();
    damageIndex(file);
    const inWorker = await checkIntegrityOffThread({ file, inThread: () => ['the calling thread'] }).result;
    expect(inWorker).toEqual({ problems: [expect.stringContaining('missing from index')] });
    const fallback = await checkIntegrityOffThread({ file, nativeBinding: path.join(file, 'missing.node'), inThread: () => ['the calling thread'] }).result;
    expect(fallback).toEqual({ problems: ['the calling thread'] });
  });
});

describe('the database check at quit', () => {
  it('does not rotate a backup of a damaged database over the good ones, and keeps its copy apart', () => {
    const keepBackups = 3;
    const { dir, file } = folder(keepBackups, keepBackups);
    const backupDir = path.join(dir, 'backups');
    const good = listBackups(backupDir).map((b) => b.file);
    expect(good).toHaveLength(keepBackups);
    damageIndex(file);

    // Quit at once: the idle check has not answered, so the check at quit is what finds the damage.
    const rt = openRuntime({ dataDir: dir, keepBackups, log: () => {} });
    rt.close();

    expect(listBackups(backupDir).map((b) => b.file)).toEqual(good);
    const copy = path.join(backupDir, DAMAGED_COPY_NAME);
    expect(fs.existsSync(copy)).toBe(true);
    // Only an index was damaged: the copy is rebuilt from the tables' rows and passes the full check.
    expect(checkBackupFile(copy)).toEqual([]);
    expect(fs.readdirSync(backupDir).sort()).toEqual([...good.map((f) => path.basename(f)), DAMAGED_COPY_NAME].sort());
  });

  it('still rotates the at-quit backup of a healthy database', () => {
    const { dir } = folder(2, 2);
    const backupDir = path.join(dir, 'backups');
    const before = listBackups(backupDir).map((b) => b.file);
    const rt = openRuntime({ dataDir: dir, keepBackups: 2 });
    rt.close();
    const after = listBackups(backupDir).map((b) => b.file);
    expect(after).toHaveLength(2);
    expect(after[1]).toBe(before[0]);
    expect(fs.existsSync(path.join(backupDir, DAMAGED_COPY_NAME))).toBe(false);
  });
});
