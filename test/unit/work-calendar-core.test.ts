import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import type { WorkCalendarView } from '../../shared/contract/channels-calendar.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { testClock } from '../helpers/clock.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
let clock: ReturnType<typeof testClock>;
let events: ChangeEvent[];
beforeEach(() => {
  // Thursday 2026-12-31, 10:00 in Shanghai.
  clock = testClock('2026-12-31T02:00:00Z');
  rt = testRuntime({ now: clock.now });
  events = [];
  rt.core.subscribe((event) => events.push(event));
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

function task(dueDate: string) {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const action = ok(call('action.create', { programmeId: programme.id, title: '报送方案', dueDate })) as ActionItem;
  return { programme, action, due: () => (ok(call('action.get', { id: action.id })) as ActionItem).due };
}

describe('calendar.get', () => {
  it('shows the shipped years with their notices, and this year and next as missing', () => {
    const view = ok(call('calendar.get', {})) as WorkCalendarView;
    expect(view.years.map((y) => [y.year, y.origin, y.source?.number])).toEqual([
      [2024, 'shipped', '国办发明电〔2023〕7号'],
      [2025, 'shipped', '国办发明电〔2024〕12号'],
      [2026, 'shipped', undefined],
    ]);
    expect(view.years[1]!.days).toContainEqual({ date: '2025-01-26', kind: 'workday', note: '' });
    expect(view.missing).toEqual([2027]);
    expect(view.today).toBe('2026-12-31');
  });
});

describe('calendar.saveYear', () => {
  it('enters a year: the due lights count on it at once, and an empty list clears it', () => {
    // Due Wednesday 6 Jan 2027. 2027 unknown: weekends only, the 3 working days after Thu 31 Dec are 1, 4, 5 Jan: not yet 临期.
    const { due } = task('2027-01-06');
    expect(due()).toBe('ok');
    const days = [{ date: '2027-01-01', kind: 'holiday', note: '元旦' }];
    const view = ok(call('calendar.saveYear', { year: 2027, days })) as WorkCalendarView;
    expect(view.years.find((y) => y.year === 2027)).toMatchObject({ origin: 'user', source: null, days });
    expect(view.missing).toEqual([]);
    expect(events.at(-1)?.topics).toEqual(expect.arrayContaining(['settings', 'action']));
    // 1 Jan off: the window is 4, 5, 6 Jan: 临期.
    expect(due()).toBe('soon');
    expect((ok(call('calendar.saveYear', { year: 2027, days: [] })) as WorkCalendarView).years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(due()).toBe('ok');
  });

  it('moves a task out of 临期 when the threshold shrinks, and back when it grows', () => {
    const { due } = task('2027-01-05');
    expect(due()).toBe('soon');
    ok(call('settings.update', { dueSoonDays: 2 }));
    expect(due()).toBe('ok');
    expect(events.at(-1)?.topics).toEqual(expect.arrayContaining(['action']));
    ok(call('settings.update', { dueSoonDays: 3 }));
    expect(due()).toBe('soon');
    clock.set('2027-01-06T02:00:00Z');
    expect(due()).toBe('overdue');
  });

  it('refuses a shipped year, a date of another year, a date twice, a bad kind and a bad threshold, and changes nothing', () => {
    const before = snapshot(rt.core.db);
    const refused = (channel: string, input: unknown) => {
      const result = call(channel, input);
      expect(result.ok).toBe(false);
      return result.ok ? [] : (result.error.issues ?? []).map((i) => i.code);
    };
    expect(refused('calendar.saveYear', { year: 2025, days: [] })).toEqual(['calendar_shipped_year']);
    expect(refused('calendar.saveYear', { year: 2027, days: [{ date: '2028-01-01', kind: 'holiday', note: '' }] })).toEqual(['calendar_other_year']);
    expect(
      refused('calendar.saveYear', {
        year: 2027,
        days: [
          { date: '2027-01-01', kind: 'holiday', note: '' },
          { date: '2027-01-01', kind: 'workday', note: '' },
        ],
      }),
    ).toEqual(['calendar_duplicate']);
    refused('calendar.saveYear', { year: 2027, days: [{ date: '2027-01-01', kind: 'rest', note: '' }] });
    refused('calendar.saveYear', { year: 2027, days: [{ date: '2027-02-30', kind: 'holiday', note: '' }] });
    refused('settings.update', { dueSoonDays: 0 });
    refused('settings.update', { dueSoonDays: 31 });
    refused('settings.update', { dueSoonDays: 2.5 });
    expect(snapshot(rt.core.db)).toEqual(before);
  });

  it('the table refuses a bad kind or date even past the handlers (migration 015)', () => {
    const insert = rt.core.db.prepare('INSERT INTO work_calendar_day (date, kind) VALUES (?, ?)');
    expect(() => insert.run('2027-01-01', 'rest')).toThrow(/CHECK/);
    expect(() => insert.run('1 Jan 2027', 'holiday')).toThrow(/CHECK/);
    insert.run('2027-01-01', 'holiday');
    expect(() => insert.run('2027-01-01', 'workday')).toThrow(/UNIQUE|PRIMARY/);
  });
});

describe('the unit view', () => {
  it('shows the same lights for what a unit leads', () => {
    const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
    const unit = ok(call('unit.create', { name: '县发改局', kind: 'department' })) as { id: string };
    ok(call('action.create', { programmeId: programme.id, title: '临期的', leadUnitId: unit.id, dueDate: '2027-01-05' }));
    ok(call('action.create', { programmeId: programme.id, title: '逾期的', leadUnitId: unit.id, dueDate: '2026-12-30' }));
    ok(call('action.create', { programmeId: programme.id, title: '不急的', leadUnitId: unit.id, dueDate: '2027-01-06' }));
    const view = ok(call('action.forUnit', { unitId: unit.id, programmeId: programme.id })) as { lead: ActionItem[] };
    expect(Object.fromEntries(view.lead.map((a) => [a.title, a.due]))).toEqual({ 临期的: 'soon', 逾期的: 'overdue', 不急的: 'ok' });
  });
});

describe('spoken working days through the core', () => {
  it('counts "3个工作日内" on the entered year', () => {
    const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
    ok(call('calendar.saveYear', { year: 2027, days: [{ date: '2027-01-01', kind: 'holiday', note: '' }] }));
    const action = ok(call('action.create', { programmeId: programme.id, title: '报送', dueRule: '3个工作日内' })) as ActionItem;
    expect(action).toMatchObject({ dueDate: '2027-01-06', dueRule: '3个工作日内' });
  });
});
