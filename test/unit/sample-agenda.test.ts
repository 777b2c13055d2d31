import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaView, RunState, ScheduledItem } from '../../shared/agenda.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { Participant } from '../../shared/domain.js';
import { snapshot, testRuntime, type TestRuntime, typedCall } from '../helpers/runtime.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const ZH_PROMPT = '理解、思路、实际困难与资源约束';
const EN_PROMPT = 'Understanding, ideas, practical difficulties and resource constraints';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: () => new Date('2027-01-04T08:00:00Z') });
});
afterEach(() => rt.cleanup());

const call = typedCall(() => rt);

const load = (locale: Locale) => call('sample.load', { locale }).programmeId;

/** Every session of a loaded sample, in stage and session order, with its agenda. */
function agendas(programmeId: string): AgendaView[] {
  return call('programme.get', { id: programmeId })
    .stages.flatMap((stage) => stage.sessions)
    .map((session) => call('agenda.list', { sessionId: session.id }));
}

const sittingIndex = (view: AgendaView, item: ScheduledItem) => view.sittings.findIndex((s) => s.sitting.id === item.sittingId);
const speakerNames = (item: ScheduledItem) => item.speakers.map((s) => s.person?.name);

/** An agenda with its words taken out: what both languages must share. */
function skeleton(view: AgendaView) {
  return {
    sittings: view.sittings.map((s) => [s.plannedEnd, s.overrunMinutes, s.totalMinutes]),
    items: view.items.map((item) => ({
      position: item.position,
      kind: item.kind,
      sitting: sittingIndex(view, item),
      plannedMinutes: item.plannedMinutes,
      plannedStart: item.plannedStart,
      plannedEnd: item.plannedEnd,
      hasPresenter: item.presenter !== null,
      hasNotes: item.chairNotes !== '',
      hasPrompt: item.speakerPrompt !== '',
      speakers: item.speakers.map((s) => [s.position, s.plannedSeconds, s.status, s.isInterjection]),
    })),
  };
}

