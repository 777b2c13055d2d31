/**
 * The minutes as a 会议纪要 (issue 3/7), built from an empty data folder through the handlers and read
 * back from the Word file: who was there block by block (出席 by presence, 列席, 请假, 缺席, presence
 * not recorded, 记录), speakers by position, 文号, 分送/抄送 and the 印发 line, 年月日 dates, times in
 * the programme's zone, the version line, and minutes stored in the shape before these blocks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/contract/fields.js';
import type { Person, Session } from '../../shared/domain.js';
import type { ExportedFile, MinutesDocument, MinutesVersion, MinutesView } from '../../shared/minutes.js';
import type { AgendaItem } from '../../shared/agenda.js';
import { testClock } from '../helpers/clock.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { speakerLabel } from '../../main/export/outline.js';
import { readDocx } from './export-docx-reader.js';

/** 23:30 UTC on 11 January is 07:30 on 12 January in Shanghai, the programme's zone. */
const clock = testClock('2027-01-11T23:30:00Z');
let rt: TestRuntime;
beforeEach(() => {
  clock.set('2027-01-11T23:30:00Z');
  rt = testRuntime({ now: clock.now });
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

const WORDS = {
  'zh-CN': {
    programme: '清源县专题研讨',
    session: '产业发展座谈会',
    people: [
      { key: 'zhao', name: '赵国栋', position: '副县长', category: 'leadership', presence: 'present', role: 'chair' },
      { key: 'lin', name: '林卫东', position: '', category: 'department_head', presence: 'late', role: 'speaker' },
      { key: 'liu', name: '刘芳', position: '', category: 'department_head', presence: 'excused', role: 'attendee' },
      { key: 'sun', name: '孙立', position: '', category: 'township_leader', presence: 'absent', role: 'attendee' },
      { key: 'zhou', name: '周明', position: '教授', category: 'expert', presence: 'present', role: 'observer' },
      { key: 'wu', name: '吴海', position: '', category: 'entrepreneur', presence: 'invited', role: 'attendee' },
      { key: 'qin', name: '秦悦', position: '', category: 'staff', presence: 'present', role: 'secretary' },
    ],
    unit: '清源县工业和信息化局',
  },
  en: {
    programme: 'Qingyuan seminars',
    session: 'Industry round table',
    people: [
      { key: 'zhao', name: 'Zhao Guodong', position: 'Deputy County Head', category: 'leadership', presence: 'present', role: 'chair' },
      { key: 'lin', name: 'Lin Weidong', position: '', category: 'department_head', presence: 'late', role: 'speaker' },
      { key: 'liu', name: 'Liu Fang', position: '', category: 'department_head', presence: 'excused', role: 'attendee' },
      { key: 'sun', name: 'Sun Li', position: '', category: 'township_leader', presence: 'absent', role: 'attendee' },
      { key: 'zhou', name: 'Zhou Ming', position: 'Professor', category: 'expert', presence: 'present', role: 'observer' },
      { key: 'wu', name: 'Wu Hai', position: '', category: 'entrepreneur', presence: 'invited', role: 'attendee' },
      { key: 'qin', name: 'Qin Yue', position: '', category: 'staff', presence: 'present', role: 'secretary' },
    ],
    unit: 'Bureau of Industry',
  },
} as const;

/** A programme, a session with one sitting, seven people with their presence, one agenda item run, two notes and a task. */
function seed(locale: Locale, { recordPresence = true } = {}) {
  const w = WORDS[locale];
  const programme = ok(call('programme.create', { title: w.programme, locale })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: '1' })) as { id: string };
  const unit = ok(call('unit.create', { name: w.unit })) as { id: string };
  const people: Record<string, Person> = {};
  for (const p of w.people) {
    people[p.key] = ok(call('person.create', { name: p.name, position: p.position, unitId: unit.id, category: p.category })) as Person;
  }
  const session = ok(
    call('session.create', {
      stageId: stage.id,
      title: w.session,
      venue: locale === 'zh-CN' ? '县政府会议室' : 'County hall',
      chairId: people.zhao!.id,
      secretaryId: people.qin!.id,
      sittings: [{ date: '2027-01-12', startTime: '07:00', endTime: '09:00' }],
    }),
  ) as Session;
  ok(call('attendance.add', { sessionId: session.id, personIds: Object.values(people).map((p) => p.id) }));
  for (const p of w.people) {
    ok(call('attendance.update', { sessionId: session.id, personId: people[p.key]!.id, role: p.role, ...(recordPresence ? { presence: p.presence } : {}) }));
  }
  const item = ok(call('agenda.create', { sessionId: session.id, kind: 'discussion', title: locale === 'zh-CN' ? '交流发言' : 'Round of statements', plannedMinutes: 30 })) as AgendaItem;
  // Run at 07:30 in Shanghai (23:30 UTC the day before): the minutes print the room's clock.
  ok(call('run.start', { sessionId: session.id }));
  ok(call('run.startItem', { sessionId: session.id, itemId: item.id }));
  ok(call('note.create', { sessionId: session.id, agendaItemId: item.id, speakerPersonId: people.zhao!.id, category: 'suggestion', text: locale === 'zh-CN' ? '要抓好落实。' : 'Follow it through.' }));
  ok(
    call('note.create', {
      sessionId: session.id,
      agendaItemId: item.id,
      speakerPersonId: people.zhao!.id,
      category: 'suggestion',
      text: locale === 'zh-CN' ? '赵国栋插话：困难讲清楚了，更要讲怎么解决。' : 'Zhao Guodong interjection: say how to solve it.',
    }),
  );
  ok(call('note.create', { sessionId: session.id, agendaItemId: item.id, speakerPersonId: people.lin!.id, category: 'idea', text: locale === 'zh-CN' ? '建议设立基金。' : 'Set up a fund.' }));
  clock.advance(20 * 60);
  ok(call('run.end', { sessionId: session.id }));
  ok(call('action.create', { sessionId: session.id, title: locale === 'zh-CN' ? '起草扶持政策' : 'Draft the support policy', leadUnitId: unit.id, dueRule: locale === 'zh-CN' ? '一个月内' : 'within a month', deliverable: locale === 'zh-CN' ? '政策初稿' : 'A first draft' }));
  return { sessionId: session.id, programmeId: programme.id, people };
}

