import { z } from 'zod';
import type { CalendarSource, UserCalendarDay } from '../work-calendar/index.js';
import { DAY_KINDS, MAX_CALENDAR_DAYS } from '../work-calendar/import-text.js';
import { channel } from './define.js';
import { isoDate, line } from './fields.js';

/** One year of the official calendar as Settings shows it. */
export interface CalendarYearView {
  year: number;
  /** shipped: read-only, from the notice named in `source`; user: entered or imported here. */
  origin: 'shipped' | 'user';
  source: CalendarSource | null;
  days: UserCalendarDay[];
}

export interface WorkCalendarView {
  years: CalendarYearView[];
  /** Years around today with no arrangement known: counted on weekends only until entered. */
  missing: number[];
  today: string;
}

const year = z.number().int().min(2000).max(2100);

export const calendarChannels = {
  'calendar.get': channel<WorkCalendarView>()(z.strictObject({})),
  /**
   * Replaces a year's entered days (an empty list clears the year: weekends only again). The core
   * refuses a shipped year, and a date outside the year or listed twice (main/core/work-calendar.ts).
   */
  'calendar.saveYear': channel<WorkCalendarView>()(
    z.strictObject({
      year,
      days: z.array(z.strictObject({ date: isoDate, kind: z.enum(DAY_KINDS), note: line })).max(MAX_CALENDAR_DAYS),
    }),
  ),
} as const;
