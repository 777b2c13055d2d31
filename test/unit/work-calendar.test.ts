import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueState } from '../../shared/actions.js';
import { parseDueRule } from '../../shared/due-rule.js';
import { parseCalendarText } from '../../shared/work-calendar/import-text.js';
import {
  addWorkingDays,
  isWeekend,
  isWorkingDay,
  makeCalendar,
  missingYears,
  SHIPPED_CALENDAR as cal,
  SHIPPED_YEARS,
  workingDaysBetween,
} from '../../shared/work-calendar/index.js';

describe('the shipped years', () => {
  it('list make-up working days only on weekends, and no day twice', () => {
    for (const year of SHIPPED_YEARS) {
      for (const d of year.workdays) expect(isWeekend(d), d).toBe(true);
      const all = [...year.holidays, ...year.workdays];
      expect(new Set(all).size).toBe(all.length);
      for (const d of all) expect(d.startsWith(`${year.year}-`)).toBe(true);
      expect(year.source.title).toContain(`${year.year}年部分节假日安排的通知`);
    }
  });

  it('counts 2024, 2025 and 2026 from their notices: 2025 has 11 public holiday days off on weekdays plus weekends in blocks', () => {
    expect(SHIPPED_YEARS.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(isWorkingDay(cal, '2025-01-01')).toBe(false);
    expect(isWorkingDay(cal, '2025-01-02')).toBe(true);
  });
});

describe('Spring Festival 2025 (1月28日至2月4日; 1月26日 Sunday and 2月8日 Saturday worked)', () => {
  it('knows each day', () => {
    expect(isWorkingDay(cal, '2025-01-24')).toBe(true); // Friday
    expect(isWorkingDay(cal, '2025-01-25')).toBe(false); // Saturday
    expect(isWorkingDay(cal, '2025-01-26')).toBe(true); // Sunday, make-up
    expect(isWorkingDay(cal, '2025-01-27')).toBe(true); // Monday
    for (const d of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04']) expect(isWorkingDay(cal, d), d).toBe(false);
    expect(isWorkingDay(cal, '2025-02-05')).toBe(true);
    expect(isWorkingDay(cal, '2025-02-08')).toBe(true); // Saturday, make-up
    expect(isWorkingDay(cal, '2025-02-09')).toBe(false); // Sunday
  });

  it('adds and counts across it', () => {
    // Friday 24th: Sun 26 (1), Mon 27 (2), then the holiday, Wed 5 Feb (3).
    expect(addWorkingDays(cal, '2025-01-24', 1)).toBe('2025-01-26');
    expect(addWorkingDays(cal, '2025-01-24', 3)).toBe('2025-02-05');
    // 5, 6, 7, Sat 8 (make-up), then Mon 10.
    expect(addWorkingDays(cal, '2025-02-04', 4)).toBe('2025-02-08');
    expect(addWorkingDays(cal, '2025-02-04', 5)).toBe('2025-02-10');
    expect(workingDaysBetween(cal, '2025-01-24', '2025-02-10')).toBe(7);
    expect(addWorkingDays(cal, '2025-02-05', -2)).toBe('2025-01-26');
    // The same span on weekends only would be 11: the calendar matters.
    expect(workingDaysBetween(makeCalendar(), '2025-01-24', '2025-02-10')).toBe(7);
  });

  it('Spring Festival 2024 too (2月10日至17日; 2月4日 and 2月18日 Sundays worked)', () => {
    expect(addWorkingDays(cal, '2024-02-02', 1)).toBe('2024-02-04');
    expect(addWorkingDays(cal, '2024-02-09', 1)).toBe('2024-02-18');
    expect(workingDaysBetween(cal, '2024-02-09', '2024-02-19')).toBe(2);
  });
});

describe('Spring Festival 2026 (2月15日至23日; 2月14日 and 2月28日 Saturdays worked)', () => {
  it('knows each day', () => {
    expect(isWorkingDay(cal, '2026-02-13')).toBe(true); // Friday
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, make-up
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']) expect(isWorkingDay(cal, d), d).toBe(false);
    expect(isWorkingDay(cal, '2026-02-24')).toBe(true); // Tuesday
    expect(isWorkingDay(cal, '2026-02-28')).toBe(true); // Saturday, make-up
    expect(isWorkingDay(cal, '2026-03-01')).toBe(false); // Sunday
  });

  it('adds and counts across it, make-up Saturdays included', () => {
    // Friday 13th: Sat 14 (1), then the holiday, Tue 24 (2).
    expect(addWorkingDays(cal, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(cal, '2026-02-13', 2)).toBe('2026-02-24');
    // 24, 25, 26, 27, Sat 28 (make-up), then Mon 2 Mar.
    expect(addWorkingDays(cal, '2026-02-23', 5)).toBe('2026-02-28');
    expect(addWorkingDays(cal, '2026-02-23', 6)).toBe('2026-03-02');
    expect(parseDueRule('十个工作日内', '2026-02-12')).toMatchObject({ ok: true, date: '2026-03-04' }) // 13, Sat 14, 24 … 27, Sat 28, 2, 3, 4 Mar;
    expect(workingDaysBetween(cal, '2026-02-13', '2026-03-02')).toBe(7);
  });
});

describe('National Day weeks', () => {
  it('2026: 10月1日至7日 off, 9月20日 Sunday and 10月10日 Saturday worked; 中秋 9月25日至27日 apart', () => {
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true);
    expect(isWorkingDay(cal, '2026-09-25')).toBe(false);
    expect(isWorkingDay(cal, '2026-10-07')).toBe(false);
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true);
    // Tue 29, Wed 30, then 8 Oct, 9 Oct, Sat 10 Oct.
    expect(addWorkingDays(cal, '2026-09-28', 2)).toBe('2026-09-30');
    expect(addWorkingDays(cal, '2026-09-28', 3)).toBe('2026-10-08');
    expect(addWorkingDays(cal, '2026-09-28', 5)).toBe('2026-10-10');
    expect(parseDueRule('15个工作日内', '2026-09-18')).toMatchObject({ ok: true, date: '2026-10-15' }) // Sun 20 … Thu 24, 28, 29, 30, 8, 9, Sat 10, 12 … 15;
  });

  it('2024: 10月1日至7日 off, 9月29日 Sunday and 10月12日 Saturday worked', () => {
    expect(isWorkingDay(cal, '2024-09-29')).toBe(true);
    expect(isWorkingDay(cal, '2024-10-07')).toBe(false);
    expect(isWorkingDay(cal, '2024-10-12')).toBe(true);
    // Fri 27, Sun 29, Mon 30 → then 8 Oct.
    expect(addWorkingDays(cal, '2024-09-27', 2)).toBe('2024-09-30');
    expect(addWorkingDays(cal, '2024-09-27', 3)).toBe('2024-10-08');
    expect(workingDaysBetween(cal, '2024-09-27', '2024-10-12')).toBe(7);
  });

  it('2025: 10月1日至8日 off (with 中秋), 9月28日 Sunday and 10月11日 Saturday worked', () => {
    expect(addWorkingDays(cal, '2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays(cal, '2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays(cal, '2025-10-10', 1)).toBe('2025-10-11');
    expect(workingDaysBetween(cal, '2025-09-26', '2025-10-13')).toBe(7);
  });
});

describe('year boundaries', () => {
  it('2024 → 2025: 1月1日 off', () => {
    expect(addWorkingDays(cal, '2024-12-31', 1)).toBe('2025-01-02');
    expect(workingDaysBetween(cal, '2024-12-27', '2025-01-03')).toBe(4); // 30, 31, 2, 3
  });

  it('2025 → 2026: 1月1日至3日 off, Sunday 1月4日 worked', () => {
    expect(addWorkingDays(cal, '2025-12-31', 1)).toBe('2026-01-04');
    expect(addWorkingDays(cal, '2025-12-31', 2)).toBe('2026-01-05');
    expect(workingDaysBetween(cal, '2025-12-26', '2026-01-05')).toBe(5); // 29, 30, 31, Sun 4, 5
  });

  it('2026 → 2027 (not shipped): weekends only past the end of the data, until the year is entered', () => {
    expect(addWorkingDays(cal, '2026-12-31', 1)).toBe('2027-01-01');
    expect(missingYears(cal, 2026, 2028)).toEqual([2027, 2028]);
    const entered = makeCalendar([
      { date: '2027-01-01', kind: 'holiday' },
      { date: '2027-01-02', kind: 'holiday' },
      { date: '2027-01-03', kind: 'holiday' },
    ]);
    expect(addWorkingDays(entered, '2026-12-31', 1)).toBe('2027-01-04');
    expect(missingYears(entered, 2026, 2028)).toEqual([2028]);
  });

  it('a user day never changes a shipped year', () => {
    expect(isWorkingDay(makeCalendar([{ date: '2025-01-26', kind: 'holiday' }]), '2025-01-26')).toBe(true);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: Date.UTC(2023, 9, 1), max: Date.UTC(2027, 2, 1) }).map((t) => new Date(t).toISOString().slice(0, 10));
  it('addWorkingDays lands on a working day, and workingDaysBetween counts back the same n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const end = addWorkingDays(cal, d, n);
        expect(isWorkingDay(cal, end)).toBe(true);
        expect(workingDaysBetween(cal, d, end)).toBe(n);
        expect(workingDaysBetween(cal, end, d)).toBe(-n);
      }),
    );
  });

  it('adding is monotone and splits: (d + a) + b = d + (a + b)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (d, a, b) => {
        expect(addWorkingDays(cal, addWorkingDays(cal, d, a), b)).toBe(addWorkingDays(cal, d, a + b));
        expect(addWorkingDays(cal, d, a) < addWorkingDays(cal, d, a + b)).toBe(true);
      }),
    );
  });
});