async function exported(input: Record<string, unknown>): Promise<{ file: ExportedFile; text: string; paragraphs: string[] }> {
  const file = ok(await rt.service.call('export.render', { kind: 'minutes', format: 'docx', ...input })) as ExportedFile;
  const docx = await readDocx(Buffer.from(file.base64, 'base64'));
  return { file, text: docx.text, paragraphs: docx.paragraphs.filter((p) => !p.inTable).map((p) => p.text) };
}

describe('who was there, per 会议纪要 practice', () => {
  it('zh-CN: 出席 by recorded presence, 列席, 请假, 缺席, presence not recorded and 记录, each its own line', async () => {
    const { sessionId } = seed('zh-CN');
    const doc = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    expect(doc.attendees).toEqual([
      { group: '县领导', names: ['赵国栋'] },
      { group: '部门负责人', names: ['林卫东'] },
    ]);
    expect(doc).toMatchObject({ observers: ['周明'], excused: ['刘芳'], absent: ['孙立'], unrecorded: ['吴海'], recorder: '秦悦' });
    const { paragraphs, text } = await exported({ sessionId });
    const at = (label: string) => paragraphs.findIndex((p) => p.startsWith(`${label}：`));
    expect(paragraphs[at('出席')]).toBe('出席：县领导：赵国栋');
    expect(paragraphs[at('出席') + 1]).toBe('部门负责人：林卫东');
    expect(paragraphs).toContain('列席：周明');
    expect(paragraphs).toContain('请假：刘芳');
    expect(paragraphs).toContain('缺席：孙立');
    expect(paragraphs).toContain('出席情况未登记：吴海');
    expect(paragraphs).toContain('记录：秦悦');
    // In 会议纪要 order: 时间, 地点, 主持, 出席, 列席, 请假, 缺席, 记录.
    const order = ['时间', '地点', '主持', '出席', '列席', '请假', '缺席', '出席情况未登记', '记录'].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
    // Observers are not among those present; the wrong words of the old draft are gone.
    expect(text).not.toContain('未登记到会');
    expect(paragraphs.filter((p) => p.includes('周明') && !p.includes('（教授）'))).toEqual(['列席：周明']);
  });

  it('en: the same blocks in English', async () => {
    const { sessionId } = seed('en');
    const { paragraphs } = await exported({ sessionId });
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Present: County leadership: Zhao Guodong',
        'In attendance: Zhou Ming',
        'Absent with leave: Liu Fang',
        'Absent: Sun Li',
        'Presence not recorded: Wu Hai',
        'Minutes taken by: Qin Yue',
      ]),
    );
  });

  it('says plainly that attendance was not taken when no presence was recorded', async () => {
    const { sessionId } = seed('zh-CN', { recordPresence: false });
    const doc = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    expect(doc).toMatchObject({ attendees: [], observers: [], excused: [], absent: [] });
    const { paragraphs } = await exported({ sessionId });
    expect(paragraphs).toContain('出席：未记录出席情况');
    expect(paragraphs.find((p) => p.startsWith('出席情况未登记：'))).toContain('赵国栋');
  });
});

