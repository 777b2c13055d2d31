import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * The foundation, as a new user sees it: programmes, stages, sessions with sittings, the language
 * and theme settings, the sample workshop, errors in words, and the trash. Driven by keys and
 * clicks, checked by what is on screen.
 */

function stageCard(page: Page, n: number) {
  return page.locator('.stage-card').nth(n - 1);
}

async function stageTitles(page: Page) {
  return page.locator('.stage-card .stage-title').evaluateAll((nodes) =>
    nodes.map((node) => (node.textContent ?? '').replace(/^第 \d+ 阶段 |^Stage \d+ /, '').trim()),
  );
}

test.describe('in Chinese (the system language is zh-CN)', () => {
  test.use({ locale: 'zh-CN' });

  test('plan a programme: two stages, reorder, a session with two sittings; then English survives a reload', async ({ page, appUrl, api }) => {
    await page.goto(appUrl);
    await expect(page.getByRole('heading', { level: 1, name: '研讨项目' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '还没有研讨项目' })).toBeVisible();
    await expect(page.getByText('新建第一个研讨项目，或打开示例研讨')).toBeVisible();

    // --- A programme: the form opens with the cursor in the title; Enter submits.
    await page.getByRole('button', { name: '新建研讨项目' }).click();
    await expect(page.getByLabel('标题')).toBeFocused();
    await page.keyboard.type('清源县战略研讨');
    await page.getByLabel('说明').fill('把五年战略转化为各单位的年度计划、重点任务和考核指标。');
    await expect(page.getByLabel('会议语言')).toHaveValue('zh-CN');
    await page.getByLabel('标题').press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '清源县战略研讨' })).toBeVisible();
    await expect(page.getByText('把五年战略转化为各单位的年度计划')).toBeVisible();

    // --- Stages: the form is open while there are none.
    await expect(page.getByText('还没有阶段。')).toBeVisible();
    const stageForm = page.locator('form', { has: page.getByRole('heading', { name: '添加阶段' }) });
    await stageForm.getByLabel('阶段名称').fill('常委会层面研讨');
    await stageForm.getByLabel('参加对象').fill('县委常委、副县长');
    await stageForm.getByLabel('研讨目的').fill('统一思想；首次对接');
    await stageForm.getByRole('button', { name: '添加阶段' }).click();
    await expect(stageCard(page, 1)).toBeFocused();
    await expect(stageCard(page, 1)).toContainText('县委常委、副县长');

    await page.getByRole('button', { name: '添加阶段' }).click();
    await expect(stageForm.getByLabel('阶段名称')).toBeFocused();
    await page.keyboard.type('专题研讨');
    await stageForm.getByLabel('参加对象').fill('部门负责人、乡镇党政主要负责人、人大代表、政协委员、企业家代表');
    await stageForm.getByLabel('阶段名称').press('Enter');
    await expect(page.locator('.stage-card')).toHaveCount(2);
    expect(await stageTitles(page)).toEqual(['常委会层面研讨', '专题研讨']);

    // --- Reorder with the keyboard: Alt+ArrowUp on the focused stage, announced in words.
    await stageCard(page, 2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByTestId('announcer')).toHaveText('“专题研讨”已移到第 1 位，共 2 个阶段。');
    await expect.poll(() => stageTitles(page)).toEqual(['专题研讨', '常委会层面研讨']);
    await expect(stageCard(page, 1)).toBeFocused();
    // ... and back with the button.
    await page.getByRole('button', { name: '下移“专题研讨”' }).click();
    await expect.poll(() => stageTitles(page)).toEqual(['常委会层面研讨', '专题研讨']);
    await expect(page.getByTestId('announcer')).toHaveText('“专题研讨”已移到第 2 位，共 2 个阶段。');

    // --- Edit in place: an empty title is refused beside the field; Escape gives the old one back.
    await page.getByRole('button', { name: '编辑标题' }).click();
    await page.getByRole('textbox', { name: '标题' }).fill('');
    await page.keyboard.press('Enter');
    await expect(page.locator('.field-error')).toHaveText('必填');
    await expect(page.getByRole('textbox', { name: '标题' })).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: '清源县战略研讨' })).toBeVisible();
    await expect(page.getByRole('button', { name: '编辑标题' })).toBeFocused();

    // --- Edit a stage's purpose in place.
    await stageCard(page, 2).getByRole('button', { name: '编辑研讨目的' }).click();
    await page.keyboard.type('围绕专题深入研讨，形成任务清单');
    await page.keyboard.press('Control+Enter');
    await expect(stageCard(page, 2)).toContainText('围绕专题深入研讨，形成任务清单');
    await expect(stageCard(page, 2).getByRole('button', { name: '编辑研讨目的' })).toBeFocused();

    // --- A session with two sittings in stage 1.
    await stageCard(page, 1).getByRole('button', { name: '新建研讨会' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: '在“常委会层面研讨”中新建研讨会' }) });
    await expect(form.getByLabel('会议名称')).toBeFocused();
    await page.keyboard.type('常委会层面战略对接研讨会');
    await form.getByLabel('主题').fill('战略愿景与关键路径');
    await form.getByLabel('会议形式').selectOption({ label: '研讨（不作决定）' });
    await form.getByLabel('地点').fill('县委会议室');
    await form.getByLabel('第 1 场 日期').fill('2025-03-12');
    await form.getByRole('button', { name: '添加场次' }).click();
    // The second sitting follows the first: same day, afternoon.
    await expect(form.getByLabel('第 2 场 日期')).toBeFocused();
    await expect(form.getByLabel('第 2 场 日期')).toHaveValue('2025-03-12');
    await expect(form.getByLabel('第 2 场 开始')).toHaveValue('14:30');
    await form.getByLabel('第 2 场 结束').fill('17:00');
    await form.getByRole('button', { name: '创建并打开' }).click();
    await expect(page).toHaveURL(/#\/sessions\/[A-Za-z0-9_-]+$/);
    await expect(page.getByText('常委会层面战略对接研讨会').first()).toBeVisible();

    // --- Back to the programme: the session, its mode, venue and both sittings.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: '清源县战略研讨' })).toBeVisible();
    const session = stageCard(page, 1).locator('.session-item');
    await expect(session.getByRole('link', { name: '常委会层面战略对接研讨会' })).toBeVisible();
    await expect(session).toContainText('研讨（不作决定）');
    await expect(session).toContainText('县委会议室');
    await expect(session).toContainText('未开始');
    await expect(session.locator('.sitting-list li')).toHaveText([/2025.*3.*12.*09:00–12:00/, /2025.*3.*12.*14:30–17:00/]);

    // --- Settings: English at once, and after a reload.
    await page.getByRole('link', { name: '设置' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '跟随系统' }).first()).toBeChecked();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect((await api('settings.get', {})).language).toBe('en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await page.getByRole('link', { name: 'Programmes' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '清源县战略研讨' }) });
    await expect(card).toContainText('2 stages');
    await expect(card).toContainText('1 session');
    await card.getByRole('link', { name: '清源县战略研讨' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Stages' })).toBeVisible();
    await expect(stageCard(page, 1)).toContainText('Stage 1');
    expect(await stageTitles(page)).toEqual(['常委会层面研讨', '专题研讨']);
    await expect(stageCard(page, 1).locator('.session-item')).toContainText('Discussion (no decisions)');
    await expect(stageCard(page, 1).locator('.sitting-list li')).toHaveCount(2);
  });

  test('open the sample workshop and see its stages and sessions', async ({ page, appUrl }) => {
    await page.goto(appUrl);
    await page.getByRole('button', { name: '打开示例研讨' }).click();
    await expect(page).toHaveURL(/#\/programmes\//);
    await expect(page.getByRole('heading', { level: 1, name: '清源县高质量发展战略布局专题研讨' })).toBeVisible();
    const titles = await stageTitles(page);
    expect(titles.slice(0, 2)).toEqual(['常委会层面研讨', '专题研讨']);
    await expect(stageCard(page, 1)).toContainText('县委常委');
    await expect(page.getByRole('link', { name: '常委会层面战略对接研讨会' })).toBeVisible();
    await expect(page.getByRole('link', { name: '专题研讨会：优化营商环境，构建创新生态' })).toBeVisible();
    await expect(stageCard(page, 1).locator('.sitting-list li')).toHaveCount(2);
    // Home lists it with its counts.
    await page.getByRole('link', { name: '研讨项目' }).first().click();
    await expect(page.getByRole('link', { name: '清源县高质量发展战略布局专题研讨' })).toBeVisible();
    await expect(page.getByText(/\d+ 个阶段/)).toBeVisible();
  });

  test('errors are said in words: a missing title, a missing programme, a stopped service', async ({ page, appUrl, api, host }) => {
    await page.goto(appUrl);
    await page.getByRole('button', { name: '新建研讨项目' }).click();
    await page.getByLabel('说明').fill('先写说明，忘了标题');
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '输入有误，请检查标出的字段。' })).toBeVisible();
    const title = page.getByLabel('标题');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toBeFocused();
    await expect(page.locator('.field-error')).toHaveText('必填');
    await expect(page.getByLabel('说明')).toHaveValue('先写说明，忘了标题');
    expect(await api('programme.list', {})).toHaveLength(0);

    // A link to something that is not there: a sentence, not a stack.
    await page.goto(`${new URL(appUrl).origin}/#/programmes/does-not-exist`);
    await expect(page.getByRole('alert')).toContainText('找不到该研讨项目，可能已被删除。');
    await expect(page.getByRole('button', { name: '重试' })).toBeVisible();

    // The service stops: the call fails, the toast says so in Chinese, and the form keeps the text.
    await page.getByRole('link', { name: '研讨项目' }).first().click();
    await page.getByRole('button', { name: '新建研讨项目' }).click();
    await page.getByLabel('标题').fill('停电前输入的标题');
    await host.stop();
    await page.getByLabel('标题').press('Enter');
    await expect(page.getByText('无法连接到 Convene 服务，请确认程序仍在运行。')).toBeVisible();
    await expect(page.getByLabel('标题')).toHaveValue('停电前输入的标题');
  });

  test('delete with undo, restore from the trash, delete forever after confirming', async ({ page, appUrl, api }) => {
    const first = await api('programme.create', { title: '第一个项目' });
    await api('programme.create', { title: '第二个项目' });
    await page.goto(appUrl);

    // Delete, then Undo in the toast.
    await page.getByRole('button', { name: '删除“第一个项目”' }).click();
    await expect(page.getByText('已删除“第一个项目”，可在回收站恢复。')).toBeVisible();
    await expect(page.getByRole('link', { name: '第一个项目' })).toHaveCount(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByRole('link', { name: '第一个项目' })).toBeVisible();

    // Delete both; restore one from the trash, purge the other.
    await page.getByRole('button', { name: '删除“第一个项目”' }).click();
    await page.getByRole('button', { name: '删除“第二个项目”' }).click();
    await expect(page.getByRole('heading', { name: '还没有研讨项目' })).toBeVisible();
    await page.getByRole('link', { name: '回收站' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '回收站' })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: '恢复“第一个项目”' }).click();
    await expect(page.getByRole('rowheader', { name: '第一个项目' })).toHaveCount(0);

    await page.getByRole('button', { name: '彻底删除“第二个项目”' }).click();
    const dialog = page.getByRole('dialog', { name: '彻底删除“第二个项目”？' });
    await expect(dialog).toBeVisible();
    // Escape cancels; nothing is deleted.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('rowheader', { name: '第二个项目' })).toBeVisible();
    await page.getByRole('button', { name: '彻底删除“第二个项目”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '彻底删除' }).click();
    await expect(page.getByRole('heading', { name: '回收站是空的' })).toBeVisible();

    const programmes = await api('programme.list', {});
    expect(programmes.map((p) => p.id)).toEqual([first.id]);
  });

  test('settings: theme applies at once and is kept; a backup can be taken', async ({ page, appUrl }) => {
    await page.goto(`${appUrl}#/settings`);
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
    await page.getByRole('radio', { name: '深色' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();

    await expect(page.getByText('数据文件夹')).toBeVisible();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(page.getByText(/^已备份到 .*convene-.*\.db$/)).toBeVisible();
    await expect(page.getByRole('table', { name: '已有备份' }).getByRole('row')).not.toHaveCount(1);
  });
});

test.describe('in English (the system language is en-US)', () => {
  test.use({ locale: 'en-US' });

  test('the language follows the system until the user chooses one', async ({ page, appUrl }) => {
    await page.goto(appUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
    await expect(page.getByText('Create your first programme, or open the sample workshop')).toBeVisible();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('radio', { name: 'Follow the system' }).first()).toBeChecked();
    await page.getByRole('radio', { name: '中文' }).check();
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
    await page.getByRole('radio', { name: '跟随系统' }).first().check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
});
