import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * The opinions tracker on the sample workshop: filter to the entrepreneurs, give 曾庆丰's opinions
 * dispositions with the keyboard (the IP one declined: first without a reason, which is refused in
 * words, then with one; the training one into the talent plan), watch the counts change, manage the
 * plans with undo, and check the English screen. CONVENE_SCREENSHOTS=DIR also saves screenshots.
 */
const shots = process.env.CONVENE_SCREENSHOTS;

/** sample.load straight on the host, as the brief's scripts do: POST /api/call/... with the token header. */
async function loadSample(page: Page, appUrl: string, locale: 'zh-CN' | 'en'): Promise<string> {
  const url = new URL(appUrl);
  const response = await page.request.post(`${url.origin}/api/call/sample.load`, {
    headers: { 'X-Convene-Token': url.searchParams.get('token') ?? '' },
    data: { locale },
  });
  const body = (await response.json()) as { ok: boolean; value: { programmeId: string } };
  expect(body.ok).toBe(true);
  return body.value.programmeId;
}

const row = (page: Page, text: string): Locator => page.locator('tr.opinion-row', { hasText: text });
const count = (page: Page, label: string) => page.getByRole('group', { name: /按办理情况筛选|Filter by disposition/ }).getByRole('button', { name: label, exact: true });

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

