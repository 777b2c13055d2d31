import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * A first real meeting from an EMPTY data folder, as a secretary and a facilitator live it. The
 * programme, sessions, people and agenda are set up through the API; everything under test goes
 * through keys and clicks: presence marked with the row keys, chair and secretary set by participant
 * role (and seen in the session details and the minutes draft), present / on leave / absent /
 * observers in the draft, "attendance was not taken" for a session without presence; then the run:
 * start, end the first sitting (the session stays live), resume, an interjection without a countdown
 * (the projector shows none), end the meeting, and reopen it after a confirmation. In zh-CN and en.
 * CONVENE_SCREENSHOTS=DIR saves screenshots to look at.
 */

const shots = process.env.CONVENE_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const WORDS = {
  'zh-CN': {
    role: (name: string) => `${name}的身份`,
    chairRole: '主持',
    secretaryRole: '记录',
    observerRole: '列席',
    detailsChair: '主持人',
    detailsSecretary: '记录人',
    generate: '生成纪要草稿',
    minutesChair: '主持',
    minutesRecorder: '记录',
    present: (group: string) => `${group}：出席人员`,
    leadership: '县领导',
    departmentHead: '部门负责人',
    observers: '列席人员',
    unrecorded: '出席情况未登记的人员',
    notTaken: '未记录出席情况：纪要的“出席”一栏将写明这一点。',
    excused: '请假人员',
    absent: '缺席人员',
    join: '、',
    start: '开始会议',
    live: '进行中',
    closed: '已结束',
    sitting1: '第 1 场（09:00–12:00）',
    sitting2: '第 2 场（14:30–17:30）',
    endSitting: '结束本场',
    sittingEnded: '第 1 场已结束',
    adjourned: /第 1 场已结束，会议仍在进行中/,
    resume2: '继续会议（第 2 场）',
    resume3: '继续会议（第 3 场）',
    adjournedAgain: /第 2 场已结束，会议仍在进行中/,
    projectorSittingEnded: '第 1 场结束',
    continueRound: '继续议程项“逐一发言”',
    interjection: '插话',
    interjectLabel: '谁插话？',
    noCountdown: '投影上不显示倒计时',
    speaking: '正在发言',
    sessionCountdown: '投影显示倒计时',
    end: '结束会议',
    endTitle: '结束会议？',
    ended: '会议已结束',
    closedNotice: /本次研讨会已结束/,
    notStarted: '会议尚未开始',
    reopen: '重新开启会议',
    reopenTitle: '重新开启会议？',
    projectorClosed: '会议已结束',
  },
  en: {
    role: (name: string) => `Role of ${name}`,
    chairRole: 'Chair',
    secretaryRole: 'Secretary',
    observerRole: 'Observer',
    detailsChair: 'Chair',
    detailsSecretary: 'Secretary',
    generate: 'Draft the minutes',
    minutesChair: 'Chair',
    minutesRecorder: 'Minutes taken by',
    present: (group: string) => `${group}: present`,
    leadership: 'County leadership',
    departmentHead: 'Department head',
    observers: 'In attendance (observers and guests)',
    unrecorded: 'People whose presence was not recorded',
    notTaken: 'Attendance was not taken: the minutes will say so under “Present”.',
    excused: 'Absent with leave',
    absent: 'Absent',
    join: ', ',
    start: 'Start the session',
    live: 'Live',
    closed: 'Closed',
    sitting1: 'Sitting 1 (09:00–12:00)',
    sitting2: 'Sitting 2 (14:30–17:30)',
    endSitting: 'End this sitting',
    sittingEnded: 'Sitting 1 has ended',
    adjourned: /Sitting 1 has ended; the session is still live/,
    resume2: 'Resume (sitting 2)',
    resume3: 'Resume (sitting 3)',
    adjournedAgain: /Sitting 2 has ended; the session is still live/,
    projectorSittingEnded: 'Sitting 1 has ended',
    continueRound: 'Continue agenda item “Round of statements”',
    interjection: 'Interjection',
    interjectLabel: 'Who interjects?',
    noCountdown: 'No countdown on the projector',
    speaking: 'Speaking',
    sessionCountdown: 'Show the countdown on the projector',
    end: 'End the session',
    endTitle: 'End the session?',
    ended: 'The session has ended',
    closedNotice: /This session has ended/,
    notStarted: 'Not started yet',
    reopen: 'Reopen the session',
    reopenTitle: 'Reopen the session?',
    projectorClosed: 'The session has ended',
  },
} as const;

const NAMES = { 'zh-CN': ['江辰', '林晓', '王芳', '赵磊', '周敏', '孙丽'], en: ['Jiang Chen', 'Lin Xiao', 'Wang Fang', 'Zhao Lei', 'Zhou Min', 'Sun Li'] };

