import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { line, longText, title, type Locale } from '../../shared/contract/fields.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type Note, type Opinion } from '../../shared/notes.js';
import { catchUpSearchIndex } from '../../main/core/search-index.js';
import { sampleData } from '../../main/sample/data/index.js';
import { NOTES, PLANS } from '../../main/sample/data/structure.js';
import { snapshot, testRuntime, type TestRuntime, typedCall } from '../helpers/runtime.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: () => new Date('2027-01-04T08:00:00Z') });
});
afterEach(() => rt.cleanup());

const call = typedCall(() => rt);

const load = (locale: Locale) => call('sample.load', { locale }).programmeId;

function sessions(programmeId: string) {
  return call('programme.get', { id: programmeId }).stages.flatMap((stage) => stage.sessions);
}

function allNotes(programmeId: string): Note[] {
  return sessions(programmeId).flatMap((s) => call('note.all', { sessionId: s.id }));
}

/** "HH:MM" of an instant in China Standard Time, the sample's clock. */
const cst = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16);
const cstDate = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const marked = (snippet: string) => snippet.includes(HIGHLIGHT_START) && snippet.includes(HIGHLIGHT_END);

describe('sample notes, plans and dispositions', () => {
  it('puts the industry bureau director’s 专精特新 request into the Stage 1 round, with the chair steering toward solutions', () => {
    const programmeId = load('zh-CN');
    const [seminar] = sessions(programmeId);
    expect(seminar!.title).toBe('常委会层面战略对接研讨会');
    const notes = call('note.all', { sessionId: seminar!.id });

    const request = notes.find((n) => n.text.includes('专精特新'))!;
    expect(request).toMatchObject({
      id: 'sample-zh-1-note-s1_lin_specialised',
      speakerName: '林卫东',
      agendaItemId: 'sample-zh-1-item-leadership_seminar-round_am',
      agendaItemTitle: '交流发言（一）：分管领域',
      category: 'suggestion',
      important: true,
      capturedBy: '秦悦',
      disposition: 'to_incorporate',
      planId: 'sample-zh-1-plan-industrial_ecosystem',
      planTitle: '“强链扩圈”产业生态构建方案',
      dispositionReason: '',
      version: 1,
    });
    expect(request.speaker).toMatchObject({ name: '林卫东', position: '工信局局长', unitName: '清源县工业和信息化局', category: 'department_head' });
    expect(request.text).toContain('更加精准');
    for (const measure of ['贷款贴息', '研发补助', '市场开拓']) expect(request.text).toContain(measure);
    expect([cstDate(request.capturedAt), cst(request.capturedAt)]).toEqual(['2027-01-11', '10:34']);

    // A few understanding and difficulty notes from the round, and the interjections steering toward solutions.
    expect(notes.filter((n) => n.category === 'understanding').map((n) => n.speakerName)).toEqual(['赵国栋', '吴晓东']);
    expect(notes.filter((n) => n.category === 'difficulty').length).toBeGreaterThanOrEqual(2);
    const interjections = notes.filter((n) => n.category === 'interjection');
    expect(interjections.map((n) => n.speakerName)).toEqual(['江辰', '李长根']);
    expect(interjections[0]!.text).toContain('怎么解决');

    // Listed in the order captured, each under its item, all recorded by the session's secretary.
    expect(notes.map((n) => n.capturedAt)).toEqual([...notes.map((n) => n.capturedAt)].sort());
    expect(new Set(notes.map((n) => n.agendaItemTitle))).toEqual(new Set(['交流发言（一）：分管领域', '交流发言（二）：经开区和主要乡镇']));
    expect(notes.every((n) => n.capturedBy === '秦悦' && n.speaker !== null)).toBe(true);
  });

  it('records the senior entrepreneur’s opinions on talent and intellectual property in the business-environment seminar', () => {
    const programmeId = load('zh-CN');
    const business = sessions(programmeId).find((s) => s.title.includes('优化营商环境'))!;
    const zeng = call('note.all', { sessionId: business.id }).filter((n) => n.speakerName === '曾庆丰');
    expect(zeng.map((n) => [n.category, n.disposition, n.planTitle])).toEqual([
      ['suggestion', 'to_incorporate', '人才发展规划'],
      ['difficulty', 'to_incorporate', '营商环境优化行动方案'],
      ['suggestion', 'pending', null],
    ]);
    const [talent, ip] = zeng;
    for (const words of ['安家补贴', '子女', '配偶就业']) expect(talent!.text).toContain(words);
    for (const words of ['知识产权', '抄袭', '成本']) expect(ip!.text).toContain(words);
    expect(talent!.speaker).toMatchObject({ category: 'entrepreneur', unitName: '清源精密机械股份有限公司' });
    expect(talent!.agendaItemTitle).toBe('部门、乡镇、代表委员和企业家发言');
    expect([cstDate(talent!.capturedAt), cst(talent!.capturedAt)]).toEqual(['2027-01-20', '10:14']);
  });

  it('captures every note within its item’s sitting, by someone attending that session', () => {
    const programmeId = load('zh-CN');
    for (const session of sessions(programmeId)) {
      const agenda = call('agenda.list', { sessionId: session.id });
      const attending = new Set(call('session.get', { id: session.id }).participants.map((p) => p.person.id));
      for (const note of call('note.all', { sessionId: session.id })) {
        const item = agenda.items.find((i) => i.id === note.agendaItemId)!;
        const sitting = agenda.sittings.find((s) => s.sitting.id === item.sittingId)!.sitting;
        expect(cstDate(note.capturedAt), note.id).toBe(sitting.date);
        expect(cst(note.capturedAt) >= sitting.startTime && cst(note.capturedAt) <= sitting.endTime, note.id).toBe(true);
        expect(attending.has(note.speaker!.id), note.id).toBe(true);
      }
    }
  });

  it('tracks the opinions programme-wide: counts per disposition, filters by category, plan and session', () => {
    const programmeId = load('zh-CN');
    const view = call('opinion.list', { programmeId });
    expect(view.counts).toEqual({ pending: 6, to_incorporate: 3, incorporated: 1, declined: 1, deferred: 2 });
    expect(view.total).toBe(13);
    expect(view.opinions).toHaveLength(13);
    for (const opinion of view.opinions) {
      if (opinion.disposition === 'to_incorporate' || opinion.disposition === 'incorporated') expect(opinion.planTitle, opinion.id).not.toBeNull();
      if (opinion.disposition === 'declined' || opinion.disposition === 'deferred') expect(opinion.dispositionReason, opinion.id).not.toBe('');
    }
    const declined = view.opinions.find((o) => o.disposition === 'declined')!;
    expect(declined).toMatchObject({ speakerName: '潘俊杰', speakerCategory: 'entrepreneur' });
    expect(declined.dispositionReason).toContain('亩均效益');

    const entrepreneurs = call('opinion.list', { programmeId, speakerCategory: 'entrepreneur' });
    expect(entrepreneurs.opinions.map((o: Opinion) => o.speakerName)).toEqual(['曾庆丰', '曾庆丰', '曾庆丰', '潘俊杰', '田雨']);
    expect(entrepreneurs.counts).toEqual(view.counts);
    expect(entrepreneurs.opinions.every((o) => o.sessionTitle === '专题研讨会：优化营商环境，构建创新生态')).toBe(true);

    const plans = call('plan.list', { programmeId });
    expect(plans.map((p) => [p.id, p.title, p.opinionCount])).toEqual([
      ['sample-zh-1-plan-talent', '人才发展规划', 1],
      ['sample-zh-1-plan-industrial_ecosystem', '“强链扩圈”产业生态构建方案', 1],
      ['sample-zh-1-plan-business_environment', '营商环境优化行动方案', 2],
    ]);
    expect(call('opinion.list', { programmeId, planId: plans[0]!.id }).opinions.map((o) => o.speakerName)).toEqual(['曾庆丰']);
    const [seminar] = sessions(programmeId);
    expect(call('opinion.list', { programmeId, sessionId: seminar!.id }).opinions.map((o) => o.disposition)).toEqual([
      'to_incorporate',
      'pending',
      'deferred',
    ]);
    expect(call('opinion.list', { programmeId, disposition: 'pending', speakerCategory: 'entrepreneur' }).opinions).toHaveLength(2);
  });

  it('lets the secretary give the entrepreneur’s opinions dispositions, and a purged plan sends its opinions back to pending', () => {
    const programmeId = load('zh-CN');
    const ip = 'sample-zh-1-note-s2_zeng_ip';
    expect(rt.core.call('note.setDisposition', { id: ip, disposition: 'declined' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'reason', code: 'reason_required' }] },
    });
    call('note.setDisposition', { id: ip, disposition: 'declined', planId: null, reason: '维权执法属市级事权，已转市市场监管局研究' });
    call('note.setDisposition', { id: 'sample-zh-1-note-s2_zeng_training', disposition: 'to_incorporate', planId: 'sample-zh-1-plan-talent' });
    expect(call('opinion.list', { programmeId }).counts).toEqual({ pending: 5, to_incorporate: 3, incorporated: 1, declined: 2, deferred: 2 });

    call('plan.delete', { id: 'sample-zh-1-plan-talent' });
    call('trash.purge', { kind: 'plan', id: 'sample-zh-1-plan-talent' });
    const after = call('opinion.list', { programmeId });
    expect(after.counts).toEqual({ pending: 7, to_incorporate: 1, incorporated: 1, declined: 2, deferred: 2 });
    expect(after.opinions.filter((o) => o.planId === 'sample-zh-1-plan-talent')).toEqual([]);

    // The whole programme can be purged although its opinions point into its plans.
    call('programme.delete', { id: programmeId });
    call('trash.purge', { kind: 'programme', id: programmeId });
    expect(rt.core.db.prepare('SELECT count(*) AS n FROM note').get()).toEqual({ n: 0 });
  });

  it('finds the sample notes by search, three-character and two-character queries alike, with highlighted snippets', () => {
    load('zh-CN');
    const business = call('search.query', { query: '营商环境' });
    const noteHits = business.filter((h) => h.kind === 'note');
    expect(noteHits.map((h) => h.id).sort()).toEqual(['sample-zh-1-note-s2_lin_approval', 'sample-zh-1-note-s2_xu_service']);
    for (const hit of noteHits) {
      expect(hit.sessionId).toBe('sample-zh-1-session-business_environment');
      expect(hit.programmeId).toBe('sample-zh-1');
      expect(hit.snippet).toContain(`${HIGHLIGHT_START}营商环境${HIGHLIGHT_END}`);
    }
    expect(noteHits.map((h) => h.title).sort()).toEqual(['徐红梅', '林卫东']);
    expect(business.some((h) => h.kind === 'session' && h.id === 'sample-zh-1-session-business_environment')).toBe(true);

    const talent = call('search.query', { query: '人才' });
    const talentNotes = talent.filter((h) => h.kind === 'note').map((h) => h.id);
    expect(talentNotes).toContain('sample-zh-1-note-s2_zeng_talent');
    expect(talentNotes).toContain('sample-zh-1-note-s2_jiang_schools');
    expect(talent.filter((h) => h.kind === 'note').every((h) => marked(h.snippet))).toBe(true);

    expect(call('search.query', { query: '专精特新' }).filter((h) => h.kind === 'note').map((h) => h.id)).toEqual(
      expect.arrayContaining(['sample-zh-1-note-s1_lin_specialised', 'sample-zh-1-note-s1_jiang_solutions']),
    );
  });

  it('loads the English notes with the same shape, English words and ids of their own', () => {
    const zhId = load('zh-CN');
    const enId = load('en');
    const skeleton = (notes: Note[]) =>
      notes.map((n) => [n.id.replace(/^sample-(zh|en)-/, ''), n.category, n.important, n.capturedAt, n.disposition, n.planId?.replace(/^sample-(zh|en)-/, '') ?? null, n.dispositionReason !== '']);
    const zh = allNotes(zhId);
    const en = allNotes(enId);
    expect(skeleton(en)).toEqual(skeleton(zh));
    expect(en).toHaveLength(NOTES.length);
    expect(call('opinion.list', { programmeId: enId }).counts).toEqual(call('opinion.list', { programmeId: zhId }).counts);
    for (const note of en) {
      for (const text of [note.text, note.speakerName, note.capturedBy, note.planTitle ?? '', note.dispositionReason, note.agendaItemTitle ?? '']) {
        expect(text, note.id).not.toMatch(CJK);
      }
    }
    const lin = en.find((n) => n.id === 'sample-en-1-note-s1_lin_specialised')!;
    expect(lin).toMatchObject({ speakerName: 'Lin Weidong', capturedBy: 'Qin Yue', planTitle: 'Industrial ecosystem plan' });
    expect(lin.text).toContain('specialised, refined, distinctive and innovative');
    expect(call('plan.list', { programmeId: enId }).map((p) => p.title)).toEqual([
      'Talent development plan',
      'Industrial ecosystem plan',
      'Business environment action plan',
    ]);
    const zeng = en.filter((n) => n.speakerName === 'Zeng Qingfeng');
    expect(zeng[0]!.text).toContain("spouses' jobs");
    expect(zeng[1]!.text).toContain('intellectual property');

    // English search: words and a phrase, found in the English notes only.
    const hits = call('search.query', { query: 'business environment' }).filter((h) => h.kind === 'note');
    expect(hits.map((h) => h.id).sort()).toEqual(['sample-en-1-note-s2_lin_approval', 'sample-en-1-note-s2_xu_service']);
    expect(call('search.query', { query: 'talent' }).some((h) => h.id === 'sample-en-1-note-s2_zeng_talent')).toBe(true);
  });

  it('adds no note or plan when loaded again; a fresh copy after trash has its own', () => {
    const count = (table: string) => (rt.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const indexed = () => {
      rt.core.db.transaction(() => catchUpSearchIndex(rt.core.db)).immediate();
      return (rt.core.db.prepare("SELECT count(*) AS n FROM search_entry WHERE kind = 'note'").get() as { n: number }).n;
    };
    const first = load('zh-CN');
    expect({ notes: count('note'), plans: count('plan'), indexed: indexed() }).toEqual({ notes: NOTES.length, plans: PLANS.length, indexed: NOTES.length });
    const before = snapshot(rt.core.db);
    expect(load('zh-CN')).toBe(first);
    expect(snapshot(rt.core.db)).toEqual(before);

    call('programme.delete', { id: first });
    const second = load('zh-CN');
    expect({ notes: count('note'), plans: count('plan') }).toEqual({ notes: 2 * NOTES.length, plans: 2 * PLANS.length });
    expect(allNotes(second)[0]!.id).toBe('sample-zh-2-note-s1_zhao_chains');
    // Search shows only the live copy's notes.
    expect(call('search.query', { query: '营商环境' }).filter((h) => h.kind === 'note').every((h) => h.id.startsWith('sample-zh-2-'))).toBe(true);
  });

  it('fits the contract: note texts, reasons and plan titles pass the schemas the channels use', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const sample = sampleData(locale);
      for (const plan of sample.plans) {
        expect(title.safeParse(plan.title).success, plan.title).toBe(true);
        expect(longText.safeParse(plan.description).success).toBe(true);
      }
      for (const note of sample.notes) {
        expect(longText.safeParse(note.text).success && note.text.trim() !== '', note.key).toBe(true);
        expect(line.safeParse(note.reason).success && !/[\r\n]/.test(note.reason), note.key).toBe(true);
        expect(note.reason !== '', note.key).toBe(note.disposition === 'declined' || note.disposition === 'deferred');
        expect(note.plan !== null, note.key).toBe(note.disposition === 'to_incorporate' || note.disposition === 'incorporated');
      }
    }
  });
});