test('opinions tracker: filter the entrepreneurs, give their opinions dispositions by keyboard, counts follow', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'zh-CN' });
  const programmeId = await loadSample(page, appUrl, 'zh-CN');
  await page.goto(appUrl);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(`${appUrl}#/programmes/${programmeId}/opinions`);
  await expect(page.getByRole('heading', { level: 1, name: '意见办理跟踪' })).toBeVisible();
  await expect(page.getByRole('link', { name: '清源县高质量发展战略布局专题研讨' })).toBeVisible();

  // Counts over the whole programme.
  for (const [label, n] of [['全部', 13], ['待处理', 6], ['拟纳入规划', 3], ['已纳入', 1], ['不采纳', 1], ['暂缓', 2]] as const) {
    await expect(count(page, `${label} ${n}`)).toBeVisible();
  }
  await expect(page.locator('tr.opinion-row')).toHaveCount(13);
  await expect(page.getByRole('listitem').filter({ hasText: '人才发展规划' })).toBeVisible();
  await shot(page, 'zh-CN-opinions');

  // Only the entrepreneurs.
  await page.getByLabel('发言人类别').selectOption({ label: '企业家' });
  await expect(page.locator('tr.opinion-row')).toHaveCount(5);
  await expect(page.getByRole('status').filter({ hasText: '显示 5 条，共 13 条意见' })).toBeVisible();
  await expect(row(page, '子女上学、配偶就业')).toContainText('拟纳入规划');
  await expect(row(page, '子女上学、配偶就业')).toContainText('规划：人才发展规划');
  // The counts stay the programme's: they are what the filters choose from.
  await expect(count(page, '待处理 6')).toBeVisible();

  // --- The IP opinion, which the sample feeds into the business-environment plan, declined by keyboard
  // after all: the button, arrows from "to incorporate" to "declined", Tab to the reason, Enter.
  const ip = row(page, '研发成果被抄袭');
  await expect(ip).toContainText('规划：营商环境优化行动方案');
  await ip.getByRole('button', { name: /^办理曾庆丰的意见/ }).focus();
  await page.keyboard.press('Enter');
  const form = page.locator('form.disposition-form');
  await expect(form.getByRole('radio', { name: '拟纳入规划' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: '不采纳' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel(/不采纳的理由/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByText('不采纳时须填写理由')).toBeVisible();
  await expect(form.getByLabel(/不采纳的理由/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel(/不采纳的理由/)).toBeFocused();
  await shot(page, 'zh-CN-opinions-declined-invalid');
  await page.keyboard.type('维权执法属市级事权，已转市市场监管局研究');
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(ip).toContainText('不采纳');
  await expect(ip).toContainText('理由：维权执法属市级事权，已转市市场监管局研究');
  await expect(ip.getByRole('button', { name: /^办理曾庆丰的意见/ })).toBeFocused();
  await expect(count(page, '拟纳入规划 2')).toBeVisible();
  await expect(count(page, '不采纳 2')).toBeVisible();

  // --- The training opinion into the talent plan: a plan is required, and said so.
  const training = row(page, '订单班');
  await training.getByRole('button', { name: /^办理曾庆丰的意见/ }).click();
  await form.getByRole('radio', { name: '拟纳入规划' }).check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请选择要纳入的规划文件')).toBeVisible();
  await form.getByLabel(/纳入的规划文件/).selectOption({ label: '人才发展规划' });
  await form.getByLabel(/纳入的规划文件/).press('Enter');
  await expect(form).toHaveCount(0);
  await expect(training).toContainText('规划：人才发展规划');
  await expect(count(page, '待处理 5')).toBeVisible();
  await expect(count(page, '拟纳入规划 3')).toBeVisible();
  await expect(page.locator('.plan-item', { hasText: '人才发展规划' }).getByRole('button', { name: /2 条意见/ })).toBeVisible();

  // Escape closes a form without saving, focus back on its button.
  await training.getByRole('button', { name: /^办理曾庆丰的意见/ }).click();
  await form.getByRole('radio', { name: '暂缓' }).check();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(training.getByRole('button', { name: /^办理曾庆丰的意见/ })).toBeFocused();
  await expect(training).toContainText('拟纳入规划');

  // --- Pending only, then a count as a filter; both kept in the URL across a reload.
  await page.getByLabel('只看待处理').check();
  await expect(page.locator('tr.opinion-row')).toHaveCount(1);
  await expect(row(page, '地理标志')).toBeVisible();
  await count(page, '不采纳 2').click();
  await expect(count(page, '不采纳 2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('只看待处理')).not.toBeChecked();
  await expect(page.locator('tr.opinion-row')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('tr.opinion-row')).toHaveCount(2);
  await expect(page.getByLabel('发言人类别')).toHaveValue('entrepreneur');
  await page.getByRole('button', { name: '清除筛选' }).first().click();
  await expect(page.locator('tr.opinion-row')).toHaveCount(13);

  // --- Plans: add one, a plan's count filters to it, delete with Undo.
  await page.getByLabel('规划文件名称').fill('知识产权保护工作方案');
  await page.getByLabel('规划文件名称').press('Enter');
  const ipPlan = page.locator('.plan-item', { hasText: '知识产权保护工作方案' });
  await expect(ipPlan).toBeVisible();
  await expect(page.getByLabel('规划文件名称')).toHaveValue('');
  await page.locator('.plan-item', { hasText: '人才发展规划' }).getByRole('button', { name: /2 条意见/ }).click();
  await expect(page.locator('tr.opinion-row')).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: '规划文件', exact: true })).toHaveValue('sample-zh-1-plan-talent');
  await ipPlan.getByRole('button', { name: '删除“知识产权保护工作方案”' }).click();
  await expect(ipPlan).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(ipPlan).toBeVisible();

  // What the tracker shows is what the core holds.
  const view = await api('opinion.list', { programmeId });
  expect(view.counts).toEqual({ pending: 5, to_incorporate: 3, incorporated: 1, declined: 2, deferred: 2 });
});

test('opinions tracker in English', async ({ page, appUrl, api }) => {
  await api('settings.update', { language: 'en' });
  const programmeId = await loadSample(page, appUrl, 'en');
  await page.goto(`${appUrl}#/programmes/${programmeId}/opinions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Opinions tracker' })).toBeVisible();
  await expect(count(page, 'Pending 6')).toBeVisible();
  await page.getByLabel('Speaker category').selectOption({ label: 'Entrepreneur' });
  await expect(page.locator('tr.opinion-row')).toHaveCount(5);
  await expect(row(page, "spouses' jobs")).toContainText('Plan: Talent development plan');
  await shot(page, 'en-opinions');

  const ip = row(page, 'R&D is copied');
  await ip.getByRole('button', { name: /^Set the disposition of Zeng Qingfeng's opinion/ }).click();
  const form = page.locator('form.disposition-form');
  await form.getByRole('radio', { name: 'Declined' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('a reason is required when declining')).toBeVisible();
  await shot(page, 'en-opinions-declined-invalid');
  await form.getByLabel(/Reason for declining/).fill('Enforcement is a city matter; passed to the city market regulation bureau');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(ip).toContainText('Reason: Enforcement is a city matter');
  await expect(count(page, 'Declined 2')).toBeVisible();
  // It was to be incorporated into a plan, not pending: the pending count stays.
  await expect(count(page, 'Pending 6')).toBeVisible();

  if (shots) {
    await api('settings.update', { theme: 'dark' });
    await page.reload();
    await expect(count(page, 'Declined 2')).toBeVisible();
    await shot(page, 'en-opinions-dark');
  }
});
