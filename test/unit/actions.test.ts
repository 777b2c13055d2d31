import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionDetail, ActionItem, UnitObligations } from '../../shared/actions.js';
import type { Note } from '../../shared/notes.js';
import { testClock } from '../helpers/clock.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
let clock: ReturnType<typeof testClock>;
beforeEach(() => {
  clock = testClock(new Date(2027, 0, 11, 10, 0).toISOString());
  rt = testRuntime({ now: clock.now });
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

function seed() {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: '常委会层面研讨' })) as { id: string };
  const session = ok(
    call('session.create', { stageId: stage.id, title: '第一轮', sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }] }),
  ) as { id: string };
  const unit = (name: string) => ok(call('unit.create', { name, kind: 'department' })) as { id: string; name: string };
  const gxj = unit('工信局');
  const czj = unit('财政局');
  const jrb = unit('金融办');
  const director = ok(call('person.create', { name: '林卫东', position: '局长', unitId: gxj.id })) as { id: string };
  const note = ok(
    call('note.create', { sessionId: session.id, speakerPersonId: director.id, category: 'suggestion', text: '希望出台更精准的“专精特新”企业扶持政策\n分阶段支持' }),
  ) as Note;
  return { programme, stage, session, gxj, czj, jrb, director, note };
}

describe('action items', () => {
  it('turns a note into a proposed action linked both ways', () => {
    const { session, note } = seed();
    const action = ok(call('action.fromNote', { noteId: note.id })) as ActionItem;
    expect(action).toMatchObject({ status: 'proposed', noteId: note.id, sessionId: session.id, title: '希望出台更精准的“专精特新”企业扶持政策' });
    expect((ok(call('note.all', { sessionId: session.id })) as Note[])[0]!.actionId).toBe(action.id);
    const detail = ok(call('action.get', { id: action.id })) as ActionDetail;
    expect(detail.sourceNote).toMatchObject({ id: note.id, speakerName: '林卫东' });
  });

  it('sets lead and co-operating units, a spoken due rule, a checklist; every change lands in the history', () => {
    const { note, gxj, czj, jrb } = seed();
    const action = ok(call('action.fromNote', { noteId: note.id })) as ActionItem;
    const updated = ok(
      call('action.update', {
        id: action.id,
        leadUnitId: gxj.id,
        coUnitIds: [czj.id, jrb.id],
        dueRule: '一个月内',
        deliverable: '针对不同成长阶段专精特新企业的差异化扶持政策初稿',
      }),
    ) as ActionItem;
    expect(updated.leadUnit?.name).toBe('工信局');
    expect(updated.coUnits.map((u) => u.name)).toEqual(['财政局', '金融办']);
    expect(updated).toMatchObject({ dueDate: '2027-02-11', dueRule: '一个月内', due: 'ok', overdue: false });
    for (const text of ['贷款贴息', '研发补助', '市场开拓支持']) ok(call('action.checkAdd', { actionId: action.id, text }));
    let detail = ok(call('action.get', { id: action.id })) as ActionDetail;
    expect(detail.checklist.map((c) => c.text)).toEqual(['贷款贴息', '研发补助', '市场开拓支持']);
    ok(call('action.checkUpdate', { id: detail.checklist[0]!.id, done: true }));
    ok(call('action.move', { id: action.id, status: 'in_progress', position: 0 }));
    detail = ok(call('action.get', { id: action.id })) as ActionDetail;
    expect(detail.status).toBe('in_progress');
    expect(detail.history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['created', null, detail.title],
      ['deliverable', '', '针对不同成长阶段专精特新企业的差异化扶持政策初稿'],
      ['leadUnit', null, '工信局'],
      ['coUnits', null, '财政局、金融办'],
      ['dueRule', '', '一个月内'],
      ['dueDate', null, '2027-02-11'],
      ['checklist', null, '贷款贴息'],
      ['checklist', null, '研发补助'],
      ['checklist', null, '市场开拓支持'],
      ['checkDone', null, '贷款贴息'],
      ['status', 'proposed', 'in_progress'],
    ]);
  });

  it('is due soon within 3 working days and overdue after the date, by the core clock', () => {
    const { programme, session, gxj } = seed();
    const action = ok(call('action.create', { sessionId: session.id, title: 'T', leadUnitId: gxj.id, dueRule: '两周内', status: 'assigned' })) as ActionItem;
    expect(action).toMatchObject({ dueDate: '2027-01-25', due: 'ok' });
    clock.set(new Date(2027, 0, 20, 9).toISOString());
    expect((ok(call('action.list', { programmeId: programme.id })) as ActionItem[])[0]!.due).toBe('soon');
    clock.set(new Date(2027, 0, 26, 9).toISOString());
    expect((ok(call('action.list', { programmeId: programme.id, overdue: true })) as ActionItem[]).map((a) => a.id)).toEqual([action.id]);
    ok(call('action.move', { id: action.id, status: 'in_progress', position: 0 }));
    ok(call('action.move', { id: action.id, status: 'submitted', position: 0 }));
    expect((ok(call('action.get', { id: action.id })) as ActionItem).overdue).toBe(false);
  });

  it('refuses a due rule it cannot understand, with a reason, and changes nothing', () => {
    const { note } = seed();
    const action = ok(call('action.fromNote', { noteId: note.id })) as ActionItem;
    const before = snapshot(rt.core.db);
    expect(call('action.update', { id: action.id, dueRule: '尽快' })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'dueRule', code: 'due_ambiguous' }] },
    });
    expect(snapshot(rt.core.db)).toEqual(before);
    expect(ok(call('action.parseDue', { rule: 'within one month', sessionId: action.sessionId }))).toEqual({
      date: '2027-02-11',
      rule: 'within one month',
      baseDate: '2027-01-11',
    });
  });

  it('refuses invalid moves (accepting a cancelled task; assigning without a lead unit) and changes nothing', () => {
    const { note, gxj } = seed();
    const action = ok(call('action.fromNote', { noteId: note.id })) as ActionItem;
    const before = snapshot(rt.core.db);
    expect(call('action.move', { id: action.id, status: 'assigned', position: 0 })).toEqual({
      ok: false,
      error: { code: 'invalid_state', params: { reason: 'lead_unit_required' } },
    });
    expect(snapshot(rt.core.db)).toEqual(before);
    ok(call('action.move', { id: action.id, status: 'cancelled', position: 0 }));
    ok(call('action.update', { id: action.id, leadUnitId: gxj.id }));
    const cancelled = snapshot(rt.core.db);
    expect(call('action.move', { id: action.id, status: 'accepted', position: 0 })).toEqual({
      ok: false,
      error: { code: 'invalid_state', params: { reason: 'move_not_allowed', from: 'cancelled', to: 'accepted' } },
    });
    expect(snapshot(rt.core.db)).toEqual(cancelled);
  });

  it('orders cards within a column and filters by unit as lead or co-operating unit', () => {
    const { programme, session, gxj, czj, jrb } = seed();
    const make = (title: string, lead: string, co: string[] = []) =>
      ok(call('action.create', { sessionId: session.id, title, leadUnitId: lead, coUnitIds: co })) as ActionItem;
    const a = make('A', gxj.id, [jrb.id]);
    const b = make('B', czj.id);
    const c = make('C', jrb.id);
    ok(call('action.move', { id: c.id, status: 'proposed', position: 0 }));
    const column = (ok(call('action.list', { programmeId: programme.id, status: 'proposed' })) as ActionItem[]).map((x) => x.title);
    expect(column).toEqual(['C', 'A', 'B']);
    const forJrb = (ok(call('action.list', { programmeId: programme.id, unitId: jrb.id })) as ActionItem[]).map((x) => x.title).sort();
    expect(forJrb).toEqual(['A', 'C']);
    const owes = ok(call('action.forUnit', { unitId: jrb.id, programmeId: programme.id })) as UnitObligations;
    expect(owes.lead.map((x) => x.id)).toEqual([c.id]);
    expect(owes.cooperating.map((x) => x.id)).toEqual([a.id]);
    expect(call('action.update', { id: b.id, coUnitIds: [czj.id] })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'coUnitIds', code: 'lead_also_co' }] },
    });
  });

  it('deletes to the trash, restores, and is found by search', () => {
    const { session, programme } = seed();
    const action = ok(call('action.create', { sessionId: session.id, title: '差异化扶持政策', deliverable: '政策初稿' })) as ActionItem;
    expect((ok(call('search.query', { query: '扶持政策' })) as { kind: string; id: string; programmeId: string }[]).find((h) => h.kind === 'action')).toMatchObject({
      id: action.id,
      programmeId: programme.id,
    });
    ok(call('action.delete', { id: action.id }));
    expect(ok(call('action.list', { programmeId: programme.id }))).toEqual([]);
    expect(ok(call('trash.list', {}))).toEqual([expect.objectContaining({ kind: 'action_item', id: action.id })]);
    ok(call('trash.restore', { kind: 'action_item', id: action.id }));
    expect(ok(call('action.list', { programmeId: programme.id }))).toHaveLength(1);
  });
});
