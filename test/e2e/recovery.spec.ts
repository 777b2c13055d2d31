import fs from 'node:fs';
import path from 'node:path';
import { apiFor, expect, startHost, test } from './fixtures.js';

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
