import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, type Note, type NoteVersion, type OpinionsView, type SearchHit } from '../../shared/notes.js';
import { testClock } from '../helpers/clock.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
let clock: ReturnType<typeof testClock>;
beforeEach(() => {
  clock = testClock('2027-01-11T01:00:00.000Z');
  rt = testRuntime({ now: clock.now });
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

function seed() {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: '专题研讨' })) as { id: string };
  const session = ok(call('session.create', { stageId: stage.id, title: '优化营商环境，构建创新生态' })) as { id: string };
  const gxj = ok(call('unit.create', { name: '工信局' })) as { id: string };
  const director = ok(call('person.create', { name: '周明', position: '局长', unitId: gxj.id, category: 'department_head' })) as { id: string };
  const boss = ok(call('person.create', { name: '曾庆丰', position: '董事长', category: 'entrepreneur' })) as { id: string };
  const item = ok(call('agenda.create', { sessionId: session.id, kind: 'statements', title: '发言', plannedMinutes: 60 })) as { id: string };
  return { programme, stage, session, director, boss, item };
}

describe('notes', () => {
  it('captures an attributed, categorised note and lists it with its speaker and agenda item', () => {
    const { session, director, item } = seed();
    const note = ok(
      call('note.create', {
        sessionId: session.id,
        agendaItemId: item.id,
        speakerPersonId: director.id,
        category: 'suggestion',
        text: '希望出台更精准的“专精特新”企业扶持政策',
        important: true,
        capturedBy: '秦悦',
      }),
    ) as Note;
    expect(note).toMatchObject({ speakerName: '周明', agendaItemTitle: '发言', important: true, version: 1, capturedBy: '秦悦' });
    expect(note.speaker?.unitName).toBe('工信局');
    ok(call('note.create', { sessionId: session.id, speakerName: '列席群众', category: 'question', text: '多行\n文本' }));
    const list = ok(call('note.all', { sessionId: session.id })) as Note[];
    expect(list.map((n) => n.speakerName)).toEqual(['周明', '列席群众']);
    expect((ok(call('note.all', { sessionId: session.id, important: true })) as Note[]).map((n) => n.id)).toEqual([note.id]);
    expect((ok(call('note.all', { sessionId: session.id, category: 'question' })) as Note[])[0]!.text).toBe('多行\n文本');
  });

  it('a retried save with the same client id does not duplicate the note', () => {
    const { session } = seed();
    const input = { id: 'client-generated-1', sessionId: session.id, category: 'idea', text: '一次' };
    const first = ok(call('note.create', input)) as Note;
    const again = ok(call('note.create', input)) as Note;
    expect(again.id).toBe(first.id);
    expect(ok(call('note.all', { sessionId: session.id }))).toHaveLength(1);
  });

  it('refuses an empty note and changes nothing', () => {
    const { session } = seed();
    const before = snapshot(rt.core.db);
    expect(call('note.create', { sessionId: session.id, category: 'idea', text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'text', code: 'required' }] },
    });
    expect(snapshot(rt.core.db)).toEqual(before);
  });

  it('keeps every previous version on edit and refuses a stale edit', () => {
    const { session } = seed();
    const note = ok(call('note.create', { sessionId: session.id, category: 'idea', text: '第一版' })) as Note;
    clock.advance(60);
    ok(call('note.update', { id: note.id, text: '第二版', expectedVersion: 1 }));
    clock.advance(60);
    const third = ok(call('note.update', { id: note.id, text: '第三版', category: 'suggestion', expectedVersion: 2 })) as Note;
    expect(third).toMatchObject({ text: '第三版', version: 3, category: 'suggestion' });
    const history = ok(call('note.history', { id: note.id })) as NoteVersion[];
    expect(history.map((h) => [h.version, h.text, h.category])).toEqual([
      [2, '第二版', 'idea'],
      [1, '第一版', 'idea'],
    ]);
    expect(call('note.update', { id: note.id, text: '过时', expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', params: { reason: 'edited_elsewhere' } },
    });
  });

  it('deletes to the trash and restores (undo)', () => {
    const { session } = seed();
    const note = ok(call('note.create', { sessionId: session.id, category: 'idea', text: '要删除的记录' })) as Note;
    ok(call('note.delete', { id: note.id }));
    expect(ok(call('note.all', { sessionId: session.id }))).toEqual([]);
    expect(ok(call('trash.list', {}))).toEqual([expect.objectContaining({ kind: 'note', id: note.id, label: '要删除的记录' })]);
    ok(call('note.restore', { id: note.id }));
    expect(ok(call('note.all', { sessionId: session.id }))).toHaveLength(1);
  });
});

