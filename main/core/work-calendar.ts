/**
 * The working-day calendar the core counts with: the shipped years (shared/work-calendar) plus the
 * days entered in Settings (work_calendar_day, migration 015), and the due-soon threshold.
 */
import type { WorkCalendarView } from '../../shared/contract/channels-calendar.js';
import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { AppError, type FieldIssue } from '../../shared/contract/result.js';
import { isShippedYear, makeCalendar, missingYears, SHIPPED_YEARS, type UserCalendarDay, type WorkCalendar } from '../../shared/work-calendar/index.js';
import { localDay } from '../../shared/local-day.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';

function userDays(ctx: Pick<ReadContext, 'db'>): UserCalendarDay[] {
  return ctx.db.prepare('SELECT date, kind, note FROM work_calendar_day ORDER BY date').all() as UserCalendarDay[];
}

export function readCalendar(ctx: Pick<ReadContext, 'db'>): WorkCalendar {
  return makeCalendar(userDays(ctx));
}

function calendarView(ctx: ReadContext): WorkCalendarView {
  const entered = new Map<number, UserCalendarDay[]>();
  for (const d of userDays(ctx)) {
    const year = Number(d.date.slice(0, 4));
    entered.set(year, [...(entered.get(year) ?? []), d]);
  }
  const shipped = SHIPPED_YEARS.map((y) => ({
    year: y.year,
    origin: 'shipped' as const,
    source: y.source,
    days: [
      ...y.holidays.map((date) => ({ date, kind: 'holiday' as const, note: '' })),
      ...y.workdays.map((date) => ({ date, kind: 'workday' as const, note: '' })),
    ].sort((a, b) => a.date.localeCompare(b.date)),
  }));
  const user = [...entered].map(([year, days]) => ({ year, origin: 'user' as const, source: null, days }));
  const today = localDay(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  return {
    years: [...shipped, ...user].sort((a, b) => a.year - b.year),
    // This year and next: the ones due dates fall in.
    missing: missingYears(makeCalendar(userDays(ctx)), thisYear, thisYear + 1),
    today,
  };
}

/** A shipped year is read-only; each date lies in the year, once. */
function checkYear({ year, days }: ParsedInputOf<'calendar.saveYear'>) {
  const issues: FieldIssue[] = [];
  if (isShippedYear(year)) issues.push({ path: 'year', code: 'calendar_shipped_year' });
  const seen = new Set<string>();
  days.forEach((d, i) => {
    if (!d.date.startsWith(`${year}-`)) issues.push({ path: `days.${i}.date`, code: 'calendar_other_year' });
    else if (seen.has(d.date)) issues.push({ path: `days.${i}.date`, code: 'calendar_duplicate' });
    seen.add(d.date);
  });
  if (issues.length) throw new AppError('validation', undefined, issues);
}

function saveYear(ctx: CoreContext, input: ParsedInputOf<'calendar.saveYear'>): WorkCalendarView {
  checkYear(input);
  const { year, days } = input;
  ctx.db.prepare("DELETE FROM work_calendar_day WHERE substr(date, 1, 4) = ?").run(String(year));
  const insert = ctx.db.prepare('INSERT INTO work_calendar_day (date, kind, note) VALUES (?, ?, ?)');
  for (const d of days) insert.run(d.date, d.kind, d.note);
  // Due-soon and overdue lights are counted on this calendar.
  ctx.changed('settings');
  ctx.changed('action');
  return calendarView(ctx);
}

export const calendarHandlers: HandlerMap<'calendar'> = {
  'calendar.get': (_input, ctx) => calendarView(ctx),
  'calendar.saveYear': (input, ctx) => saveYear(ctx, input),
};
