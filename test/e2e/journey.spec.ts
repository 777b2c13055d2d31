import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures.js';

/**
 * The acceptance journey of "a first real meeting from an empty laptop": a secretary, from an EMPTY
 * data folder, does by keyboard and mouse what the meeting needs: the directory (units, people), a
 * programme with a stage, a session of two sittings, its participants with chair, secretary and
 * presence, an agenda (a presentation, a round of statements with two speakers, a summary); runs it
 * (the presentation, the next item and speaker with N, an interjection with I, the first sitting
 * ended, resumed); captures notes (the presenter's without @, then @ + pinyin initials), marks an
 * opinion, corrects a speaker in the note editor, makes a task of a note, moves it on the board by
 * keyboard after setting its lead unit (and meets the confirmation of the guarded move to
 * Accepted), drafts the minutes (attendance as recorded, chair and recorder) and exports them as
 * Markdown. Only the UI language is set through the api; the api is used otherwise only to check
 * what was saved. In zh-CN and en. CONVENE_SCREENSHOTS=DIR saves screenshots to look at.
 */

const shots = process.env.CONVENE_SCREENSHOTS;

/** The data (Qingyuan Stage 1, SCENARIO.md) and the words the user sees, per language. */
const W = {
  'zh-CN': {
    data: {
      programme: '清源县高质量发展战略布局专题研讨',
      stage: '常委会层面研讨',
      audience: '县委常委、副县长',
      session: '常委会层面战略对接研讨会',
      venue: '县委会议室',
      units: [
        ['清源县工业和信息化局', '工信局'],
        ['清源县财政局', '财政局'],
        ['清源县人民政府金融工作办公室', '金融办'],
      ],
      jiang: '江辰',
      li: '李长根',
      zhao: '赵国栋',
      wang: '王敏',
      chen: '陈洋',
      liu: '刘芳',
      sun: '孙丽',
      positions: { jiang: '县委书记', li: '县长', zhao: '副县长', wang: '局长', chen: '局长', liu: '主任', sun: '县委办秘书' },
      presentation: '战略愿景与关键路径',
      round: '分管领域逐一发言',
      summary: '主持人总结',
      presenterNote: '今后五年要走好三条关键路径。',
      wangNote: '建议出台“专精特新”企业扶持政策，分阶段施策。',
      zhaoNote: '要把重点项目库建起来，按季度调度。',
    },
    initials: { jiang: 'jc', zhao: 'zgd', wang: 'wm', li: 'lcg', lead: 'gxj' },
    home: { heading: '研讨项目', empty: '还没有研讨项目', new: '新建研讨项目', title: '标题', description: '说明', submit: '创建' },
    programme: {
      addStage: '添加阶段',
      stageFormHeading: '添加阶段',
      stageName: '阶段名称',
      audience: '参加对象',
      newSession: '新建研讨会',
      sessionForm: (stage: string) => `在“${stage}”中新建研讨会`,
      sessionTitle: '会议名称',
      venue: '地点',
      date: (n: number) => `第 ${n} 场 日期`,
      end: (n: number) => `第 ${n} 场 结束`,
      addSitting: '添加场次',
      create: '创建并打开',
    },
    directory: {
      link: '通讯录',
      people: '人员',
      units: '单位',
      unitName: '单位名称',
      shortName: '简称',
      kind: '类型',
      addUnit: '添加单位',
      addPersonHeading: '添加人员',
      name: '姓名',
      position: '职务',
      unit: '单位',
      category: '类别',
      addPerson: '添加人员',
    },
    participants: {
      add: '从通讯录添加',
      role: (name: string) => `${name}的身份`,
      present: '出席',
      counts: ['出席 4', '请假 1', '缺席 1', '未确认 1'],
      chair: '主持人',
      secretary: '记录人',
    },
    agenda: {
      heading: '议程与发言安排',
      form: '添加议程项',
      kind: '类型',
      title: /^标题/,
      minutes: '计划时长（分钟）',
      sitting: '所属场次',
      presenter: '报告人',
      submit: '添加议程项',
      speakersOf: (title: string) => new RegExp(`^发言人（\\d+）：“${title}”的发言顺序$`),
      addSpeaker: '添加发言人',
    },
    run: {
      tabs: '研讨会各环节',
      projector: '投影',
      start: '开始会议',
      live: '进行中',
      startedItem: (title: string) => `开始议程项：${title}`,
      nowSpeaking: (name: string) => `现在发言：${name}`,
      interjection: '插话',
      who: '谁插话？',
      endSitting: '结束本场',
      adjourned: /第 1 场已结束，会议仍在进行中/,
      sittingEnded: '第 1 场已结束',
      resume: '继续会议（第 2 场）',
      sitting2: /^第 2 场/,
    },
    capture: {
      input: '记录内容',
      saved: (who: string) => `已保存：${who} · 思路`,
      presenterTag: '主讲',
      markOpinion: '标为意见',
      opinion: '意见：待处理',
      editor: '修改记录内容',
      speaker: '发言人',
      save: '保存',
      makeTask: '转为任务',
      taskMade: '已转为任务',
    },
    board: {
      heading: '任务看板',
      lead: '牵头单位',
      leadValue: '清源县工业和信息化局',
      content: '贷款贴息',
      deliverable: '成果形式',
      deliverableValue: '扶持政策文件，报县政府办',
      confirm: '要求的内容还没有全部完成',
      confirmBody: (title: string) => `“${title}”的 1 项要求内容中还有 1 项没有勾选完成。仍然改为“已验收”吗？`,
      cancel: '取消',
      notMoved: (title: string) => `未移动：“${title}”仍在“已报送”`,
      anyway: '仍然改为“已验收”',
      moved: (title: string) => `已将“${title}”移到“已验收”。`,
    },
    minutes: {
      generate: '生成纪要草稿',
      title: '标题',
      chair: '主持',
      recorder: '记录',
      present: (group: string) => `${group}：出席人员`,
      leadership: '县领导',
      departmentHead: '部门负责人',
      observers: '列席人员',
      unrecorded: '出席情况未登记的人员',
      excused: '请假人员',
      absent: '缺席人员',
      join: '、',
      exportButton: /^导出/,
      markdown: '会议纪要：Markdown 文本（.md）',
      fileName: '常委会层面战略对接研讨会-会议纪要-第1版（草稿）-2025-03-12.md',
      docNumber: '文号',
      distribution: '分送',
      copyTo: '抄送',
      issuer: '印发机关',
      issueDate: '印发日期',
      filled: { docNumber: '清政办纪〔2025〕3号', distribution: '县委办、县政府各部门', copyTo: '县人大办、县政协办', issuer: '清源县人民政府办公室' },
      saved: '纪要已保存。',
      approve: '审定',
      approveConfirm: '审定并锁定',
      approved: '纪要已审定并锁定。',
      newVersion: '新建修订版本',
      newVersionDone: '已新建第 2 版草稿，可以修改了。',
      version1: '第 1 版（已审定）',
      word: '会议纪要：Word 文档（.docx）',
      docxName: '常委会层面战略对接研讨会-会议纪要-第1版（已审定）-2025-03-12.docx',
      printed: (d: { zhao: string; li: string; chen: string; liu: string; sun: string }) => [
        '第 1 版（已审定）',
        '清政办纪〔2025〕3号',
        `列席：${d.zhao}`,
        `出席情况未登记：${d.li}`,
        `请假：${d.chen}`,
        `缺席：${d.liu}`,
        `记录：${d.sun}`,
        '分送：县委办、县政府各部门',
        '抄送：县人大办、县政协办',
        '清源县人民政府办公室\u30002025年3月12日印发',
      ],
    },
  },
  en: {
    data: {
      programme: 'Qingyuan County high-quality development strategy seminars',
      stage: 'Leadership team',
      audience: 'Standing committee members, deputy county heads',
      session: 'Leadership strategy alignment seminar',
      venue: 'County committee meeting room',
      units: [
        ['Qingyuan County Bureau of Industry and Information Technology', 'Industry and IT Bureau'],
        ['Qingyuan County Finance Bureau', 'Finance Bureau'],
        ['Qingyuan County Financial Affairs Office', 'Financial Affairs Office'],
      ],
      jiang: 'Jiang Chen',
      li: 'Li Changgen',
      zhao: 'Zhao Guodong',
      wang: 'Wang Min',
      chen: 'Chen Yang',
      liu: 'Liu Fang',
      sun: 'Sun Li',
      positions: {
        jiang: 'County Party Secretary',
        li: 'County Head',
        zhao: 'Deputy County Head',
        wang: 'Director',
        chen: 'Director',
        liu: 'Director',
        sun: 'Secretary, county committee office',
      },
      presentation: 'Strategic vision and key paths',
      round: 'Statements by portfolio',
      summary: 'Chair’s summary',
      presenterNote: 'Three key paths for the next five years.',
      wangNote: 'Support policy for specialised SMEs, staged by growth phase.',
      zhaoNote: 'Build the key project pipeline and review it every quarter.',
    },
    initials: { jiang: 'Jiang', zhao: 'zg', wang: 'wm', li: 'Li Changgen', lead: 'Industry' },
    home: { heading: 'Programmes', empty: 'No programmes yet', new: 'New programme', title: 'Title', description: 'Description', submit: 'Create' },
    programme: {
      addStage: 'Add stage',
      stageFormHeading: 'Add a stage',
      stageName: 'Stage name',
      audience: 'Audience',
      newSession: 'New session',
      sessionForm: (stage: string) => `New session in “${stage}”`,
      sessionTitle: 'Session title',
      venue: 'Venue',
      date: (n: number) => `Sitting ${n} Date`,
      end: (n: number) => `Sitting ${n} End`,
      addSitting: 'Add sitting',
      create: 'Create and open',
    },
    directory: {
      link: 'Directory',
      people: 'People',
      units: 'Units',
      unitName: 'Unit name',
      shortName: 'Short name',
      kind: 'Kind',
      addUnit: 'Add unit',
      addPersonHeading: 'Add a person',
      name: 'Name',
      position: 'Position',
      unit: 'Unit',
      category: 'Category',
      addPerson: 'Add person',
    },
    participants: {
      add: 'Add from the directory',
      role: (name: string) => `Role of ${name}`,
      present: 'Present',
      counts: ['Present 4', 'Absent with leave 1', 'Absent 1', 'Unconfirmed 1'],
      chair: 'Chair',
      secretary: 'Secretary',
    },
    agenda: {
      heading: 'Agenda and speakers',
      form: 'Add an agenda item',
      kind: 'Kind',
      title: /^Title/,
      minutes: 'Planned minutes',
      sitting: 'Sitting',
      presenter: 'Presenter',
      submit: 'Add item',
      speakersOf: (title: string) => new RegExp(`^Speakers \\(\\d+\\) of “${title}”$`),
      addSpeaker: 'Add a speaker',
    },
    run: {
      tabs: 'Parts of this session',
      projector: 'Projector',
      start: 'Start the session',
      live: 'Live',
      startedItem: (title: string) => `Started agenda item: ${title}`,
      nowSpeaking: (name: string) => `Now speaking: ${name}`,
      interjection: 'Interjection',
      who: 'Who interjects?',
      endSitting: 'End this sitting',
      adjourned: /Sitting 1 has ended; the session is still live/,
      sittingEnded: 'Sitting 1 has ended',
      resume: 'Resume (sitting 2)',
      sitting2: /^Sitting 2/,
    },
    capture: {
      input: 'Note',
      saved: (who: string) => `Saved: ${who} · Idea`,
      presenterTag: 'presenter',
      markOpinion: 'Mark as opinion',
      opinion: 'Opinion: Pending',
      editor: 'Change the note',
      speaker: 'Speaker',
      save: 'Save',
      makeTask: 'Make a task',
      taskMade: 'Task made',
    },
    board: {
      heading: 'Task board',
      lead: 'Lead unit',
      leadValue: 'Qingyuan County Bureau of Industry and Information Technology',
      content: 'Loan interest subsidy',
      deliverable: 'Deliverable',
      deliverableValue: 'The support policy, to the county office',
      confirm: 'Not all required contents are done',
      confirmBody: (title: string) => `1 of the 1 required contents of “${title}” is not ticked off yet. Change it to “Accepted” anyway?`,
      cancel: 'Cancel',
      notMoved: (title: string) => `Not moved: “${title}” is still in “Submitted”`,
      anyway: 'Change to “Accepted” anyway',
      moved: (title: string) => `Moved “${title}” to “Accepted”.`,
    },
    minutes: {
      generate: 'Draft the minutes',
      title: 'Title',
      chair: 'Chair',
      recorder: 'Minutes taken by',
      present: (group: string) => `${group}: present`,
      leadership: 'County leadership',
      departmentHead: 'Department head',
      observers: 'In attendance (observers and guests)',
      unrecorded: 'People whose presence was not recorded',
      excused: 'Absent with leave',
      absent: 'Absent',
      join: ', ',
      exportButton: /^Export/,
      markdown: 'Minutes: Markdown text (.md)',
      fileName: 'Leadership-strategy-alignment-seminar-minutes-v1-draft-2025-03-12.md',
      docNumber: 'Reference',
      distribution: 'Distribution',
      copyTo: 'Copy to',
      issuer: 'Issued by',
      issueDate: 'Date of issue',
      filled: { docNumber: 'QY/2025/3', distribution: 'County departments', copyTo: 'County congress office', issuer: 'Qingyuan County Government Office' },
      saved: 'Minutes saved.',
      approve: 'Approve',
      approveConfirm: 'Approve and lock',
      approved: 'Minutes approved and locked.',
      newVersion: 'Start a new version',
      newVersionDone: 'Version 2 started as a draft: you can edit it now.',
      version1: 'Version 1 (approved)',
      word: 'Minutes: Word document (.docx)',
      docxName: 'Leadership-strategy-alignment-seminar-minutes-v1-approved-2025-03-12.docx',
      printed: (d: { zhao: string; li: string; chen: string; liu: string; sun: string }) => [
        'Version 1 (approved)',
        'QY/2025/3',
        `In attendance: ${d.zhao}`,
        `Presence not recorded: ${d.li}`,
        `Absent with leave: ${d.chen}`,
        `Absent: ${d.liu}`,
        `Minutes taken by: ${d.sun}`,
        'Distribution: County departments',
        'Copy to: County congress office',
        'Issued by Qingyuan County Government Office, 12 March 2025',
      ],
    },
  },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  test(`a first real meeting from an empty laptop, the whole loop by keys and clicks (${locale})`, async ({ page, appUrl, api }) => {
    test.setTimeout(240_000);
    const w = W[locale];
    const d = w.data;
    const origin = new URL(appUrl).origin;
    const shot = async (name: string) => {
      if (!shots) return;
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, `${locale}-${name}.png`) });
    };
    const announced = (text: string | RegExp): Locator => page.getByTestId('announcer').filter({ hasText: text });

    await api('settings.update', { language: locale });
    await page.goto(appUrl);
    await expect(page.getByRole('heading', { level: 1, name: w.home.heading })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.home.empty })).toBeVisible();

    // ---- 1. The directory: three units, seven people, from nothing.
    await page.getByRole('link', { name: w.directory.link }).click();
    await page.getByRole('tab', { name: w.directory.units }).click();
    for (const [name, shortName] of d.units) {
      await page.getByLabel(w.directory.unitName).fill(name);
      await page.getByLabel(w.directory.shortName).fill(shortName);
      await page.getByLabel(w.directory.kind).selectOption('department');
      await page.getByRole('button', { name: w.directory.addUnit }).click();
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    await page.getByRole('tab', { name: w.directory.people }).click();
    const personForm = page.locator('form', { has: page.getByRole('heading', { name: w.directory.addPersonHeading }) });
    const people: [keyof typeof d.positions, string | null, string][] = [
      ['jiang', null, 'leadership'],
      ['li', null, 'leadership'],
      ['zhao', null, 'leadership'],
      ['wang', d.units[0][0], 'department_head'],
      ['chen', d.units[1][0], 'department_head'],
      ['liu', d.units[2][0], 'department_head'],
      ['sun', null, 'staff'],
    ];
    for (const [who, unit, category] of people) {
      const name = d[who];
      await personForm.getByLabel(w.directory.name).fill(name);
      await personForm.getByLabel(w.directory.position).fill(d.positions[who]);
      // The unit picker: the name typed, Enter picks it; emptied and left, the person has no unit.
      const unitBox = personForm.getByRole('combobox', { name: w.directory.unit, exact: true });
      await unitBox.fill(unit ?? '');
      await unitBox.press(unit ? 'Enter' : 'Tab');
      await expect(unitBox).toHaveValue(unit ?? '');
      await personForm.getByLabel(w.directory.category).selectOption(category);
      await personForm.getByRole('button', { name: w.directory.addPerson }).click();
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
      await expect(personForm.getByLabel(w.directory.name)).toBeFocused();
    }
    await expect(page.getByRole('row', { name: new RegExp(d.wang) })).toContainText(d.units[0][0]);
    await shot('01-directory');

    // ---- 2. A programme, its first stage, a session with two sittings.
    await page.getByRole('link', { name: w.home.heading }).first().click();
    await page.getByRole('button', { name: w.home.new }).click();
    await expect(page.getByLabel(w.home.title)).toBeFocused();
    await page.keyboard.type(d.programme);
    await page.getByLabel(w.home.title).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: d.programme })).toBeVisible();
    const stageForm = page.locator('form', { has: page.getByRole('heading', { name: w.programme.stageFormHeading }) });
    await stageForm.getByLabel(w.programme.stageName).fill(d.stage);
    await stageForm.getByLabel(w.programme.audience).fill(d.audience);
    await stageForm.getByRole('button', { name: w.programme.addStage }).click();
    const stage = page.locator('.stage-card').first();
    await expect(stage).toContainText(d.audience);
    await stage.getByRole('button', { name: w.programme.newSession }).click();
    const sessionForm = page.locator('form', { has: page.getByRole('heading', { name: w.programme.sessionForm(d.stage) }) });
    await expect(sessionForm.getByLabel(w.programme.sessionTitle)).toBeFocused();
    await page.keyboard.type(d.session);
    await sessionForm.getByLabel(w.programme.venue).fill(d.venue);
    await sessionForm.getByLabel(w.programme.date(1)).fill('2025-03-12');
    await sessionForm.getByRole('button', { name: w.programme.addSitting }).click();
    await expect(sessionForm.getByLabel(w.programme.date(2))).toHaveValue('2025-03-12');
    await sessionForm.getByLabel(w.programme.end(2)).fill('17:30');
    await sessionForm.getByRole('button', { name: w.programme.create }).click();
    await expect(page).toHaveURL(/#\/sessions\/[A-Za-z0-9_-]+$/);
    const sessionId = /#\/sessions\/([A-Za-z0-9_-]+)$/.exec(page.url())![1]!;
    await expect(page.getByRole('heading', { level: 1, name: d.session })).toBeVisible();
    expect((await api('session.get', { id: sessionId })).sittings.map((s) => [s.date, s.startTime, s.endTime])).toEqual([
      ['2025-03-12', '09:00', '12:00'],
      ['2025-03-12', '14:30', '17:30'],
    ]);

    // ---- 3. Participants: added by name or initials; chair and secretary by role; presence by row keys.
    const search = page.getByRole('combobox', { name: w.participants.add });
    const row = (name: string) => page.locator('tr.participant-row', { has: page.getByRole('rowheader', { name, exact: true }) });
    for (const who of ['jiang', 'li', 'zhao', 'wang', 'chen', 'liu', 'sun'] as const) {
      await search.fill(d[who]);
      await expect(page.getByRole('listbox', { name: w.participants.add }).getByRole('option').first()).toContainText(d[who]);
      await search.press('Enter');
      await expect(row(d[who])).toBeVisible();
      await expect(search).toBeFocused();
    }
    await page.getByRole('combobox', { name: w.participants.role(d.jiang) }).selectOption('chair');
    await page.getByRole('combobox', { name: w.participants.role(d.sun) }).selectOption('secretary');
    // 赵国栋 sits in as an observer (列席): present, but not among those attending.
    await page.getByRole('combobox', { name: w.participants.role(d.zhao) }).selectOption('observer');
    await expect(page.getByRole('combobox', { name: w.participants.chair, exact: true })).toHaveValue(d.jiang);
    await expect(page.getByRole('combobox', { name: w.participants.secretary, exact: true })).toHaveValue(d.sun);
    const mark = async (name: string, key: string, presence: string) => {
      await row(name).getByRole('rowheader').click();
      await page.keyboard.press(key);
      await expect(row(name)).toHaveClass(new RegExp(`presence-row-${presence}`));
    };
    await mark(d.jiang, 'p', 'present');
    await mark(d.zhao, 'p', 'present');
    await mark(d.wang, 'p', 'present');
    await mark(d.chen, 'e', 'excused');
    await mark(d.liu, 'a', 'absent');
    // The secretary is there too (P); 李长根's presence is never recorded: he comes in late, unnoticed.
    await row(d.sun).getByRole('button', { name: w.participants.present, exact: true }).click();
    await expect(row(d.sun).getByRole('button', { name: w.participants.present, exact: true })).toHaveAttribute('aria-pressed', 'true');
    const counts = page.getByTestId('presence-counts');
    for (const text of w.participants.counts) await expect(counts).toContainText(text);
    await shot('02-participants');

    // ---- 4. The agenda: a presentation by the county party secretary, a round of statements, a summary.
    await page.goto(`${origin}/#/sessions/${sessionId}/agenda`);
    await expect(page.getByRole('heading', { level: 2, name: w.agenda.heading })).toBeVisible();
    const form = page.getByRole('form', { name: w.agenda.form });
    const addItem = async (kind: string, title: string, minutes: string, sitting: number, presenter: string | null) => {
      await form.getByLabel(w.agenda.kind).selectOption(kind);
      await form.getByRole('textbox', { name: w.agenda.title }).fill(title);
      await form.getByLabel(w.agenda.minutes).fill(minutes);
      await form.getByLabel(w.agenda.sitting, { exact: true }).selectOption({ index: sitting - 1 });
      if (presenter) {
        const picker = form.getByRole('combobox', { name: w.agenda.presenter });
        await picker.fill(presenter);
        await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(d.jiang);
        await picker.press('Enter');
        await expect(picker).toHaveValue(d.jiang);
        // The list closes on the pick: it does not cover the form's button.
        await expect(picker).toHaveAttribute('aria-expanded', 'false');
      }
      await form.getByRole('button', { name: w.agenda.submit }).click();
      await expect(page.getByTestId('agenda-item').filter({ hasText: title })).toBeVisible();
    };
    await addItem('presentation', d.presentation, '30', 1, w.initials.jiang);
    await addItem('statements', d.round, '60', 1, null);
    await addItem('summary', d.summary, '20', 2, null);
    const items = page.getByTestId('agenda-item');
    await expect(items.getByRole('heading', { level: 3 })).toHaveText([d.presentation, d.round, d.summary]);
    await expect(items.filter({ hasText: d.presentation })).toContainText(d.jiang);
    const round = items.filter({ hasText: d.round });
    await round.getByRole('button', { name: w.agenda.speakersOf(d.round) }).click();
    const addSpeaker = round.getByRole('combobox', { name: w.agenda.addSpeaker });
    for (const [initials, name] of [
      [w.initials.zhao, d.zhao],
      [w.initials.wang, d.wang],
    ] as const) {
      await addSpeaker.focus();
      await page.keyboard.type(initials);
      await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(name);
      await page.keyboard.press('Enter');
      await expect(round.getByTestId('speaker-row').last()).toContainText(name);
    }
    await expect(round.getByTestId('speaker-row')).toHaveCount(2);
    await shot('03-agenda');

    // ---- 5. Run: start; N starts the presentation.
    await page.goto(`${origin}/#/sessions/${sessionId}/run`);
    await page.getByRole('button', { name: w.run.start, exact: true }).click();
    await expect(page.getByTestId('run-status')).toHaveText(w.run.live);
    const runAnnouncer = page.locator('.run-screen > [data-testid="announcer"]');
    await page.keyboard.press('n');
    await expect(page.getByTestId('current-item')).toHaveText(d.presentation);
    await expect(runAnnouncer).toHaveText(w.run.startedItem(d.presentation));
    await shot('04-run-presentation');

    // The facilitator puts the projector up from the session tabs: a tab of its own, with access, showing the presentation.
    const [projector] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('navigation', { name: w.run.tabs }).getByRole('link', { name: w.run.projector }).click(),
    ]);
    await expect(projector.getByTestId('projector-item')).toContainText(d.presentation);
    expect(projector.url()).not.toContain('token=');
    await projector.close();

    // Capture while the presentation runs: the presenter is the speaker, without any @.
    await page.goto(`${origin}/#/sessions/${sessionId}/capture`);
    const input = page.getByRole('combobox', { name: w.capture.input });
    await expect(input).toBeFocused();
    const speakerChip = page.locator('.capture-chip[data-chip="' + w.capture.speaker + '"]');
    await expect(speakerChip).toContainText(d.jiang);
    await expect(speakerChip).toContainText(w.capture.presenterTag);
    await page.keyboard.type(d.presenterNote);
    await page.keyboard.press('Enter');
    await expect(announced(w.capture.saved(d.jiang))).toBeAttached();
    await expect(input).toHaveValue('');
    await shot('05-capture-presenter');

    // Back to the run: N for the next item, N for its first speaker, I for the county head's interjection.
    await page.goto(`${origin}/#/sessions/${sessionId}/run`);
    await expect(page.getByTestId('current-item')).toHaveText(d.presentation);
    await page.keyboard.press('n');
    await expect(page.getByTestId('current-item')).toHaveText(d.round);
    await page.keyboard.press('n');
    await expect(page.getByTestId('current-speaker')).toHaveText(d.zhao);
    await expect(runAnnouncer).toHaveText(w.run.nowSpeaking(d.zhao));
    await page.keyboard.press('i');
    const interject = page.getByRole('dialog', { name: w.run.interjection });
    await expect(interject.getByRole('combobox', { name: w.run.who })).toBeFocused();
    await page.keyboard.type(w.initials.li);
    await expect(interject.getByRole('option').first()).toContainText(d.li);
    await page.keyboard.press('Enter');
    await expect(interject).toHaveCount(0);
    await expect(page.getByTestId('current-speaker')).toContainText(d.li);
    await shot('06-run-interjection');
    // N ends the interjection: the interrupted speaker has the floor again.
    await page.keyboard.press('n');
    await expect(page.getByTestId('current-speaker')).toHaveText(d.zhao);

    // End the first sitting: the session stays live; then resume for the afternoon.
    await page.getByRole('button', { name: w.run.endSitting }).click();
    await expect(page.getByTestId('run-notice')).toHaveText(w.run.adjourned);
    await expect(page.getByTestId('run-status')).toHaveText(w.run.live);
    await expect(page.getByTestId('now-empty')).toHaveText(w.run.sittingEnded);
    await shot('07-run-sitting-ended');
    await page.getByRole('button', { name: w.run.resume }).click();
    await expect(page.getByTestId('run-sitting')).toHaveText(w.run.sitting2);
    await expect(page.getByTestId('run-notice')).toHaveCount(0);
    const round1 = (await api('agenda.list', { sessionId })).items.find((i) => i.title === d.round)!;
    expect(round1.speakers.map((s) => [s.person?.name, s.isInterjection])).toEqual([
      [d.li, true],
      [d.zhao, false],
      [d.wang, false],
    ]);
    expect(round1.speakers.find((s) => s.person?.name === d.li)?.status).toBe('done');

    // ---- 6. Capture in the afternoon: @ + pinyin initials picks the speaker, who is kept for the next note.
    await page.goto(`${origin}/#/sessions/${sessionId}/capture`);
    await expect(input).toBeFocused();
    await page.keyboard.type(`@${w.initials.wang}`);
    const picker = page.getByRole('listbox');
    await expect(picker.getByRole('option').first()).toContainText(d.wang);
    await page.keyboard.press('Enter');
    await expect(speakerChip).toContainText(d.wang);
    await page.keyboard.type(d.wangNote);
    await page.keyboard.press('Enter');
    await expect(announced(w.capture.saved(d.wang))).toBeAttached();
    // The next note is typed while 王敏 is still picked, but it was 赵国栋 speaking: corrected below.
    await page.keyboard.type(d.zhaoNote);
    await page.keyboard.press('Enter');
    await expect(announced(w.capture.saved(d.wang))).toBeAttached();
    const noteRow = (text: string) => page.locator('article.note-row', { hasText: text });
    await expect(noteRow(d.zhaoNote)).toBeVisible();
    await shot('08-capture-at-speaker');

    // Mark an opinion with the note's visible button.
    await noteRow(d.wangNote).getByRole('button', { name: w.capture.markOpinion }).click();
    await expect(noteRow(d.wangNote).locator('.note-opinion')).toHaveText(w.capture.opinion);

    // Correct the speaker in the note editor (Enter on the chosen note opens it).
    await noteRow(d.zhaoNote).locator('.note-text').click();
    await expect(noteRow(d.zhaoNote)).toBeFocused();
    await page.keyboard.press('Enter');
    const editor = page.locator('form.note-editor');
    await expect(editor.getByRole('textbox', { name: w.capture.editor })).toBeFocused();
    const speaker = editor.getByRole('combobox', { name: w.capture.speaker });
    await speaker.fill('');
    await speaker.pressSequentially(w.initials.zhao);
    await expect(editor.getByRole('listbox').getByRole('option', { selected: true })).toContainText(d.zhao);
    await page.keyboard.press('Enter');
    await expect(speaker).toHaveValue(d.zhao);
    await shot('09-note-editor');
    await editor.getByRole('button', { name: w.capture.save }).click();
    await expect(editor).toHaveCount(0);
    // The note is now listed under 赵国栋 (the list groups notes by speaker; the row names him too).
    await expect(noteRow(d.zhaoNote)).toHaveAttribute('aria-label', new RegExp(d.zhao));
    await expect(page.locator('.notes-speaker-name', { hasText: d.zhao })).toBeVisible();

    // Make a task of 王敏's note with its visible button.
    await noteRow(d.wangNote).getByRole('button', { name: w.capture.makeTask }).click();
    await expect(noteRow(d.wangNote).getByRole('link', { name: w.capture.taskMade })).toBeVisible();

    const notes = await api('note.all', { sessionId });
    const byText = (text: string) => notes.find((n) => n.text === text)!;
    expect(byText(d.presenterNote).speaker?.name).toBe(d.jiang);
    expect(byText(d.wangNote).speaker?.name).toBe(d.wang);
    expect(byText(d.wangNote).disposition).toBe('pending');
    expect(byText(d.zhaoNote).speaker?.name).toBe(d.zhao);
    const tasks = await api('action.list', { programmeId: (await api('session.get', { id: sessionId })).programme.id });
    expect(tasks).toHaveLength(1);
    const task = tasks[0]!;
    expect(task).toMatchObject({ status: 'proposed', noteId: byText(d.wangNote).id });

    // ---- 7. The board: a lead unit and one required content in the panel, then keyboard moves.
    await page.goto(`${origin}/#/sessions/${sessionId}/board`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(w.board.heading);
    const column = (status: string) => page.getByTestId(`column-${status}`);
    const card = (status: string) => column(status).getByTestId('action-card').filter({ hasText: task.title });
    await card('proposed').click();
    const panel = page.getByTestId('action-panel');
    const lead = panel.getByRole('combobox', { name: w.board.lead });
    await lead.fill(w.initials.lead);
    await expect(panel.getByRole('option', { name: new RegExp(w.board.leadValue) })).toBeVisible();
    await lead.press('Enter');
    await expect(lead).toHaveValue(w.board.leadValue);
    const addContent = panel.getByTestId('check-add');
    await addContent.fill(w.board.content);
    await addContent.press('Enter');
    await expect(panel.getByTestId('check-item')).toHaveCount(1);
    // The deliverable: accepting (办结) needs it recorded.
    const deliverable = panel.getByLabel(w.board.deliverable);
    await deliverable.fill(w.board.deliverableValue);
    await deliverable.press('Tab');
    await expect.poll(async () => (await api('action.get', { id: task.id })).deliverable).toBe(w.board.deliverableValue);
    await shot('10-task-panel');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(card('proposed')).toBeFocused();

    // Alt+→: to Assigned at once (it has a lead unit now).
    await page.keyboard.press('Alt+ArrowRight');
    await expect(card('assigned')).toBeFocused();
    // Space, →, Space: to In progress.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(column('in_progress').getByTestId('drop-slot')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(card('in_progress')).toBeFocused();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(card('submitted')).toBeFocused();
    await expect.poll(async () => (await api('action.get', { id: task.id })).status).toBe('submitted');

    // The guarded move: to Accepted with its required content unticked asks first; Escape keeps it.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(column('accepted').getByTestId('drop-slot')).toBeVisible();
    await page.keyboard.press('Space');
    const confirm = page.getByRole('dialog', { name: w.board.confirm });
    await expect(confirm).toContainText(w.board.confirmBody(task.title));
    await expect(confirm.getByRole('button', { name: w.board.cancel })).toBeFocused();
    await shot('11-board-confirm');
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('announcer')).toContainText(w.board.notMoved(task.title));
    await expect(card('submitted')).toBeFocused();
    expect((await api('action.get', { id: task.id })).status).toBe('submitted');
    // Asked again and confirmed: accepted.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await confirm.getByRole('button', { name: w.board.anyway }).click();
    await expect(card('accepted')).toBeVisible();
    await expect(page.locator('[data-sonner-toast]').filter({ hasText: w.board.moved(task.title) })).toBeVisible();
    const accepted = await api('action.get', { id: task.id });
    expect(accepted).toMatchObject({ status: 'accepted', leadUnit: { name: w.board.leadValue } });
    await shot('12-board-accepted');

    // ---- 8. The minutes: drafted from the session; attendance as recorded; chair and recorder.
    await page.goto(`${origin}/#/sessions/${sessionId}/minutes`);
    await page.getByRole('button', { name: w.minutes.generate }).click();
    const field = (name: string) => page.getByRole('textbox', { name, exact: true });
    await expect(field(w.minutes.title)).toHaveValue(d.session);
    await expect(field(w.minutes.chair)).toHaveValue(d.jiang);
    await expect(field(w.minutes.recorder)).toHaveValue(d.sun);
    await expect(field(w.minutes.present(w.minutes.leadership))).toHaveValue(d.jiang);
    await expect(field(w.minutes.present(w.minutes.departmentHead))).toHaveValue(d.wang);
    // 列席 and the never-recorded have fields of their own, not groups inside 出席.
    await expect(field(w.minutes.observers)).toHaveValue(d.zhao);
    await expect(field(w.minutes.unrecorded)).toHaveValue(d.li);
    await expect(field(w.minutes.excused)).toHaveValue(d.chen);
    await expect(field(w.minutes.absent)).toHaveValue(d.liu);
    // The secretary is the recorder, not one of those present.
    await expect(page.getByRole('textbox', { name: new RegExp(w.minutes.present('.*')) }).filter({ hasText: d.sun })).toHaveCount(0);
    await shot('13-minutes');
    const saved = (await api('minutes.get', { sessionId })).current?.document;
    expect(saved?.chair).toBe(d.jiang);
    expect(saved?.recorder).toBe(d.sun);

    // ---- 9. Export: the minutes as Markdown through the Export menu.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-journey-'));
    try {
      await page.getByRole('button', { name: w.minutes.exportButton }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: w.minutes.markdown }).click()]);
      const name = download.suggestedFilename();
      expect(name).toMatch(/\.md$/);
      // The session's title (spaces as hyphens in a file name), "minutes" in the language, the date.
      expect(name).toBe(w.minutes.fileName);
      const file = path.join(out, name);
      await download.saveAs(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const expected of [d.session, d.jiang, d.sun, d.chen, d.liu, d.li, d.presentation, d.wangNote]) expect(text).toContain(expected);
      await shot('14-exported');

      // ---- 10. The secretary fills 文号, 分送, 抄送 and the issuing office, approves, starts a
      // revision, and exports the approved version 1 through the menu's version choice.
      const f = w.minutes.filled;
      await field(w.minutes.docNumber).fill(f.docNumber);
      await field(w.minutes.distribution).fill(f.distribution);
      await field(w.minutes.copyTo).fill(f.copyTo);
      await field(w.minutes.issuer).fill(f.issuer);
      await page.getByLabel(w.minutes.issueDate).fill('2025-03-12');
      await shot('15-colophon');
      await page.keyboard.press('Control+s');
      await expect(page.locator('[data-sonner-toast]').filter({ hasText: w.minutes.saved })).toBeVisible();
      await page.getByRole('button', { name: w.minutes.approve, exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.minutes.approveConfirm }).click();
      await expect(page.locator('[data-sonner-toast]').filter({ hasText: w.minutes.approved })).toBeVisible();
      await page.getByRole('button', { name: w.minutes.newVersion }).click();
      await expect(page.locator('[data-sonner-toast]').filter({ hasText: w.minutes.newVersionDone })).toBeVisible();
      await expect(field(w.minutes.docNumber)).toBeEnabled();
      await page.getByRole('button', { name: w.minutes.exportButton }).click();
      await page.getByRole('menuitemradio', { name: w.minutes.version1 }).click();
      await expect(page.getByRole('menuitemradio', { name: w.minutes.version1 })).toHaveAttribute('aria-checked', 'true');
      await shot('16-export-version');
      const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: w.minutes.word }).click()]);
      expect(word.suggestedFilename()).toBe(w.minutes.docxName);
      const docx = path.join(out, 'approved.docx');
      await word.saveAs(docx);
      const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
      // Paragraph by paragraph, as Word shows them.
      const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
      for (const line of w.minutes.printed(d)) expect(paragraphs).toContain(line);
      expect(paragraphs.join('\n')).not.toMatch(/草稿|draft/i);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
}