describe('opinions tracker', () => {
  it('tracks dispositions with plans and reasons, filterable by speaker category, with counts', () => {
    const { programme, session, boss, director } = seed();
    const plan = ok(call('plan.create', { programmeId: programme.id, title: '人才发展规划' })) as { id: string };
    const talent = ok(
      call('note.create', { sessionId: session.id, speakerPersonId: boss.id, category: 'suggestion', text: '人才引进不能只靠安家费，子女入学和配偶就业要解决' }),
    ) as Note;
    const ip = ok(
      call('note.create', { sessionId: session.id, speakerPersonId: boss.id, category: 'difficulty', text: '担心研发成果被抄袭，维权成本高' }),
    ) as Note;
    const policy = ok(call('note.create', { sessionId: session.id, speakerPersonId: director.id, category: 'suggestion', text: '专精特新' })) as Note;
    expect(call('note.setDisposition', { id: talent.id, disposition: 'to_incorporate' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'planId', code: 'plan_required' }] },
    });
    expect(call('note.setDisposition', { id: ip.id, disposition: 'declined' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reason', code: 'reason_required' }] },
    });
    ok(call('note.setDisposition', { id: talent.id, disposition: 'to_incorporate', planId: plan.id }));
    ok(call('note.setDisposition', { id: ip.id, disposition: 'pending' }));
    ok(call('note.setDisposition', { id: policy.id, disposition: 'declined', reason: '已有政策覆盖' }));
    const all = ok(call('opinion.list', { programmeId: programme.id })) as OpinionsView;
    expect(all.total).toBe(3);
    expect(all.counts).toEqual({ pending: 1, to_incorporate: 1, incorporated: 0, declined: 1, deferred: 0 });
    const entrepreneurs = ok(call('opinion.list', { programmeId: programme.id, speakerCategory: 'entrepreneur' })) as OpinionsView;
    expect(entrepreneurs.opinions.map((o) => o.id).sort()).toEqual([talent.id, ip.id].sort());
    expect(entrepreneurs.opinions[0]!.sessionTitle).toBe('优化营商环境，构建创新生态');
    const pending = ok(call('opinion.list', { programmeId: programme.id, disposition: 'pending' })) as OpinionsView;
    expect(pending.opinions.map((o) => o.id)).toEqual([ip.id]);
    const byPlan = ok(call('opinion.list', { programmeId: programme.id, planId: plan.id })) as OpinionsView;
    expect(byPlan.opinions[0]).toMatchObject({ id: talent.id, planTitle: '人才发展规划' });
    ok(call('note.setDisposition', { id: talent.id, disposition: 'incorporated' }));
    expect((ok(call('opinion.list', { programmeId: programme.id, planId: plan.id })) as OpinionsView).opinions[0]).toMatchObject({
      disposition: 'incorporated',
      planId: plan.id,
    });
  });
});

