/**
 * Chinese numerals for headings, one implementation (shared/chinese-number.ts) for the Word minutes
 * and the minutes editor: checked against a table and, for every number up to 9999, against a
 * reference built differently (each digit with its unit, then the zeros collapsed).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../shared/chinese-number.js';
import { zhLook } from '../../main/export/docx/look.js';
import { ordinal } from '../../renderer/src/screens/minutes/parts.js';

/** The schoolbook way: 一千零百一十五 → collapse runs of 零, drop a trailing 零, 一十 at the start → 十. */
function reference(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['千', '百', '十', ''];
  const spelled = String(n)
    .padStart(4, '0')
    .split('')
    .map((d, i) => (d === '0' ? '零' : digits[Number(d)]! + units[i]!))
    .join('');
  const text = spelled.replace(/^零+/, '').replace(/零+/g, '零').replace(/零$/, '').replace(/^一十/, '十');
  return text || '零';
}

describe('chineseNumber', () => {
  it('spells the numbers a document counts', () => {
    const cases: [number, string][] = [
      [0, '零'],
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [21, '二十一'],
      [99, '九十九'],
      [100, '一百'],
      [101, '一百零一'],
      [105, '一百零五'],
      [110, '一百一十'],
      [115, '一百一十五'],
      [120, '一百二十'],
      [999, '九百九十九'],
      [1000, '一千'],
      [1001, '一千零一'],
      [1010, '一千零一十'],
      [1100, '一千一百'],
      [1234, '一千二百三十四'],
      [2019, '二千零一十九'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, text] of cases) expect(chineseNumber(n), String(n)).toBe(text);
  });

  it('agrees with the reference for every number from 0 to 9999', () => {
    const wrong: string[] = [];
    for (let n = 0; n <= 9999; n++) if (chineseNumber(n) !== reference(n)) wrong.push(`${n}: ${chineseNumber(n)} ≠ ${reference(n)}`);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('writes what it cannot spell as a number', () => {
    expect([10_000, -1, 1.5].map(chineseNumber)).toEqual(['10000', '-1', '1.5']);
  });

  it('numbers the minutes editor as the Word minutes do, from 100 up too', () => {
    expect(ordinal(3, 'zh-CN')).toBe('（三）');
    expect(ordinal(105, 'zh-CN')).toBe('（一百零五）');
    expect(ordinal(1010, 'zh-CN')).toBe('（一千零一十）');
    expect(ordinal(105, 'en')).toBe('105.');
    for (const n of [1, 12, 100, 105, 110, 1010, 9999]) expect(ordinal(n, 'zh-CN')).toBe(zhLook.heading2Prefix(n));
  });
});
