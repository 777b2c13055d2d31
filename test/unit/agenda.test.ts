import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem, AgendaView } from '../../shared/agenda.js';
import { computeSchedule } from '../../shared/schedule.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

function seedSession(sittings = [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }]) {
  const programme = ok(call('programme.create', { title: 'P' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: 'S' })) as { id: string };
  const session = ok(call('session.create', { stageId: stage.id, title: 'Session', sittings })) as { id: string };
  return { programme, stage, session };
}

const titles = (view: AgendaView) => view.items.map((i) => i.title);

describe('schedule computation', () => {
  const sitting = (id: string, startTime: string, endTime: string) => ({ id, sessionId: 's', position: 0, date: '2027-01-11', startTime, endTime });
  it('places items one after another from the sitting start and warns when they do not fit', () => {
    const { times, sittings } = computeSchedule(
      [sitting('a', '09:00', '10:00'), sitting('b', '14:30', '17:30')],
      [
        { id: '1', sittingId: 'a', plannedMinutes: 30 },
        { id: '2', sittingId: null, plannedMinutes: 45 },
        { id: '3', sittingId: 'b', plannedMinutes: 20 },
      ],
    );
    expect(times.get('1')).toMatchObject({ plannedStart: '09:00', plannedEnd: '09:30' });
    expect(times.get('2')).toMatchObject({ plannedStart: '09:30', plannedEnd: '10:15', sittingId: 'a' });
    expect(times.get('3')).toMatchObject({ plannedStart: '14:30', plannedEnd: '14:50' });
    expect(sittings.map((s) => [s.plannedEnd, s.overrunMinutes])).toEqual([
      ['10:15', 15],
      ['14:50', 0],
    ]);
  });

  it('without sittings there are durations but no clock times', () => {
    const result = computeSchedule([], [{ id: '1', sittingId: null, plannedMinutes: 30 }]);
    expect(result.times.get('1')).toEqual({ plannedStart: null, plannedEnd: null, sittingId: null });
    expect(result.unscheduledMinutes).toBe(30);
  });
});