describe('the body of the minutes', () => {
  it('names speakers by position (the unit only without one), an interjection once, deadlines in 年月日', async () => {
    const { sessionId } = seed('zh-CN');
    const { paragraphs, text } = await exported({ sessionId });
    expect(paragraphs).toContain('赵国栋（副县长）：要抓好落实。');
    expect(paragraphs).toContain('（插话）困难讲清楚了，更要讲怎么解决。');
    expect(text).not.toContain('赵国栋插话');
    expect(paragraphs).toContain('林卫东（清源县工业和信息化局）：建议设立基金。');
    // A position with brackets of its own is not put in brackets in brackets.
    expect(speakerLabel('赵国栋', '副县长（分管工业和信息化）', 'zh-CN')).toBe('赵国栋（副县长，分管工业和信息化）');
    expect(speakerLabel('Zhao Guodong', 'Deputy County Head (industry and IT)', 'en')).toBe('Zhao Guodong (Deputy County Head, industry and IT)');
    // One heading, numbered once.
    expect(paragraphs).toContain('（一）交流发言');
    expect(text).toMatch(/2027年2月1[12]日\n（一个月内）/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('prints the actual times and the 印发 date in the programme zone, whatever the machine says', async () => {
    const { sessionId } = seed('zh-CN');
    const doc = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    expect(doc.agenda[0]!.actual).toBe('07:30–07:50');
    ok(call('minutes.update', { sessionId, version: 1, document: { ...doc, issuer: '清源县人民政府办公室' } }));
    const { paragraphs } = await exported({ sessionId });
    // Exported at 23:30 UTC on the 11th: 12 January in Shanghai.
    expect(paragraphs).toContain('清源县人民政府办公室\u30002027年1月12日印发');
  });

  it('prints 文号, 分送, 抄送 and the 印发 line the secretary filled, in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { sessionId } = seed(locale);
      const doc = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
      const filled: MinutesDocument = {
        ...doc,
        docNumber: locale === 'zh-CN' ? '清政办纪〔2027〕1号' : 'QY/2027/1',
        distribution: locale === 'zh-CN' ? '县委办、县政府各部门' : 'County departments',
        copyTo: locale === 'zh-CN' ? '县人大办' : 'County congress office',
        issuer: locale === 'zh-CN' ? '清源县人民政府办公室' : 'Qingyuan County Government Office',
        issueDate: '2027-01-15',
      };
      ok(call('minutes.update', { sessionId, version: 1, document: filled }));
      const { paragraphs } = await exported({ sessionId });
      if (locale === 'zh-CN') {
        expect(paragraphs).toEqual(expect.arrayContaining(['清政办纪〔2027〕1号', '分送：县委办、县政府各部门', '抄送：县人大办', '清源县人民政府办公室\u30002027年1月15日印发']));
      } else {
        expect(paragraphs).toEqual(
          expect.arrayContaining(['QY/2027/1', 'Distribution: County departments', 'Copy to: County congress office', 'Issued by Qingyuan County Government Office, 15 January 2027']),
        );
      }
      // The 版记 closes the document.
      expect(paragraphs.at(-1)).toContain(locale === 'zh-CN' ? '印发' : 'Issued by');
    }
  });
});

describe('versions', () => {
  it('exports any approved version after a revision was started, and says which version it is', async () => {
    const { sessionId } = seed('zh-CN');
    const first = ok(call('minutes.generate', { sessionId })) as MinutesVersion;
    ok(call('minutes.update', { sessionId, version: 1, document: { ...first.document, closing: '第一版的要求。' } }));
    ok(call('minutes.approve', { sessionId, version: 1 }));
    const second = ok(call('minutes.newVersion', { sessionId })) as MinutesVersion;
    ok(call('minutes.update', { sessionId, version: 2, document: { ...second.document, closing: '修订中的要求。' } }));

    const latest = await exported({ sessionId });
    expect(latest.paragraphs).toContain('第 2 版（草稿）');
    expect(latest.text).toContain('修订中的要求。');
    expect(latest.file.fileName).toBe('产业发展座谈会-会议纪要-第2版（草稿）-2027-01-12.docx');

    const approved = await exported({ sessionId, version: 1 });
    expect(approved.paragraphs).toContain('第 1 版（已审定）');
    expect(approved.text).toContain('第一版的要求。');
    expect(approved.text).not.toContain('修订中');
    expect(approved.text).not.toContain('草稿');
    expect(approved.file.fileName).toBe('产业发展座谈会-会议纪要-第1版（已审定）-2027-01-12.docx');

    // Validated: a version that does not exist, or a version of a table.
    for (const [input, code] of [
      [{ kind: 'minutes', sessionId, version: 3 }, 'version_not_found'],
      [{ kind: 'tasks', sessionId, version: 1 }, 'unrecognized_keys'],
      [{ kind: 'minutes', sessionId, version: 0 }, undefined],
    ] as const) {
      const result = await rt.service.call('export.render', { format: 'docx', ...input });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (code) expect(result).toMatchObject({ error: { issues: [{ path: 'version', code }] } });
    }
  });

  it('en: "Version 1 (approved)" under the title and in the file name', async () => {
    const { sessionId } = seed('en');
    ok(call('minutes.generate', { sessionId }));
    ok(call('minutes.approve', { sessionId, version: 1 }));
    ok(call('minutes.newVersion', { sessionId }));
    const { paragraphs, file } = await exported({ sessionId, version: 1 });
    expect(paragraphs).toContain('Version 1 (approved)');
    expect(file.fileName).toBe('Industry-round-table-minutes-v1-approved-2027-01-12.docx');
  });
});

describe('minutes stored before the 会议纪要 blocks', () => {
  /** The shape drafts had before issue 3/7: observers and the unrecorded as groups inside 出席. */
  const legacy = {
    title: '旧纪要',
    time: '2027年1月11日 09:00–12:00',
    venue: '县委会议室',
    chair: '江辰',
    recorder: '秦悦',
    attendees: [
      { group: '县领导', names: ['江辰'] },
      { group: '列席', names: ['周明'] },
      { group: '未登记到会', names: ['吴海'] },
    ],
    excused: ['刘芳'],
    absent: [],
    agenda: [],
    discussion: [{ item: '交流发言', speakers: [{ speaker: '林卫东', unit: '工信局', points: ['建议一'] }] }],
    decisions: [],
    actions: [],
    closing: '',
  };

  it('open, edit and export: observers move to 列席, the unrecorded to their own field', async () => {
    const { sessionId } = seed('zh-CN');
    const at = '2027-01-11T10:00:00.000Z';
    rt.core.db
      .prepare("INSERT INTO minutes (session_id, version, status, locale, document, created_at, updated_at, approved_at) VALUES (?, 1, 'approved', 'zh-CN', ?, ?, ?, ?)")
      .run(sessionId, JSON.stringify(legacy), at, at, at);
    rt.core.db
      .prepare("INSERT INTO minutes (session_id, version, status, locale, document, created_at, updated_at) VALUES (?, 2, 'draft', 'zh-CN', ?, ?, ?)")
      .run(sessionId, JSON.stringify(legacy), at, at);

    const view = ok(call('minutes.get', { sessionId })) as MinutesView;
    expect(view.current!.document).toMatchObject({
      attendees: [{ group: '县领导', names: ['江辰'] }],
      observers: ['周明'],
      unrecorded: ['吴海'],
      excused: ['刘芳'],
      docNumber: '',
      distribution: '',
      issueDate: '',
    });
    // The upgraded document is one minutes.update accepts, and it saves in today's shape.
    const saved = ok(call('minutes.update', { sessionId, version: 2, document: { ...view.current!.document, copyTo: '县人大办' } })) as MinutesVersion;
    expect(JSON.parse((rt.core.db.prepare('SELECT document FROM minutes WHERE version = 2').get() as { document: string }).document)).toMatchObject({ copyTo: '县人大办', observers: ['周明'] });
    expect(saved.document.copyTo).toBe('县人大办');

    // The approved version, never rewritten, exports too.
    const { paragraphs } = await exported({ sessionId, version: 1 });
    expect(paragraphs).toEqual(expect.arrayContaining(['出席：县领导：江辰', '列席：周明', '出席情况未登记：吴海', '第 1 版（已审定）']));
  });

  it('a bundle carrying old-shape minutes still imports', async () => {
    const { minutesDocumentText } = await import('../../main/core/minutes-document.js');
    expect(minutesDocumentText.safeParse(JSON.stringify(legacy)).success).toBe(true);
    expect(minutesDocumentText.safeParse(JSON.stringify({ ...legacy, title: 5 })).success).toBe(false);
  });
});