describe('due lights', () => {
  const soonUntil = (today: string, n = 3) => addWorkingDays(cal, today, n);
  it('逾期 before today, 临期 within N working days, only while open', () => {
    expect(dueState('2025-01-23', 'assigned', '2025-01-24', soonUntil('2025-01-24'))).toBe('overdue');
    expect(dueState('2025-01-24', 'assigned', '2025-01-24', soonUntil('2025-01-24'))).toBe('soon');
    // Three working days from Friday 24 Jan 2025 reach across Spring Festival to 5 Feb.
    expect(dueState('2025-02-05', 'in_progress', '2025-01-24', soonUntil('2025-01-24'))).toBe('soon');
    expect(dueState('2025-02-06', 'in_progress', '2025-01-24', soonUntil('2025-01-24'))).toBe('ok');
    expect(dueState('2025-02-06', 'in_progress', '2025-01-24', soonUntil('2025-01-24', 4))).toBe('soon');
    expect(dueState('2025-01-01', 'submitted', '2025-01-24', soonUntil('2025-01-24'))).toBe('none');
    expect(dueState('2025-01-01', 'accepted', '2025-01-24', soonUntil('2025-01-24'))).toBe('none');
    expect(dueState(null, 'assigned', '2025-01-24', soonUntil('2025-01-24'))).toBe('none');
  });
});

