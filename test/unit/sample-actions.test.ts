import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/contract/fields.js';
import { runtimePerTest, typedCall } from '../helpers/runtime.js';

/**
 * The sample's board and minutes are not empty: the tasks that left its seminars (SCENARIO.md) and
 * the approved minutes of the Stage 1 seminar, read back through the channels the screens use.
 */
const rt = runtimePerTest({ now: () => new Date('2027-01-04T08:00:00Z') });
const call = typedCall(rt);

const load = (locale: Locale) => call('sample.load', { locale }).programmeId;

describe('sample tasks and minutes', () => {
  it('puts the industry bureau’s 专精特新 task on the board, from the chair’s words in Stage 1', () => {
    const programmeId = load('zh-CN');
    const tasks = call('action.list', { programmeId });
    expect(tasks.map((t) => t.id).sort()).toEqual([
      'sample-zh-1-action-assessment_reform',
      'sample-zh-1-action-open_challenges',
      'sample-zh-1-action-resource_tilt',
      'sample-zh-1-action-specialised_policy',
    ]);

    const detail = call('action.get', { id: 'sample-zh-1-action-specialised_policy' });
    expect(detail).toMatchObject({
      sessionId: 'sample-zh-1-session-leadership_seminar',
      sessionTitle: '常委会层面战略对接研讨会',
      agendaItemId: 'sample-zh-1-item-leadership_seminar-round_am',
      noteId: 'sample-zh-1-note-s1_jiang_solutions',
      deliverable: '不同成长阶段“专精特新”企业差异化扶持政策初稿',
      dueRule: '一个月内',
      dueDate: '2027-02-11',
      status: 'in_progress',
      priority: 'high',
      due: 'ok',
    });
    expect(detail.title).toContain('专精特新');
    expect(detail.leadUnit?.name).toBe('清源县工业和信息化局');
    expect(detail.coUnits.map((u) => u.shortName)).toEqual(['财政局', '金融办']);
    expect(detail.owner?.name).toBe('林卫东');
    expect(detail.checklist.map((c) => [c.text, c.done])).toEqual([
      ['贷款贴息', true],
      ['研发补助', false],
      ['市场开拓支持', false],
    ]);
    expect(detail.sourceNote).toMatchObject({ speakerName: '江辰' });
    expect(detail.history.map((h) => [h.field, h.newValue])).toEqual([['created', detail.title]]);
    // On the board and in the industry bureau's obligations, like any task.
    expect(call('action.forUnit', { unitId: 'sample-zh-unit-industry_it', programmeId }).lead.map((t) => t.id)).toEqual([detail.id]);
  });

  it('holds the follow-up decisions: resource allocation, assessment reform and the open challenges', () => {
    const programmeId = load('zh-CN');
    const byKey = (key: string) => call('action.get', { id: `sample-zh-1-action-${key}` });

    const tilt = byKey('resource_tilt');
    expect(tilt.sessionTitle).toBe('县长办公会：资源配置向战略重点倾斜');
    expect([tilt.leadUnit?.shortName, ...tilt.coUnits.map((u) => u.shortName)]).toEqual(['财政局', '发改局', '自然资源和规划局']);
    expect(tilt.description).toContain('严把准入关');

    const assessment = byKey('assessment_reform');
    expect(assessment.sessionTitle).toBe('县委常委会：年度考核评价体系改革');
    expect([assessment.leadUnit?.shortName, ...assessment.coUnits.map((u) => u.shortName)]).toEqual(['县委组织部', '考核办']);
    expect(assessment.checklist.some((c) => c.text.includes('战略任务落实情况'))).toBe(true);

    const challenges = byKey('open_challenges');
    expect(challenges.title).toContain('揭榜挂帅');
    expect(challenges.status).toBe('proposed');

    // Spread over the board's columns, each column numbered from 0.
    const tasks = call('action.list', { programmeId });
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(['proposed', 'assigned', 'in_progress', 'submitted']));
    expect(tasks.every((t) => t.boardPosition === 0)).toBe(true);
  });

  it('has approved minutes for the Stage 1 seminar, drafted from its notes and listing its task; the others have none', () => {
    const programmeId = load('zh-CN');
    const seminar = 'sample-zh-1-session-leadership_seminar';
    const { current, versions } = call('minutes.get', { sessionId: seminar });
    expect(versions).toHaveLength(1);
    expect(current).toMatchObject({ version: 1, status: 'approved', locale: 'zh-CN', approvedAt: '2027-01-13T02:00:00.000Z' });
    const doc = current!.document;
    expect(doc).toMatchObject({ title: '常委会层面战略对接研讨会', venue: '县委会议室', chair: '江辰', recorder: '秦悦', excused: ['刘芳'] });
    expect(doc.discussion.flatMap((d) => d.speakers.map((s) => s.speaker))).toContain('林卫东');
    expect(doc.actions).toEqual([
      expect.objectContaining({
        no: 1,
        lead: '清源县工业和信息化局',
        co: '清源县财政局、清源县人民政府金融工作办公室',
        deadline: '2027年2月11日（一个月内）',
        deliverable: '不同成长阶段“专精特新”企业差异化扶持政策初稿',
      }),
    ]);
    expect(doc.closing).toMatch(/^各位班子成员结合分管领域/);
    // Approved minutes are locked, as any approved minutes are.
    expect(rt().core.call('minutes.generate', { sessionId: seminar })).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason: 'minutes_approved' } } });

    const others = call('programme.get', { id: programmeId }).stages.flatMap((s) => s.sessions).filter((s) => s.id !== seminar);
    for (const session of others) expect(call('minutes.get', { sessionId: session.id }).current, session.id).toBeNull();
  });

  it('has the same tasks and minutes in English, in English words', () => {
    load('zh-CN');
    const programmeId = load('en');
    const tasks = call('action.list', { programmeId });
    expect(tasks).toHaveLength(4);
    const policy = call('action.get', { id: 'sample-en-1-action-specialised_policy' });
    expect(policy).toMatchObject({ dueRule: 'within one month', dueDate: '2027-02-11', status: 'in_progress' });
    expect(policy.leadUnit?.name).toBe('Qingyuan County Bureau of Industry and Information Technology');
    expect(policy.checklist.map((c) => c.text)).toEqual(['Loan interest subsidies', 'R&D subsidies', 'Market expansion support']);
    const minutes = call('minutes.get', { sessionId: 'sample-en-1-session-leadership_seminar' }).current!;
    expect(minutes).toMatchObject({ status: 'approved', locale: 'en' });
    expect(minutes.document.actions[0]).toMatchObject({ deadline: '11 February 2027 (within one month)' });
    expect(minutes.document.closing).toMatch(/^Each member of the leadership/);
    // Its own rows: the Chinese copy's tasks are untouched.
    expect(call('action.list', { programmeId: 'sample-zh-1' })).toHaveLength(4);
  });
});