describe('sample agendas and speaker queues', () => {
  it('gives the Stage 1 seminar its docking-and-discussion agenda across the two sittings', () => {
    const programmeId = load('zh-CN');
    const seminar = agendas(programmeId)[0]!;
    expect(seminar.session.title).toBe('常委会层面战略对接研讨会');

    expect(
      seminar.items.map((i) => [i.position, i.kind, i.title, i.presenter?.name ?? null, sittingIndex(seminar, i), i.plannedStart, i.plannedEnd]),
    ).toEqual([
      [0, 'presentation', '战略愿景与关键路径', '江辰', 0, '09:00', '09:45'],
      [1, 'presentation', '解读“强链扩圈”产业生态构建方案', '王志远', 0, '09:45', '10:15'],
      [2, 'statements', '交流发言（一）：分管领域', null, 0, '10:15', '11:35'],
      [3, 'statements', '交流发言（二）：经开区和主要乡镇', null, 1, '14:30', '15:50'],
      [4, 'summary', '主持人总结', '江辰', 1, '15:50', '16:30'],
    ]);
    expect(seminar.sittings.map((s) => [s.sitting.startTime, s.sitting.endTime, s.plannedEnd, s.overrunMinutes])).toEqual([
      ['09:00', '12:00', '11:35', 0],
      ['14:30', '17:30', '16:30', 0],
    ]);
    expect(seminar.unscheduledMinutes).toBe(0);
    expect(seminar.items[1]!.presenter?.position).toContain('分管发展改革');

    // The round: the portfolio leaders (the industry and IT bureau head right after his deputy head)
    // in the morning, the development zone and the township party secretaries in the afternoon.
    const [, , morning, afternoon] = seminar.items;
    expect(speakerNames(morning!)).toEqual(['赵国栋', '林卫东', '孙海燕', '马文博']);
    expect(speakerNames(afternoon!)).toEqual(['何建军', '吴晓东', '郑春梅', '冯磊']);
    expect(morning!.speakers.map((s) => [s.person?.position, s.plannedSeconds / 60])).toEqual([
      ['副县长（分管工业和信息化）', 15],
      ['工信局局长', 10],
      ['副县长（分管农业农村）', 15],
      ['副县长（分管文化旅游）', 15],
    ]);
    expect(afternoon!.speakers.map((s) => s.person?.position)).toEqual([
      '经开区党工委书记、管委会主任',
      '城关镇党委书记',
      '河西镇党委书记',
      '青山乡党委书记',
    ]);
    for (const round of [morning!, afternoon!]) {
      expect(round.speakerPrompt).toBe(ZH_PROMPT);
      expect(round.chairNotes).toContain('江辰、李长根同志适时插话');
      expect(round.chairNotes).toContain('怎么解决问题');
      expect(round.speakers.map((s) => s.position)).toEqual([0, 1, 2, 3]);
      for (const speaker of round.speakers) {
        expect(speaker).toMatchObject({ prompt: ZH_PROMPT, status: 'waiting', isInterjection: false, freeName: '', spokenSeconds: 0 });
      }
      // A round leaves room beyond its speakers' own minutes for the chair's interjections.
      expect(round.speakers.reduce((sum, s) => sum + s.plannedSeconds, 0)).toBeLessThan(round.plannedMinutes * 60);
    }
    expect(seminar.items.every((i) => i.status === 'pending' && i.actualStart === null)).toBe(true);

    // Stable ids, in the copy-numbered scheme of the rest of the sample.
    expect(seminar.items.map((i) => i.id)).toEqual(
      ['vision', 'chain_plan', 'round_am', 'round_pm', 'summary'].map((key) => `sample-zh-1-item-leadership_seminar-${key}`),
    );
    expect(morning!.speakers[1]!.id).toBe('sample-zh-1-speaker-leadership_seminar-round_am-2');
    expect(afternoon!.sittingId).toBe('sample-zh-1-sitting-leadership_seminar-2');
  });

  it('gives the themed seminars and the decision meetings their agendas, each fitting its sittings', () => {
    const [seminar, business, regional, resources, assessment] = agendas(load('zh-CN'));
    const kinds = (view: AgendaView) => view.items.map((i) => i.kind);
    for (const view of [business!, regional!]) {
      expect(kinds(view)).toEqual(['presentation', 'statements', 'discussion', 'summary']);
      expect(view.items[3]!.presenter?.id).toBe(view.session.chairId);
    }
    expect(kinds(resources!)).toEqual(['presentation', 'presentation', 'presentation', 'discussion', 'summary']);
    expect(kinds(assessment!)).toEqual(['presentation', 'presentation', 'discussion', 'summary']);
    expect(resources!.items.map((i) => i.presenter?.name)).toEqual(['高秀兰', '唐振华', '许建平', undefined, '李长根']);
    expect(assessment!.items.map((i) => i.presenter?.name)).toEqual(['陈静', '钱丽', undefined, '江辰']);
    for (const view of [resources!, assessment!]) expect(view.items.every((i) => i.speakers.length === 0)).toBe(true);

    // Departments, townships, the deputy, the committee members, the entrepreneurs (the senior one included).
    const statements = business!.items[1]!;
    expect(speakerNames(statements)).toEqual(['林卫东', '谢明', '韩雪', '徐红梅', '沈一鸣', '蒋文华', '曾庆丰', '潘俊杰']);
    expect(statements.speakers.map((s) => s.person?.category)).toEqual([
      'department_head',
      'department_head',
      'township_leader',
      'deputy',
      'committee_member',
      'committee_member',
      'entrepreneur',
      'entrepreneur',
    ]);
    expect(statements.chairNotes).toContain('曾庆丰');
    expect(statements.speakers.every((s) => s.prompt === statements.speakerPrompt && s.prompt !== '')).toBe(true);
    expect(speakerNames(regional!.items[1]!)).toHaveLength(9);

    for (const view of [seminar!, business!, regional!, resources!, assessment!]) {
      expect(view.items.length, view.session.title).toBeGreaterThan(0);
      expect(view.unscheduledMinutes).toBe(0);
      for (const sitting of view.sittings) expect(sitting.overrunMinutes, view.session.title).toBe(0);
      expect(view.sittings.reduce((sum, s) => sum + s.totalMinutes, 0)).toBe(view.items.reduce((sum, i) => sum + i.plannedMinutes, 0));
      for (const item of view.items) expect(item.title, item.id).not.toBe('');
    }
  });

  it('queues and presenters agree with who attends in which role', () => {
    for (const view of agendas(load('zh-CN'))) {
      const { participants } = call('session.get', { id: view.session.id });
      const role = new Map(participants.map((p: Participant) => [p.person.id, p.role]));
      const queued = view.items.flatMap((i) => i.speakers.map((s) => s.person!.id));
      expect(new Set(queued).size, view.session.title).toBe(queued.length);
      expect(queued.sort()).toEqual(participants.filter((p) => p.role === 'speaker').map((p) => p.person.id).sort());
      for (const item of view.items) {
        if (item.presenter) expect(['chair', 'presenter'], item.title).toContain(role.get(item.presenter.id));
      }
    }
  });

  it('loads the English agendas with the same shape and English words', () => {
    const zh = agendas(load('zh-CN'));
    const en = agendas(load('en'));
    expect(en.map(skeleton)).toEqual(zh.map(skeleton));

    const seminar = en[0]!;
    expect(seminar.items.map((i) => [i.title, i.presenter?.name ?? null, i.plannedStart])).toEqual([
      ['Strategic vision and key paths', 'Jiang Chen', '09:00'],
      ['The "strengthen the chains, widen the circle" industrial ecosystem plan', 'Wang Zhiyuan', '09:45'],
      ['Round of statements (1): portfolios', null, '10:15'],
      ['Round of statements (2): development zone and townships', null, '14:30'],
      ['Summary by the chair', 'Jiang Chen', '15:50'],
    ]);
    expect(speakerNames(seminar.items[2]!)).toEqual(['Zhao Guodong', 'Lin Weidong', 'Sun Haiyan', 'Ma Wenbo']);
    expect(speakerNames(seminar.items[3]!)).toEqual(['He Jianjun', 'Wu Xiaodong', 'Zheng Chunmei', 'Feng Lei']);
    for (const round of seminar.items.slice(2, 4)) {
      expect(round.speakerPrompt).toBe(EN_PROMPT);
      expect(round.speakers.every((s) => s.prompt === EN_PROMPT)).toBe(true);
      expect(round.chairNotes).toContain('Jiang Chen and Li Changgen interject');
    }
    expect(seminar.items[0]!.id).toBe('sample-en-1-item-leadership_seminar-vision');

    const texts = en.flatMap((view) =>
      view.items.flatMap((i) => [i.title, i.chairNotes, i.speakerPrompt, i.presenter?.name ?? '', ...i.speakers.flatMap((s) => [s.prompt, s.person?.name ?? ''])]),
    );
    for (const text of texts) expect(text).not.toMatch(CJK);
  });

  it('adds no agenda item or speaker when loaded again; a fresh copy after trash has its own', () => {
    const count = (table: string) => (rt.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const first = load('zh-CN');
    const perCopy = { items: count('agenda_item'), speakers: count('speaker') };
    expect(perCopy).toEqual({ items: 22, speakers: 25 });
    const before = snapshot(rt.core.db);
    expect(load('zh-CN')).toBe(first);
    expect(snapshot(rt.core.db)).toEqual(before);

    call('programme.delete', { id: first });
    const second = load('zh-CN');
    expect({ items: count('agenda_item'), speakers: count('speaker') }).toEqual({ items: 44, speakers: 50 });
    expect(agendas(second)[0]!.items[0]!.id).toBe('sample-zh-2-item-leadership_seminar-vision');

    call('programme.delete', { id: second });
    call('trash.purge', { kind: 'programme', id: first });
    call('trash.purge', { kind: 'programme', id: second });
    expect({ items: count('agenda_item'), speakers: count('speaker') }).toEqual({ items: 0, speakers: 0 });
    expect(load('zh-CN')).toBe(first);
    expect({ items: count('agenda_item'), speakers: count('speaker') }).toEqual(perCopy);
  });

  it('can be run: the morning round calls its speakers in order, and the chair can interject', () => {
    const seminar = agendas(load('zh-CN'))[0]!;
    const sessionId = seminar.session.id;
    const round = seminar.items[2]!;
    call('run.start', { sessionId });
    let state: RunState = call('run.startItem', { sessionId, itemId: round.id });
    expect(state.nextSpeakers.map((s) => s.person?.name)).toEqual(['赵国栋', '林卫东', '孙海燕', '马文博']);
    state = call('run.next', { sessionId });
    expect(state.currentSpeaker).toMatchObject({ person: { name: '赵国栋' }, prompt: ZH_PROMPT, plannedSeconds: 900 });
    const li = call('person.list', { query: '李长根' })[0]!;
    state = call('run.interject', { sessionId, personId: li.id });
    expect(state.currentSpeaker).toMatchObject({ isInterjection: true, person: { name: '李长根' } });
  });
});
