/** One year of the official calendar: the days off that fall on weekdays or weekends, and the weekend days worked instead (调休). */
export type DayKind = 'holiday' | 'workday';

export interface CalendarSource {
  /** The notice's title, as published. */
  title: string;
  /** Its document number (发文字号), when the text the dates were checked against gave it. */
  number?: string;
  /** The day it was published (YYYY-MM-DD). */
  published: string;
}

export interface ShippedYear {
  year: number;
  source: CalendarSource;
  /** Days off (放假), each listed, weekends inside a holiday block included. */
  holidays: readonly string[];
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: readonly string[];
}

/** A day the user entered for a year that is not shipped. */
export interface UserCalendarDay {
  date: string;
  kind: DayKind;
  note: string;
}
