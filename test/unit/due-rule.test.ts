import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseDueRule } from '../../shared/due-rule.js';

const base = '2027-01-11';
const date = (rule: string, from = base) => {
  const result = parseDueRule(rule, from);
  return result.ok ? result.date : result.reason;
};

describe('spoken due rules', () => {
  it.each([
    ['一个月内', '2027-02-11'],
    ['1个月内', '2027-02-11'],
    ['两个月内', '2027-03-11'],
    ['三个月以内', '2027-04-11'],
    ['两周内', '2027-01-25'],
    ['一周之内', '2027-01-18'],
    ['10天内', '2027-01-21'],
    ['十五天内', '2027-01-26'],
    ['二十日内', '2027-01-31'],
    ['半个月内', '2027-01-26'],
    ['月底前', '2027-01-31'],
    ['本月底前', '2027-01-31'],
    ['下月底前', '2027-02-28'],
    ['季度末前', '2027-03-31'],
    ['年底前', '2027-12-31'],
    ['今年年底前', '2027-12-31'],
    ['2027年3月1日前', '2027-03-01'],
    ['3月1日前', '2027-03-01'],
    ['1月5日前', '2028-01-05'],
    ['within one month', '2027-02-11'],
    ['Within 2 weeks', '2027-01-25'],
    ['within ten days', '2027-01-21'],
    ['within three months', '2027-04-11'],
    ['by end of month', '2027-01-31'],
    ['by the end of the month', '2027-01-31'],
    ['by end of next month', '2027-02-28'],
    ['by year end', '2027-12-31'],
    ['by 2027-01-15', '2027-01-15'],
    ['2027-01-15', '2027-01-15'],
    ['2027/1/15', '2027-01-15'],
  ])('%s → %s', (rule, expected) => {
    expect(date(rule)).toBe(expected);
  });

  it('clamps month arithmetic at month ends', () => {
    expect(date('一个月内', '2027-01-31')).toBe('2027-02-28');
    expect(date('一个月内', '2028-01-31')).toBe('2028-02-29');
    expect(date('within one month', '2027-12-15')).toBe('2028-01-15');
  });

  it.each([
    ['尽快', 'ambiguous'],
    ['下月', 'ambiguous'],
    ['next month', 'ambiguous'],
    ['soon', 'ambiguous'],
    ['找时间', 'unparseable'],
    ['within fortnight', 'unparseable'],
    ['by 2026-12-01', 'before_base'],
    ['2027-02-30', 'invalid_date'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('refuses %s as %s, never guessing', (rule, reason) => {
    expect(date(rule)).toBe(reason);
  });

  it('keeps the rule as spoken', () => {
    expect(parseDueRule(' 一个月内 ', base)).toEqual({ ok: true, date: '2027-02-11', rule: '一个月内' });
  });

  it('counts in Chinese numerals', () => {
    expect([parseCount('一'), parseCount('十'), parseCount('十五'), parseCount('二十'), parseCount('三十一'), parseCount('两')]).toEqual([1, 10, 15, 20, 31, 2]);
    expect(parseCount('十十')).toBeNull();
  });

  it('never throws, and any date it returns is a real date on or after the base (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (rule, when) => {
        const from = when.toISOString().slice(0, 10);
        const result = parseDueRule(rule, from);
        if (result.ok) {
          expect(result.date >= from).toBe(true);
          expect(new Date(`${result.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result.date);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
