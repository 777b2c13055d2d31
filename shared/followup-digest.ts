/**
 * The follow-up digest (督办通报, issue 17): where every task of a programme stands on a chosen day.
 * A pure function of the tasks, the day and the working-day calendar, so the digest of any date can
 * be printed again later and reads the same (the as-of day is the given one, never the machine's clock).
 *
 * - A task counts under its lead unit (牵头单位); cancelled tasks are left out.
 * - Closed (办结) = accepted on or before the as-of day; a task accepted after that day was still open
 *   then and counts by its due light. `closedLate` counts, among the closed, those closed after their due date.
 * - On time = open and neither due soon nor overdue (including an open task with no due date, and a
 *   submitted one awaiting acceptance, which the board shows without a light too).
 * - Due soon / overdue: the due lights (shared/actions.ts dueState) with the as-of day as today:
 *   due soon within the working-day window, overdue from the day after the due date.
 * - Days late are CALENDAR days from the due date to the as-of day (a notice says "逾期 N 天").
 */
import { dueState, type ActionStatus } from './actions.js';

export interface DigestTask {
  id: string;
  title: string;
  leadUnit: { id: string; name: string } | null;
  dueDate: string | null;
  status: ActionStatus;
  /** The day it was last accepted (from its history), when its status is accepted. */
  closedOn: string | null;
}

export interface DigestCounts {
  onTime: number;
  dueSoon: number;
  overdue: number;
  closed: number;
  /** Of the closed, those closed after their due date. */
  closedLate: number;
}

export interface DigestUnitRow extends DigestCounts {
  /** Null for tasks with no lead unit yet. */
  unitId: string | null;
  unitName: string;
}

export interface FollowupDigest {
  asOf: string;
  /** The last day of the due-soon window from the as-of day. */
  soonUntil: string;
  units: DigestUnitRow[];
  totals: DigestCounts;
  /** Most days late first. */
  overdue: { task: DigestTask; daysLate: number }[];
  /** Latest closed first. */
  closed: { task: DigestTask; closedOn: string; late: boolean }[];
}

const DAY_MS = 86_400_000;
/** Calendar days from `from` to `to` (YYYY-MM-DD). */
export const calendarDaysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const emptyCounts = (): DigestCounts => ({ onTime: 0, dueSoon: 0, overdue: 0, closed: 0, closedLate: 0 });

/** The status a task had on the as-of day as far as the digest tells: accepted later means still open then. */
function statusAsOf(task: DigestTask, asOf: string): ActionStatus {
  if (task.status === 'accepted' && (task.closedOn === null || task.closedOn > asOf)) return 'in_progress';
  return task.status;
}

export type TaskStateAsOf = 'cancelled' | 'closed' | 'overdue' | 'dueSoon' | 'onTime';

/** Where one task stood on the as-of day: the digest's counts and the ledger's status column. */
export function stateAsOf(task: DigestTask, asOf: string, soonUntil: string): TaskStateAsOf {
  if (task.status === 'cancelled') return 'cancelled';
  const status = statusAsOf(task, asOf);
  if (status === 'accepted') return 'closed';
  const light = dueState(task.dueDate, status, asOf, soonUntil);
  return light === 'overdue' ? 'overdue' : light === 'soon' ? 'dueSoon' : 'onTime';
}

/**
 * `soonUntilOf` gives the last day of the due-soon window from a day: the core's `soonUntilOf(ctx)`
 * (the dueSoonDays setting on the user's working-day calendar), the same rule the board's lights use.
 */
export function followupDigest(tasks: readonly DigestTask[], asOf: string, soonUntilOf: (day: string) => string): FollowupDigest {
  const soonUntil = soonUntilOf(asOf);
  const byUnit = new Map<string | null, DigestUnitRow>();
  const totals = emptyCounts();
  const overdue: FollowupDigest['overdue'] = [];
  const closed: FollowupDigest['closed'] = [];
  for (const task of tasks) {
    const state = stateAsOf(task, asOf, soonUntil);
    if (state === 'cancelled') continue;
    const key = task.leadUnit?.id ?? null;
    let row = byUnit.get(key);
    if (!row) byUnit.set(key, (row = { unitId: key, unitName: task.leadUnit?.name ?? '', ...emptyCounts() }));
    if (state === 'closed') {
      const closedOn = task.closedOn!;
      const late = task.dueDate !== null && closedOn > task.dueDate;
      for (const c of [row, totals]) {
        c.closed += 1;
        if (late) c.closedLate += 1;
      }
      closed.push({ task, closedOn, late });
      continue;
    }
    row[state] += 1;
    totals[state] += 1;
    if (state === 'overdue') overdue.push({ task, daysLate: calendarDaysBetween(task.dueDate!, asOf) });
  }
  // Units in their first task's order; the tasks without a lead unit last.
  const units = [...byUnit.values()].sort((a, b) => Number(a.unitId === null) - Number(b.unitId === null));
  overdue.sort((a, b) => b.daysLate - a.daysLate);
  closed.sort((a, b) => (a.closedOn < b.closedOn ? 1 : a.closedOn > b.closedOn ? -1 : 0));
  return { asOf, soonUntil, units, totals, overdue, closed };
}