describe('spoken working days', () => {
  const date = (rule: string, base: string) => {
    const r = parseDueRule(rule, base);
    return r.ok ? r.date : r.reason;
  };
  it.each([
    ['15个工作日内', '2025-01-20', '2025-02-14'],
    ['十个工作日内', '2025-09-26', '2025-10-16'],
    ['三个工作日内', '2025-01-24', '2025-02-05'],
    ['5个工作日以内', '2024-12-30', '2025-01-07'],
    ['within 3 working days', '2025-01-24', '2025-02-05'],
    ['10 business days', '2025-09-26', '2025-10-16'],
    ['Within ten working days', '2025-09-26', '2025-10-16'],
  ])('%s from %s is %s', (rule, base, expected) => {
    expect(date(rule, base)).toBe(expected);
  });

  it('uses the calendar it is given (a year the user entered)', () => {
    const entered = makeCalendar([{ date: '2027-01-01', kind: 'holiday' }]);
    expect(parseDueRule('1个工作日内', '2026-12-31', entered)).toMatchObject({ ok: true, date: '2027-01-04' });
    expect(parseDueRule('1个工作日内', '2026-12-31')).toMatchObject({ ok: true, date: '2027-01-01' });
  });

  it('refuses what is not a count of working days', () => {
    expect(date('工作日内', '2025-01-20')).toBe('unparseable');
    expect(date('15个工作日前', '2025-01-20')).toBe('unparseable');
  });
});

describe('calendar import text', () => {
  it('reads date,kind[,note] lines in either language, skipping blanks and comments', () => {
    const text = '# 2027\n2027-02-06,holiday,春节\n2027/2/14，班，调休\n\n2027-02-07\t休';
    expect(parseCalendarText(text, 2027)).toEqual({
      ok: true,
      days: [
        { date: '2027-02-06', kind: 'holiday', note: '春节' },
        { date: '2027-02-07', kind: 'holiday', note: '' },
        { date: '2027-02-14', kind: 'workday', note: '调休' },
      ],
    });
  });

  it('names every bad line and imports nothing', () => {
    expect(parseCalendarText('2027-02-30,holiday\n2027-02-06,rest\n2028-01-01,holiday\n2027-02-06,holiday\n2027-02-06,workday', 2027)).toEqual({
      ok: false,
      problems: [
        { line: 1, problem: 'date' },
        { line: 2, problem: 'kind' },
        { line: 3, problem: 'other_year' },
        { line: 5, problem: 'duplicate' },
      ],
    });
  });
});
