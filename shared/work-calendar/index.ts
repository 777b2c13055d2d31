/**
 * Working days on the official Chinese calendar (docs/WORKING-DAYS.md): Monday to Friday, minus the
 * public holidays, plus the weekend days worked instead (调休). The State Council publishes each
 * year's arrangement in the autumn before; the years we know are shipped here, any other year is
 * entered or imported by the user (stored in work_calendar_day) and, until then, counts weekends only.
 * Pure: no Node, no DOM. Dates are YYYY-MM-DD calendar days, read in UTC so no zone shifts them.
 */
import { CN_2024 } from './cn-2024.js';
import { CN_2025 } from './cn-2025.js';
import { CN_2026 } from './cn-2026.js';
import type { DayKind, ShippedYear, UserCalendarDay } from './types.js';

export type { CalendarSource, DayKind, ShippedYear, UserCalendarDay } from './types.js';

export const SHIPPED_YEARS: readonly ShippedYear[] = [CN_2024, CN_2025, CN_2026];


export interface WorkCalendar {
  /** The day's exception to the weekend rule, if any. */
  kindOf(date: string): DayKind | undefined;
  /** Years whose arrangement is known (shipped or entered). */
  years: ReadonlySet<number>;
}

export const isShippedYear = (year: number) => SHIPPED_YEARS.some((y) => y.year === year);

/** The shipped years plus the user's days (the user's days never change a shipped year: the core refuses them). */
export function makeCalendar(userDays: readonly Pick<UserCalendarDay, 'date' | 'kind'>[] = []): WorkCalendar {
  const kinds = new Map<string, DayKind>();
  const years = new Set<number>();
  for (const y of SHIPPED_YEARS) {
    years.add(y.year);
    for (const d of y.holidays) kinds.set(d, 'holiday');
    for (const d of y.workdays) kinds.set(d, 'workday');
  }
  for (const d of userDays) {
    const year = Number(d.date.slice(0, 4));
    if (isShippedYear(year)) continue;
    years.add(year);
    kinds.set(d.date, d.kind);
  }
  return { kindOf: (date) => kinds.get(date), years };
}

/** The shipped calendar alone: what a test or a tool with no database uses. */
export const SHIPPED_CALENDAR = makeCalendar();

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export const isWeekend = (date: string) => {
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  const kind = calendar.kindOf(date);
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  return !isWeekend(date);
}

/** The n-th working day after `date` (n ≥ 1); `date` itself for n = 0; counts back for n < 0. */
export function addWorkingDays(calendar: WorkCalendar, date: string, n: number): string {
  let time = toTime(date);
  const step = n < 0 ? -DAY_MS : DAY_MS;
  for (let left = Math.abs(n); left > 0; ) {
    time += step;
    if (isWorkingDay(calendar, fromTime(time))) left -= 1;
  }
  return fromTime(time);
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let time = toTime(from) + DAY_MS, end = toTime(to); time <= end; time += DAY_MS) if (isWorkingDay(calendar, fromTime(time))) count += 1;
  return count;
}

/** Years from `from` to `to` (inclusive) whose arrangement is not known: counted on weekends only. */
export function missingYears(calendar: WorkCalendar, from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y += 1) if (!calendar.years.has(y)) out.push(y);
  return out;
}
