import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { apiOf, clockHostPerTest, setClockTo } from './run-host.js';

/**
 * Home's "what is due" (issue 17, point 7), from an empty data folder: two programmes and their
 * tasks made through the UI on Wednesday 15 January 2025 (the test clock), due dates given in words
 * in the task panel; one task submitted for acceptance. The clock moves to Wednesday 22 January. Home lists them in three groups with counts,
 * each linking to its task on its board. Then in English.
 */

// 09:00 in Asia/Shanghai, Wednesday 15 January 2025.
const currentHost = clockHostPerTest('convene-home-due-', '2025-01-15T01:00:00.000Z');

async function programmeWithTasks(page: Page, title: string, tasks: [string, string][]) {
  await page.getByRole('link', { name: '研讨项目' }).first().click();
  await page.getByRole('button', { name: '新建研讨项目' }).click();
  await page.keyboard.type(title);
  await page.getByLabel('标题').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('link', { name: '任务看板' }).click();
  const quick = page.getByTestId('quick-add-proposed');
  for (const [task, rule] of tasks) {
    await quick.fill(task);
    await quick.press('Enter');
    await page.getByTestId('action-card').filter({ hasText: task }).click();
    const panel = page.getByRole('dialog');
    await panel.getByTestId('due-rule').fill(rule);
    await panel.getByTestId('due-rule').press('Enter');
    await expect(panel.getByTestId('due-current')).toBeVisible();
    await page.keyboard.press('Escape');
  }
}

test('Home lists what is due across programmes: this week, overdue, awaiting acceptance; both languages', async ({ page, request }) => {
  test.setTimeout(120_000);
  const host = currentHost();
  const api = apiOf(host, request);
  await api('settings.update', { language: 'zh-CN' });
  await page.goto(host.url);
  const due = page.getByTestId('due-overview');

  await programmeWithTasks(page, '甲项目', [
    ['本周五报送方案', '2025年1月24日前'],
    ['上周一的台账', '2025年1月20日前'],
  ]);
  await programmeWithTasks(page, '乙项目', [['周四前汇总名单', '2025年1月23日前']]);
  // The one submitted for acceptance: 已报送 needs a lead unit, made here as the office would.
  const programmes = await api('programme.list', {});
  const unit = await api('unit.create', { name: '工信局' });
  await api('action.create', { programmeId: programmes.find((p) => p.title === '乙项目')!.id, title: '已报送的调研报告', status: 'submitted', leadUnitId: unit.id });

  await setClockTo(host, request, '2025-01-22T01:00:00.000Z');
  await page.getByRole('link', { name: '研讨项目' }).first().click();
  await page.reload();
  await expect(due.getByRole('heading', { name: '待办' })).toBeVisible();
  await expect(page.getByTestId('due-overdue')).toContainText('已逾期 1 项');
  await expect(page.getByTestId('due-overdue')).toContainText('上周一的台账');
  await expect(page.getByTestId('due-overdue')).toContainText('甲项目');
  await expect(page.getByTestId('due-thisWeek')).toContainText('本周到期 2 项');
  await expect(page.getByTestId('due-thisWeek').getByRole('listitem')).toHaveText([/周四前汇总名单.*乙项目/, /本周五报送方案.*甲项目/]);
  await expect(page.getByTestId('due-submitted')).toContainText('待验收 1 项');
  await page.screenshot({ path: test.info().outputPath('home-due-zh.png'), fullPage: true });

  // A link opens the task on its programme's board.
  await page.getByTestId('due-overdue').getByRole('link', { name: '上周一的台账' }).click();
  await expect(page.getByTestId('action-panel')).toBeVisible();
  await expect(page.getByTestId('action-panel')).toContainText('上周一的台账');

  await api('settings.update', { language: 'en' });
  await page.goto(host.url);
  await expect(page.getByTestId('due-overview').getByRole('heading', { name: 'What is due' })).toBeVisible();
  await expect(page.getByTestId('due-overdue')).toContainText('Overdue 1');
  await expect(page.getByTestId('due-thisWeek')).toContainText('Due this week 2');
  await expect(page.getByTestId('due-submitted')).toContainText('Awaiting acceptance 1');
  await page.screenshot({ path: test.info().outputPath('home-due-en.png'), fullPage: true });
});
