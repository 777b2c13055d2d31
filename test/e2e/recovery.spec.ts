import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { apiFor, expect, startHost, test, type Host } from './fixtures.js';

/**
 * A damaged database at start: the host still starts, the UI explains in the user's language and
 * offers the latest backup; restoring brings the data back and the damaged file is kept.
 */
test.use({ locale: 'zh-CN' });

test('a damaged database is detected and the latest backup restored from the UI, keeping the damaged file', async ({ page, request, dataDir }) => {
  const first = await startHost(dataDir);
  await apiFor(first, request)('sample.load', { locale: 'zh-CN' });
  await first.stop(); // stopping takes the at-quit backup
  expect(fs.readdirSync(path.join(dataDir, 'backups')).length).toBeGreaterThan(0);

  const file = path.join(dataDir, 'convene.db');
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const damaged = Buffer.alloc(256 * 1024, 0x5a);
  fs.writeFileSync(file, damaged);

  const second = await startHost(dataDir);
  try {
    await page.goto(second.url);
    await expect(page.getByRole('heading', { name: '数据库无法打开' })).toBeVisible();
    await expect(page.getByText('数据文件已损坏')).toBeVisible();
    await page.getByRole('button', { name: '恢复最近的备份' }).click();
    await expect(page.getByRole('status')).toContainText('已恢复备份');
    // The page reloads into the app with the restored data.
    await expect(page.getByText('清源县高质量发展战略布局专题研讨').first()).toBeVisible({ timeout: 15_000 });
    const kept = fs.readdirSync(dataDir).filter((name) => name.startsWith('convene.db.damaged-') && !/-(wal|shm)$/.test(name));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, kept[0]!)).equals(damaged)).toBe(true);
  } finally {
    await second.stop();
  }
});

/** The words a user reads, per language. */
const WORDS = {
  'zh-CN': {
    programme: '备份里的研讨项目',
    newProgramme: '新建研讨项目',
    title: '标题',
    emptyTitle: '数据库文件是空的',
    emptyText: '数据库文件是空的，可能在磁盘已满或程序被强行关闭时被截断',
    missingTitle: '找不到数据库文件',
    restoreLatest: '恢复最近的备份',
    restoreThis: '恢复此备份',
    restored: '已恢复备份',
    startEmpty: '从空白数据库开始',
    startedEmpty: '已新建空白数据库，所有备份都已保留。',
    noProgrammes: '还没有研讨项目',
  },
  en: {
    programme: 'The programme in the backup',
    newProgramme: 'New programme',
    title: 'Title',
    emptyTitle: 'The database file is empty',
    emptyText: 'The database file is empty; it may have been cut off',
    missingTitle: 'The database file is missing',
    restoreLatest: 'Restore the latest backup',
    restoreThis: 'Restore this backup',
    restored: 'The backup was restored',
    startEmpty: 'Start with an empty database',
    startedEmpty: 'A new, empty database was created; every backup was kept.',
    noProgrammes: 'No programmes yet',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

/** From an empty data folder: a programme created through the UI, then the host stopped (the at-quit backup). */
async function programmeThenQuit(page: Page, dataDir: string, w: Words): Promise<void> {
  const first = await startHost(dataDir);
  try {
    await page.goto(first.url);
    await page.getByRole('button', { name: w.newProgramme }).click();
    await expect(page.getByLabel(w.title)).toBeFocused();
    await page.keyboard.type(w.programme);
    await page.getByLabel(w.title).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: w.programme })).toBeVisible();
  } finally {
    await first.stop();
  }
}

const backupNames = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'backups')).sort();

async function withHost(dataDir: string, run: (host: Host) => Promise<void>): Promise<void> {
  const host = await startHost(dataDir);
  try {
    await run(host);
  } finally {
    await host.stop();
  }
}

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`a 0-byte database beside backups (${locale})`, () => {
    test.use({ locale });
    const w = WORDS[locale];

    test('opens the recovery screen offering only the good backups, and restoring the latest brings the programme back', async ({ page, dataDir }) => {
      await programmeThenQuit(page, dataDir, w);
      expect(backupNames(dataDir)).toHaveLength(1);
      const file = path.join(dataDir, 'convene.db');
      for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      // A full disk truncated the database; a kill during an older version's quit backup left an empty "latest" one.
      fs.writeFileSync(file, '');
      fs.writeFileSync(path.join(dataDir, 'backups', 'convene-20990101T000000000Z-at-quit.db'), '');

      await withHost(dataDir, async (second) => {
        await page.goto(second.url);
        await expect(page.getByRole('heading', { level: 1, name: w.emptyTitle })).toBeVisible();
        await expect(page.getByText(w.emptyText)).toBeVisible();
        // One good backup offered; the empty file is not.
        await expect(page.getByRole('button', { name: w.restoreThis })).toHaveCount(1);
        await expect(page.getByRole('button', { name: w.startEmpty })).toBeVisible();
        await page.getByRole('button', { name: w.restoreLatest }).click();
        await expect(page.getByRole('status')).toContainText(w.restored);
        // The page reloads into the app with the restored data.
        await expect(page.getByRole('link', { name: w.programme })).toBeVisible({ timeout: 15_000 });
      });
    });
  });
}

test.describe('a missing database beside backups (en)', () => {
  test.use({ locale: 'en' });
  const w = WORDS.en;

  test('starting with an empty database on purpose keeps every backup, and quitting it adds none', async ({ page, dataDir }) => {
    await programmeThenQuit(page, dataDir, w);
    const file = path.join(dataDir, 'convene.db');
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    const backups = backupNames(dataDir);

    await withHost(dataDir, async (second) => {
      await page.goto(second.url);
      await expect(page.getByRole('heading', { level: 1, name: w.missingTitle })).toBeVisible();
      await expect(page.getByRole('button', { name: w.restoreThis })).toHaveCount(1);
      await page.getByRole('button', { name: w.startEmpty }).click();
      await expect(page.getByRole('status')).toHaveText(w.startedEmpty);
      await expect(page.getByText(w.noProgrammes)).toBeVisible({ timeout: 15_000 });
    });
    expect(backupNames(dataDir)).toEqual(backups);
  });
});

test('a SQLite file that is not Convene\'s is explained, offered no restore, and left byte for byte', async ({ page, dataDir }) => {
  // Made with the host's own SQLite: a table of someone else's, no Convene application_id.
  const host = await startHost(dataDir);
  await host.stop();
  const file = path.join(dataDir, 'convene.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const { default: Database } = await import('better-sqlite3');
  const foreign = new Database(file);
  foreign.exec('CREATE TABLE invoice (n INTEGER); INSERT INTO invoice VALUES (42);');
  foreign.close();
  const before = fs.readFileSync(file);

  await withHost(dataDir, async (second) => {
    await page.goto(second.url);
    await expect(page.getByRole('heading', { level: 1, name: '数据库无法打开' })).toBeVisible();
    await expect(page.getByText('这个文件不是 Convene 的数据库')).toBeVisible();
    await expect(page.getByText(`数据库文件：${file}`)).toBeVisible();
    await expect(page.getByRole('button', { name: '恢复最近的备份' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '从空白数据库开始' })).toHaveCount(0);
  });
  expect(fs.readFileSync(file).equals(before)).toBe(true);
});