describe('agenda editor', () => {
  it('adds items with planned times, reorders, moves between sittings and warns on overrun', () => {
    const { session } = seedSession([
      { date: '2027-01-11', startTime: '09:00', endTime: '10:00' },
      { date: '2027-01-11', startTime: '14:30', endTime: '17:30' },
    ]);
    const a = ok(call('agenda.create', { sessionId: session.id, kind: 'presentation', title: 'A', plannedMinutes: 30 })) as AgendaItem;
    const b = ok(call('agenda.create', { sessionId: session.id, kind: 'statements', title: 'B', plannedMinutes: 40 })) as AgendaItem;
    ok(call('agenda.create', { sessionId: session.id, kind: 'summary', title: 'C', plannedMinutes: 10 }));
    let view = ok(call('agenda.list', { sessionId: session.id })) as AgendaView;
    expect(view.items.map((i) => [i.title, i.plannedStart, i.plannedEnd])).toEqual([
      ['A', '09:00', '09:30'],
      ['B', '09:30', '10:10'],
      ['C', '10:10', '10:20'],
    ]);
    expect(view.sittings[0]!.overrunMinutes).toBe(20);
    ok(call('agenda.move', { id: b.id, position: 0 }));
    view = ok(call('agenda.list', { sessionId: session.id })) as AgendaView;
    expect(titles(view)).toEqual(['B', 'A', 'C']);
    const afternoon = view.sittings[1]!.sitting.id;
    ok(call('agenda.update', { id: a.id, sittingId: afternoon }));
    view = ok(call('agenda.list', { sessionId: session.id })) as AgendaView;
    expect(view.items.find((i) => i.id === a.id)).toMatchObject({ plannedStart: '14:30', plannedEnd: '15:00' });
    expect(view.sittings[0]!.overrunMinutes).toBe(0);
  });

  it('deletes an item to the trash and restores it to its old place (undo)', () => {
    const { session } = seedSession();
    for (const title of ['A', 'B', 'C']) ok(call('agenda.create', { sessionId: session.id, kind: 'discussion', title, plannedMinutes: 10 }));
    const view = ok(call('agenda.list', { sessionId: session.id })) as AgendaView;
    const b = view.items[1]!;
    ok(call('agenda.delete', { id: b.id }));
    expect(titles(ok(call('agenda.list', { sessionId: session.id })) as AgendaView)).toEqual(['A', 'C']);
    expect(ok(call('trash.list', {}))).toEqual([expect.objectContaining({ kind: 'agenda_item', id: b.id, label: 'B' })]);
    ok(call('agenda.restore', { id: b.id }));
    expect(titles(ok(call('agenda.list', { sessionId: session.id })) as AgendaView)).toEqual(['A', 'B', 'C']);
  });

  it('builds the Stage 1 agenda from the docking template, and saves an agenda as a template', () => {
    const { session } = seedSession();
    const templates = ok(call('template.list', { locale: 'zh-CN' })) as { id: string; name: string }[];
    const docking = templates.find((t) => t.id === 'builtin-docking-zh')!;
    expect(docking.name).toContain('对接');
    ok(call('agenda.applyTemplate', { sessionId: session.id, templateId: docking.id }));
    const view = ok(call('agenda.list', { sessionId: session.id })) as AgendaView;
    expect(view.items.map((i) => i.kind)).toEqual(['presentation', 'presentation', 'statements', 'break', 'summary']);
    expect(view.items[2]!.speakerPrompt).toContain('困难');
    const saved = ok(call('template.saveFromSession', { sessionId: session.id, name: '我的模板' })) as { id: string; items: unknown[] };
    expect(saved.items).toHaveLength(5);
    expect((ok(call('template.list', {})) as { id: string }[]).map((t) => t.id)).toContain(saved.id);
    expect(call('template.delete', { id: docking.id })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });

  it('keeps a speaker queue per item with prompts from the item, reorder and remove', () => {
    const { session } = seedSession();
    const round = ok(
      call('agenda.create', { sessionId: session.id, kind: 'statements', title: 'Round', plannedMinutes: 60, speakerPrompt: '理解、思路、困难' }),
    ) as AgendaItem;
    const zhou = ok(call('person.create', { name: '周明' })) as { id: string };
    const s1 = ok(call('speaker.add', { agendaItemId: round.id, personId: zhou.id, plannedSeconds: 240 })) as { id: string; prompt: string };
    expect(s1.prompt).toBe('理解、思路、困难');
    const s2 = ok(call('speaker.add', { agendaItemId: round.id, freeName: '企业代表' })) as { id: string };
    const moved = ok(call('speaker.move', { id: s2.id, position: 0 })) as { id: string }[];
    expect(moved.map((s) => s.id)).toEqual([s2.id, s1.id]);
    expect(call('speaker.add', { agendaItemId: round.id })).toMatchObject({ ok: false, error: { code: 'validation' } });
    ok(call('speaker.remove', { id: s2.id }));
    const view = ok(call('agenda.list', { sessionId: session.id })) as AgendaView;
    expect(view.items[0]!.speakers.map((s) => [s.id, s.position])).toEqual([[s1.id, 0]]);
  });

  it('refuses a sitting of another session and changes nothing', () => {
    const { session } = seedSession();
    const other = seedSession();
    const otherSitting = (ok(call('session.get', { id: other.session.id })) as { sittings: { id: string }[] }).sittings[0]!.id;
    const before = snapshot(rt.core.db);
    expect(
      call('agenda.create', { sessionId: session.id, kind: 'break', title: 'X', plannedMinutes: 5, sittingId: otherSitting }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', params: { entity: 'sitting' } } });
    expect(snapshot(rt.core.db)).toEqual(before);
  });
});
