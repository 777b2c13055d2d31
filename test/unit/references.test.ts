import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRuntime, type TestRuntime, typedCall } from '../helpers/runtime.js';

/**
 * Deleting something still in use asks first (refs.of names what refers to it), and purging it from
 * the trash never loses what a task or a note showed: the unit or person stays a tombstone, out of
 * the directory and the trash, while anything refers to it (main/core/purge.ts).
 */
let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime({ now: () => new Date('2027-01-04T08:00:00Z') });
});
afterEach(() => rt.cleanup());

const call = typedCall(() => rt);

/** A programme with one session, a unit leading a task and co-operating on another, its head, and a note by her. */
function seed() {
  const programme = call('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
  const stage = call('stage.create', { programmeId: programme.id, title: '常委会层面研讨' });
  const session = call('session.create', { stageId: stage.id, title: '常委会层面战略对接研讨会' });
  const industry = call('unit.create', { name: '清源县工业和信息化局', shortName: '工信局' });
  const finance = call('unit.create', { name: '清源县财政局', shortName: '财政局' });
  const lin = call('person.create', { name: '林卫东', position: '工信局局长', unitId: industry.id });
  const gao = call('person.create', { name: '高秀兰', position: '财政局局长', unitId: finance.id });
  const lead = call('action.create', {
    sessionId: session.id,
    title: '制定“专精特新”企业扶持政策',
    leadUnitId: industry.id,
    coUnitIds: [finance.id],
    ownerId: lin.id,
  });
  const co = call('action.create', { sessionId: session.id, title: '设立融资担保资金池', leadUnitId: finance.id, coUnitIds: [industry.id] });
  const note = call('note.create', { sessionId: session.id, speakerPersonId: lin.id, category: 'suggestion', text: '建议出台更加精准的扶持政策。' });
  return { programme, stage, session, industry, finance, lin, gao, lead, co, note };
}

describe('refs.of', () => {
  it('names what refers to a unit, a person, a stage and a programme, counting live rows only', () => {
    const s = seed();
    expect(call('refs.of', { kind: 'unit', id: s.industry.id })).toEqual({
      kind: 'unit',
      id: s.industry.id,
      name: '清源县工业和信息化局',
      refs: [
        { kind: 'leadsTasks', count: 1 },
        { kind: 'coTasks', count: 1 },
        { kind: 'unitOfPeople', count: 1 },
      ],
    });
    expect(call('refs.of', { kind: 'person', id: s.lin.id }).refs).toEqual([
      { kind: 'ownsTasks', count: 1 },
      { kind: 'speakerOfNotes', count: 1 },
    ]);
    expect(call('refs.of', { kind: 'person', id: s.gao.id }).refs).toEqual([]);
    expect(call('refs.of', { kind: 'stage', id: s.stage.id }).refs).toEqual([
      { kind: 'sessions', count: 1 },
      { kind: 'tasks', count: 2 },
      { kind: 'notes', count: 1 },
    ]);
    expect(call('refs.of', { kind: 'programme', id: s.programme.id }).refs).toEqual([
      { kind: 'stages', count: 1 },
      { kind: 'sessions', count: 1 },
      { kind: 'tasks', count: 2 },
      { kind: 'notes', count: 1 },
    ]);
    // A task in the trash is not in use.
    call('action.delete', { id: s.co.id });
    expect(call('refs.of', { kind: 'unit', id: s.industry.id }).refs.map((r) => r.kind)).toEqual(['leadsTasks', 'unitOfPeople']);
    // A trashed or unknown row: not found, in words.
    call('unit.delete', { id: s.finance.id });
    expect(rt.core.call('refs.of', { kind: 'unit', id: s.finance.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rt.core.call('refs.of', { kind: 'session', id: s.session.id } as never)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('purging what is still in use', () => {
  it('keeps the unit’s name on the task it leads and co-operates on, and the person’s on her note and task', () => {
    const s = seed();
    call('unit.delete', { id: s.industry.id });
    call('trash.purge', { kind: 'unit', id: s.industry.id });

    // The task still shows the unit as it was, lead and co-operating alike.
    const lead = call('action.get', { id: s.lead.id });
    expect(lead.leadUnit?.name).toBe('清源县工业和信息化局');
    expect(call('action.get', { id: s.co.id }).coUnits.map((u) => u.name)).toEqual(['清源县工业和信息化局']);
    // Gone for good from the directory and the trash; cannot be restored; the name is free again.
    expect(call('unit.list', {}).map((u) => u.id)).not.toContain(s.industry.id);
    expect(call('trash.list', {}).map((t) => t.id)).not.toContain(s.industry.id);
    expect(rt.core.call('trash.restore', { kind: 'unit', id: s.industry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rt.core.call('trash.purge', { kind: 'unit', id: s.industry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    call('unit.create', { name: '清源县工业和信息化局' });

    call('person.delete', { id: s.lin.id });
    call('trash.purge', { kind: 'person', id: s.lin.id });
    expect(call('note.all', { sessionId: s.session.id })[0]).toMatchObject({ speakerName: '林卫东' });
    expect(call('action.get', { id: s.lead.id }).owner?.name).toBe('林卫东');
    expect(call('person.list', {}).map((p) => p.id)).not.toContain(s.lin.id);
  });

  it('deletes what nothing refers to, and a tombstone once the last task naming it is purged', () => {
    const s = seed();
    const spare = call('unit.create', { name: '清源县青山乡' });
    call('unit.delete', { id: spare.id });
    call('trash.purge', { kind: 'unit', id: spare.id });
    const exists = (table: string, id: string) => rt.core.db.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck().get(id);
    expect(exists('unit', spare.id)).toBe(0);

    call('unit.delete', { id: s.finance.id });
    call('trash.purge', { kind: 'unit', id: s.finance.id });
    expect(exists('unit', s.finance.id)).toBe(1);
    // The tasks and the person naming it go; then so does the tombstone.
    for (const action of [s.lead, s.co]) {
      call('action.delete', { id: action.id });
      call('trash.purge', { kind: 'action_item', id: action.id });
    }
    expect(exists('unit', s.finance.id)).toBe(1);
    call('person.delete', { id: s.gao.id });
    call('trash.purge', { kind: 'person', id: s.gao.id });
    expect(exists('person', s.gao.id)).toBe(0);
    expect(exists('unit', s.finance.id)).toBe(0);
  });

  it('purges a person queued to speak without breaking the queue (once refused by a CHECK)', () => {
    const s = seed();
    const item = call('agenda.create', { sessionId: s.session.id, title: '交流发言', kind: 'statements', plannedMinutes: 30 });
    call('speaker.add', { agendaItemId: item.id, personId: s.gao.id });
    call('person.delete', { id: s.gao.id });
    call('trash.purge', { kind: 'person', id: s.gao.id });
    const queue = call('agenda.list', { sessionId: s.session.id }).items.find((i) => i.id === item.id)!.speakers;
    expect(queue.map((sp) => sp.person?.name)).toEqual(['高秀兰']);
  });
});
