import { describe, expect, it } from 'vitest';
import { followupDigest, type DigestTask } from '../../shared/followup-digest.js';
import { SHIPPED_CALENDAR, addWorkingDays } from '../../shared/work-calendar/index.js';

const within = (n: number) => (day: string) => addWorkingDays(SHIPPED_CALENDAR, day, n);

const unitA = { id: 'u-a', name: '县发改局' };
const unitB = { id: 'u-b', name: '县财政局' };
const task = (over: Partial<DigestTask> & { id: string }): DigestTask => ({
  title: `任务${over.id}`,
  leadUnit: unitA,
  dueDate: '2025-10-09',
  status: 'in_progress',
  closedOn: null,
  ...over,
});

describe('followupDigest (督办通报 as of a chosen day)', () => {
  // 2025: 国庆 holiday 1–8 October, Sunday 28 September and Saturday 11 October are working days.
  const due = task({ id: '1' });

  it('is on time well before, due soon across the National Day holiday, overdue the day after, in calendar days late', () => {
    // From Friday 26 Sep, three working days end on Tuesday 30 Sep (Sunday 28 Sep is a working day).
    expect(followupDigest([due], '2025-09-26', within(3)).totals).toMatchObject({ onTime: 1, dueSoon: 0, overdue: 0 });
    // From Tuesday 30 Sep, nine calendar days before, but the first working day after the holiday: due soon.
    const middle = followupDigest([due], '2025-09-30', within(3));
    expect(middle.soonUntil).toBe('2025-10-11');
    expect(middle.totals).toMatchObject({ onTime: 0, dueSoon: 1, overdue: 0 });
    expect(followupDigest([due], '2025-10-09', within(3)).totals.dueSoon).toBe(1);
    const later = followupDigest([due], '2025-10-13', within(3));
    expect(later.totals).toMatchObject({ overdue: 1, dueSoon: 0 });
    expect(later.overdue).toEqual([{ task: due, daysLate: 4 }]);
  });

  it('counts a Monday due date as due soon from the Friday before over the weekend', () => {
    const monday = task({ id: 'm', dueDate: '2025-11-17' });
    expect(followupDigest([monday], '2025-11-14', within(1)).totals.dueSoon).toBe(1);
    expect(followupDigest([monday], '2025-11-13', within(1)).totals.onTime).toBe(1);
  });

  it('counts per lead unit, closed with closed-late apart, leaves cancelled out and lists the closed latest first', () => {
    const tasks = [
      task({ id: 'a1', dueDate: '2025-11-03' }),
      task({ id: 'a2', dueDate: '2025-11-20', status: 'accepted', closedOn: '2025-11-05' }),
      task({ id: 'b1', leadUnit: unitB, dueDate: '2025-11-01', status: 'accepted', closedOn: '2025-11-07' }),
      task({ id: 'b2', leadUnit: unitB, status: 'cancelled' }),
      task({ id: 'n1', leadUnit: null, dueDate: null, status: 'proposed' }),
    ];
    const digest = followupDigest(tasks, '2025-11-10', within(3));
    expect(digest.units.map((u) => [u.unitName, u.onTime, u.dueSoon, u.overdue, u.closed, u.closedLate])).toEqual([
      ['县发改局', 0, 0, 1, 1, 0],
      ['县财政局', 0, 0, 0, 1, 1],
      ['', 1, 0, 0, 0, 0],
    ]);
    expect(digest.overdue.map((o) => [o.task.id, o.daysLate])).toEqual([['a1', 7]]);
    expect(digest.closed.map((c) => [c.task.id, c.closedOn, c.late])).toEqual([
      ['b1', '2025-11-07', true],
      ['a2', '2025-11-05', false],
    ]);
  });

  it('counts a task closed after the as-of day as still open then', () => {
    const closedLater = task({ id: 'c', dueDate: '2025-11-03', status: 'accepted', closedOn: '2025-11-12' });
    const digest = followupDigest([closedLater], '2025-11-10', within(3));
    expect(digest.totals).toMatchObject({ overdue: 1, closed: 0 });
    expect(followupDigest([closedLater], '2025-11-12', within(3)).totals).toMatchObject({ overdue: 0, closed: 1, closedLate: 1 });
  });
});
