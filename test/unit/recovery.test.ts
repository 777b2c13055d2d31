import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryStatus } from '../../shared/contract/channels-recovery.js';
import { openRuntime } from '../../main/core/runtime.js';
import { openRecoverable } from '../../main/service/recovery.js';
import { ok, tempDir } from '../helpers/runtime.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A data folder with one programme, a backup holding it, then a damaged database file. */
function damagedFolder() {
  const dir = tempDir('convene-recovery-');
  dirs.push(dir);
  const rt = openRuntime({ dataDir: dir });
  ok(rt.core.call('programme.create', { title: '备份里的项目' }));
  rt.close(); // takes the at-quit backup
  const file = path.join(dir, 'convene.db');
  fs.rmSync(`${file}-wal`, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });
  fs.writeFileSync(file, Buffer.alloc(64 * 1024, 0x42));
  return { dir, file };
}

describe('recovery mode', () => {
  it('a healthy database reports normal mode and refuses a restore', async () => {
    const dir = tempDir('convene-recovery-');
    dirs.push(dir);
    const r = openRecoverable({ dataDir: dir });
    expect(await r.service.call('recovery.status', {})).toEqual({ ok: true, value: { mode: 'normal' } });
    expect(await r.service.call('recovery.restore', { file: 'x.db' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    r.close({ backup: false });
  });

  it('a damaged database opens in recovery mode, offers the backups, restores the latest and keeps the damaged file', async () => {
    const { dir, file } = damagedFolder();
    const damaged = fs.readFileSync(file);
    const r = openRecoverable({ dataDir: dir });
    expect(r.runtime()).toBeNull();
    const status = (await r.service.call('recovery.status', {})) as { ok: true; value: RecoveryStatus };
    expect(status.value.mode).toBe('corrupt');
    if (status.value.mode === 'normal') return;
    expect(status.value.backups.length).toBeGreaterThan(0);
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(await r.service.call('recovery.restore', { file: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await r.service.call('recovery.restore', { file: 'not-a-backup.db' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const events: unknown[] = [];
    r.service.subscribe((e) => events.push(e));
    const latest = path.basename(status.value.backups[0]!.file);
    const restored = (await r.service.call('recovery.restore', { file: latest })) as { ok: true; value: { damagedKeptAs: string } };
    expect(restored.ok).toBe(true);
    expect(fs.readFileSync(restored.value.damagedKeptAs).equals(damaged)).toBe(true);
    expect(await r.service.call('programme.list', {})).toMatchObject({ ok: true, value: [{ title: '备份里的项目' }] });
    expect(await r.service.call('recovery.status', {})).toEqual({ ok: true, value: { mode: 'normal' } });
    expect(events).toHaveLength(1);
    r.close({ backup: false });
  });

  it('a database from a newer Convene is reported, not restorable over, and left as it is', async () => {
    const dir = tempDir('convene-recovery-');
    dirs.push(dir);
    const rt = openRuntime({ dataDir: dir });
    rt.core.db.pragma('user_version = 999');
    rt.close({ backup: false });
    const before = fs.readFileSync(path.join(dir, 'convene.db'));
    const r = openRecoverable({ dataDir: dir });
    const status = (await r.service.call('recovery.status', {})) as { ok: true; value: RecoveryStatus };
    expect(status.value).toMatchObject({ mode: 'future', found: 999 });
    expect(await r.service.call('recovery.restore', { file: 'x.db' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(fs.readFileSync(path.join(dir, 'convene.db')).equals(before)).toBe(true);
    r.close();
  });
});
