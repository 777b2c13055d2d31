/**
 * The calendar's import text: one day per line, `date,kind[,note]`, for example
 * `2027-02-06,holiday,春节` and `2027-02-14,workday,调休`. Kinds in either language (holiday / 休 /
 * 放假, workday / 班 / 上班); commas may be full-width or tabs; blank lines and lines starting with
 * `#` are skipped. Each bad line is named with its number and reason: nothing is half-imported.
 */
import type { DayKind, UserCalendarDay } from './types.js';

export const DAY_KINDS = ['holiday', 'workday'] as const satisfies readonly DayKind[];
export const MAX_CALENDAR_DAYS = 366;

const KIND_WORDS: Record<string, DayKind> = {
  holiday: 'holiday', off: 'holiday', 休: 'holiday', 放假: 'holiday', 假: 'holiday', 节假日: 'holiday',
  workday: 'workday', work: 'workday', 班: 'workday', 上班: 'workday', 调休上班: 'workday', 工作日: 'workday',
};

export type CalendarLineProblem = 'date' | 'kind' | 'other_year' | 'duplicate' | 'too_many';

export type CalendarTextResult =
  | { ok: true; days: UserCalendarDay[] }
  | { ok: false; problems: { line: number; problem: CalendarLineProblem }[] };

const validDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Reads the text for `year`; dates written 2027/2/6 or 2027.2.6 are accepted and normalised. */
export function parseCalendarText(text: string, year: number): CalendarTextResult {
  const days: UserCalendarDay[] = [];
  const problems: { line: number; problem: CalendarLineProblem }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineText = raw.trim();
    if (!lineText || lineText.startsWith('#')) return;
    const [dateText = '', kindText = '', ...rest] = lineText.split(/\s*[,，\t;；]\s*/u);
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(dateText);
    const date = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
    const kind = KIND_WORDS[kindText.toLowerCase()];
    const line = index + 1;
    if (!validDate(date)) problems.push({ line, problem: 'date' });
    else if (!kind) problems.push({ line, problem: 'kind' });
    else if (!date.startsWith(`${year}-`)) problems.push({ line, problem: 'other_year' });
    else if (seen.has(date)) problems.push({ line, problem: 'duplicate' });
    else {
      seen.add(date);
      days.push({ date, kind, note: rest.join(' ').trim().slice(0, 500) });
    }
  });
  if (days.length > MAX_CALENDAR_DAYS) problems.push({ line: 0, problem: 'too_many' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}