describe('marking opinions and correcting where a note stands (history)', () => {
  it('marks a note as an opinion from capture or later, shows it in the tracker at once, and unmarks it', () => {
    const { programme, session } = seed();
    const captured = ok(call('note.create', { sessionId: session.id, category: 'suggestion', text: '建议设立人才基金', opinion: true })) as Note;
    expect(captured).toMatchObject({ disposition: 'pending', version: 1 });
    const later = ok(call('note.create', { sessionId: session.id, category: 'question', text: '资金从哪里来？' })) as Note;
    expect(later.disposition).toBeNull();
    ok(call('note.setDisposition', { id: later.id, disposition: 'pending' }));
    const tracked = ok(call('opinion.list', { programmeId: programme.id })) as OpinionsView;
    expect(tracked.opinions.map((o) => o.id)).toEqual([captured.id, later.id]);
    expect(tracked.counts.pending).toBe(2);

    clock.advance(60);
    // Unmarked: gone from the tracker, the marked version is in the history.
    const unmarked = ok(call('note.setDisposition', { id: later.id, disposition: null })) as Note;
    expect(unmarked).toMatchObject({ disposition: null, version: 3 });
    expect((ok(call('opinion.list', { programmeId: programme.id })) as OpinionsView).opinions.map((o) => o.id)).toEqual([captured.id]);
    const history = ok(call('note.history', { id: later.id })) as NoteVersion[];
    expect(history.map((h) => [h.version, h.disposition])).toEqual([
      [2, 'pending'],
      [1, null],
    ]);
  });

  it('an edit changes the speaker, agenda item and opinion mark, and the history keeps each earlier one', () => {
    const { programme, session, director, boss, item } = seed();
    const other = ok(call('agenda.create', { sessionId: session.id, kind: 'discussion', title: '自由讨论', plannedMinutes: 30 })) as { id: string };
    const note = ok(
      call('note.create', { sessionId: session.id, agendaItemId: item.id, speakerPersonId: director.id, category: 'suggestion', text: '减税降费' }),
    ) as Note;
    clock.advance(60);
    const moved = ok(
      call('note.update', { id: note.id, speakerPersonId: boss.id, agendaItemId: other.id, opinion: true, expectedVersion: 1 }),
    ) as Note;
    expect(moved).toMatchObject({ speakerName: '曾庆丰', agendaItemTitle: '自由讨论', disposition: 'pending', version: 2, text: '减税降费' });
    clock.advance(60);
    ok(call('note.setDisposition', { id: note.id, disposition: 'declined', reason: '已有政策' }));
    clock.advance(60);
    const freed = ok(call('note.update', { id: note.id, speakerName: '列席代表', agendaItemId: null, opinion: false, expectedVersion: 3 })) as Note;
    expect(freed).toMatchObject({ speaker: null, speakerName: '列席代表', agendaItemId: null, disposition: null, dispositionReason: '', version: 4 });
    expect((ok(call('opinion.list', { programmeId: programme.id })) as OpinionsView).total).toBe(0);

    const history = ok(call('note.history', { id: note.id })) as NoteVersion[];
    expect(history.map((h) => [h.version, h.speakerName, h.agendaItemTitle, h.disposition, h.dispositionReason])).toEqual([
      [3, '曾庆丰', '自由讨论', 'declined', '已有政策'],
      [2, '曾庆丰', '自由讨论', 'pending', ''],
      [1, '周明', '发言', null, ''],
    ]);
    // Marking a note that already has an answer keeps the answer.
    ok(call('note.setDisposition', { id: note.id, disposition: 'deferred', reason: '下一轮再议' }));
    expect(ok(call('note.update', { id: note.id, opinion: true }))).toMatchObject({ disposition: 'deferred', dispositionReason: '下一轮再议' });
  });
});

describe('search', () => {
  const plain = (s: string) => s.replaceAll(HIGHLIGHT_START, '[').replaceAll(HIGHLIGHT_END, ']');

  it('finds notes, sessions, people and units; three or more characters through FTS5 trigram, shorter through LIKE', () => {
    const { session } = seed();
    ok(call('note.create', { sessionId: session.id, category: 'suggestion', text: '人才引进不能只靠安家费，子女入学和配偶就业要解决' }));
    ok(call('note.create', { sessionId: session.id, category: 'suggestion', text: '进一步优化营商环境' }));
    const long = ok(call('search.query', { query: '营商环境' })) as SearchHit[];
    expect(long.map((h) => h.kind).sort()).toEqual(['note', 'session']);
    const noteHit = long.find((h) => h.kind === 'note')!;
    expect(plain(noteHit.snippet)).toContain('[营商环境]');
    expect(noteHit.sessionId).toBe(session.id);
    const short = ok(call('search.query', { query: '人才' })) as SearchHit[];
    expect(short).toHaveLength(1);
    expect(plain(short[0]!.snippet)).toContain('[人才]引进');
    expect((ok(call('search.query', { query: '工信' })) as SearchHit[]).map((h) => h.kind).sort()).toEqual(['person', 'unit']);
    expect((ok(call('search.query', { query: '周' })) as SearchHit[]).map((h) => h.kind)).toEqual(['person']);
  });

  it('forgets what is in the trash, and takes quotes, wildcards and FTS syntax literally', () => {
    const { session } = seed();
    const note = ok(call('note.create', { sessionId: session.id, category: 'idea', text: 'AND OR "quoted" 100% NEAR(x)' })) as Note;
    expect((ok(call('search.query', { query: '"quoted"' })) as SearchHit[]).map((h) => h.id)).toEqual([note.id]);
    expect((ok(call('search.query', { query: '0%' })) as SearchHit[]).map((h) => h.id)).toEqual([note.id]);
    expect(ok(call('search.query', { query: 'NEAR(' }))).toHaveLength(1);
    ok(call('note.delete', { id: note.id }));
    expect(ok(call('search.query', { query: 'quoted' }))).toEqual([]);
    ok(call('session.delete', { id: session.id }));
    expect(ok(call('search.query', { query: '营商环境' }))).toEqual([]);
  });
});