/** An empty laptop: one programme, a session of two sittings with six invitees and a two-item agenda, a second session. */
async function setUp(api: Api, locale: 'zh-CN' | 'en') {
  const [jiang, lin, wang, zhao, zhou, sun] = NAMES[locale];
  await api('settings.update', { language: locale });
  const programme = await api('programme.create', { title: locale === 'en' ? 'Strategy workshops' : '战略研讨', locale });
  const stage = await api('stage.create', { programmeId: programme.id, title: locale === 'en' ? 'Round 1' : '第一轮' });
  const session = await api('session.create', {
    stageId: stage.id,
    title: locale === 'en' ? 'Leadership seminar' : '常委会研讨会',
    sittings: [
      { date: '2027-01-11', startTime: '09:00', endTime: '12:00' },
      { date: '2027-01-11', startTime: '14:30', endTime: '17:30' },
    ],
  });
  const other = await api('session.create', { stageId: stage.id, title: locale === 'en' ? 'Follow-up meeting' : '跟进会' });
  const person = async (name: string, category: 'leadership' | 'staff' | 'department_head' | 'expert') => (await api('person.create', { name, category })).id;
  const ids = {
    jiang: await person(jiang!, 'leadership'),
    lin: await person(lin!, 'staff'),
    wang: await person(wang!, 'department_head'),
    zhao: await person(zhao!, 'department_head'),
    zhou: await person(zhou!, 'expert'),
    sun: await person(sun!, 'department_head'),
  };
  await api('attendance.add', { sessionId: session.id, personIds: Object.values(ids) });
  await api('attendance.add', { sessionId: other.id, personIds: [ids.wang, ids.sun] });
  const round = await api('agenda.create', { sessionId: session.id, kind: 'statements', title: locale === 'en' ? 'Round of statements' : '逐一发言', plannedMinutes: 60 });
  await api('agenda.create', { sessionId: session.id, kind: 'discussion', title: locale === 'en' ? 'Open discussion' : '自由讨论', plannedMinutes: 30 });
  await api('speaker.add', { agendaItemId: round.id, personId: ids.wang });
  await api('speaker.add', { agendaItemId: round.id, personId: ids.zhao });
  return { sessionId: session.id, otherId: other.id, names: { jiang: jiang!, lin: lin!, wang: wang!, zhao: zhao!, zhou: zhou!, sun: sun! } };
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`a first meeting from an empty folder: presence, chair and secretary, minutes, sittings, reopen, no countdown (${locale})`, async ({ page, browser, appUrl, api }) => {
    test.setTimeout(120_000);
    const w = WORDS[locale];
    const { sessionId, otherId, names } = await setUp(api, locale);

    // ---- Prepare: roles and presence in the participants table.
    await page.goto(`${appUrl}#/sessions/${sessionId}`);
    const row = (name: string) => page.locator('tr.participant-row', { has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row(names.jiang)).toBeVisible();
    await page.getByRole('combobox', { name: w.role(names.jiang) }).selectOption({ label: w.chairRole });
    await page.getByRole('combobox', { name: w.role(names.lin) }).selectOption({ label: w.secretaryRole });
    await page.getByRole('combobox', { name: w.role(names.zhou) }).selectOption({ label: w.observerRole });
    // The details form follows: one fact, two places.
    await expect(page.getByRole('combobox', { name: w.detailsChair, exact: true })).toHaveValue(names.jiang);
    await expect(page.getByRole('combobox', { name: w.detailsSecretary, exact: true })).toHaveValue(names.lin);

    const mark = async (name: string, key: string, presence: string) => {
      await row(name).getByRole('rowheader').click();
      await page.keyboard.press(key);
      await expect(row(name)).toHaveClass(new RegExp(`presence-row-${presence}`));
    };
    await mark(names.jiang, 'p', 'present');
    await mark(names.lin, 'p', 'present');
    await mark(names.wang, 'l', 'late');
    await mark(names.zhao, 'e', 'excused');
    await mark(names.zhou, 'p', 'present');
    await mark(names.sun, 'a', 'absent');
    await shot(page, `run-sittings-participants-${locale}`);

    // ---- The minutes draft reads the recorded presence.
    await page.goto(`${appUrl}#/sessions/${sessionId}/minutes`);
    await page.getByRole('button', { name: w.generate }).click();
    await expect(page.getByRole('textbox', { name: w.minutesChair, exact: true })).toHaveValue(names.jiang);
    await expect(page.getByRole('textbox', { name: w.minutesRecorder, exact: true })).toHaveValue(names.lin);
    await expect(page.getByRole('textbox', { name: w.present(w.leadership) })).toHaveValue(names.jiang);
    await expect(page.getByRole('textbox', { name: w.present(w.departmentHead) })).toHaveValue(names.wang);
    // 列席 is a block of its own, not a group inside 出席.
    await expect(page.getByRole('textbox', { name: w.observers, exact: true })).toHaveValue(names.zhou);
    await expect(page.getByRole('textbox', { name: w.excused, exact: true })).toHaveValue(names.zhao);
    await expect(page.getByRole('textbox', { name: w.absent, exact: true })).toHaveValue(names.sun);
    await shot(page, `run-sittings-minutes-${locale}`);

    // A session where nobody's presence was recorded: attendance was not taken (not a list of invitees).
    await page.goto(`${appUrl}#/sessions/${otherId}/minutes`);
    await page.getByRole('button', { name: w.generate }).click();
    await expect(page.getByText(w.notTaken)).toBeVisible();
    // Nobody is listed as present; the invited are named as not recorded, in their own field.
    await expect(page.getByRole('textbox', { name: new RegExp(w.present('.*')) })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: w.unrecorded, exact: true })).toHaveValue(new RegExp(names.wang));
    await shot(page, `run-sittings-minutes-not-taken-${locale}`);

    // ---- The run, with the projector in a second browser.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const projector = await context.newPage();
    await projector.goto(`${appUrl}#/projector/${sessionId}`);

    await page.goto(`${appUrl}#/sessions/${sessionId}/run`);
    await page.getByRole('button', { name: w.start, exact: true }).click();
    await expect(page.getByTestId('run-status')).toHaveText(w.live);
    await expect(page.getByTestId('run-sitting')).toHaveText(w.sitting1);
    await page.keyboard.press('n'); // the round starts
    await expect(page.getByTestId('current-item')).toHaveText(locale === 'en' ? 'Round of statements' : '逐一发言');
    await page.keyboard.press('n'); // its first speaker
    await expect(page.getByTestId('current-speaker')).toContainText(names.wang);
    await expect(projector.getByTestId('projector-speaker')).toHaveText(names.wang);

    // End the morning sitting: the session stays live; the screen and the projector say so.
    await page.getByRole('button', { name: w.endSitting }).click();
    await expect(page.getByTestId('run-notice')).toHaveText(w.adjourned);
    await expect(page.getByTestId('run-status')).toHaveText(w.live);
    await expect(page.getByTestId('now-empty')).toHaveText(w.sittingEnded);
    await expect(projector.getByText(w.projectorSittingEnded)).toBeVisible();
    await shot(page, `run-sittings-adjourned-${locale}`);
    await shot(projector, `run-sittings-projector-adjourned-${locale}`);

    // Resume for the afternoon: the next item, then a county head's interjection without a countdown.
    await page.getByRole('button', { name: w.resume2 }).click();
    await expect(page.getByTestId('run-sitting')).toHaveText(w.sitting2);
    await expect(page.getByTestId('run-notice')).toHaveCount(0);
    // The morning's round ended with someone still waiting: it can be continued.
    await expect(page.getByRole('button', { name: w.continueRound })).toBeEnabled();
    await page.keyboard.press('n'); // the open discussion
    await expect(page.getByTestId('current-item')).toHaveText(locale === 'en' ? 'Open discussion' : '自由讨论');
    await expect(projector.getByTestId('projector-countdown')).toBeVisible();
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: w.interjection });
    await dialog.getByRole('checkbox', { name: w.noCountdown }).check();
    await dialog.getByRole('combobox', { name: w.interjectLabel }).fill(names.jiang);
    await expect(dialog.getByRole('option').first()).toContainText(names.jiang);
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('current-speaker')).toContainText(names.jiang);
    await expect(projector.getByTestId('projector-speaker')).toHaveText(names.jiang);
    await expect(projector.getByText(w.interjection, { exact: true })).toBeVisible();
    await expect(projector.getByTestId('projector-countdown')).toHaveCount(0);
    await shot(page, `run-sittings-interjection-${locale}`);
    await shot(projector, `run-sittings-projector-interjection-${locale}`);
    // The interjection ends: the item's countdown is back, until the facilitator hides it for the whole session.
    await page.keyboard.press('n');
    await expect(projector.getByTestId('projector-speaker')).toHaveText('');
    await expect(projector.getByTestId('projector-countdown')).toBeVisible();
    const sessionCountdown = page.getByRole('checkbox', { name: w.sessionCountdown });
    await sessionCountdown.click(); // it follows the saved setting: unticked once the host has it
    await expect(sessionCountdown).not.toBeChecked();
    await expect(projector.getByTestId('projector-countdown')).toHaveCount(0);

    // End the meeting (asked first): it says ended, never "not started".
    await page.getByRole('button', { name: w.end, exact: true }).click();
    const endDialog = page.getByRole('dialog', { name: w.endTitle });
    await endDialog.getByRole('button', { name: w.end, exact: true }).click();
    await expect(page.getByTestId('run-status')).toHaveText(w.closed);
    await expect(page.getByTestId('run-notice')).toHaveText(w.closedNotice);
    await expect(page.getByTestId('now-empty')).toHaveText(w.ended);
    await expect(page.getByText(w.notStarted)).toHaveCount(0);
    await expect(projector.getByText(w.projectorClosed)).toBeVisible();
    await shot(page, `run-sittings-ended-${locale}`);

    // Reopen, after a confirmation: live again, between sittings, ready to resume.
    await page.getByRole('button', { name: w.reopen }).click();
    const reopenDialog = page.getByRole('dialog', { name: w.reopenTitle });
    await reopenDialog.getByRole('button', { name: w.reopen }).click();
    await expect(page.getByTestId('run-status')).toHaveText(w.live);
    await expect(page.getByTestId('run-notice')).toHaveText(w.adjournedAgain);
    await expect(page.getByRole('button', { name: w.resume3 })).toBeVisible();
    await shot(page, `run-sittings-reopened-${locale}`);
    await context.close();
  });
}
