/**
 * Column widths for a fixed-layout Word table: proportional to the model's weights, but never so narrow
 * that a header such as 序号 or 牵头单位 breaks inside a word.
 */

/**
 * Rough advance of a string in ems: CJK and full-width forms one em, digits and date punctuation half
 * an em (Times and Calibri draw them so), any other character 0.6 em, which errs wide for Calibri and
 * Times (about 0.5) so that a substitute face (DejaVu, about 0.62) still fits.
 */
export function ems(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch)) width += 1;
    else if (/[0-9\-–:./]/.test(ch)) width += 0.5;
    else width += 0.6;
  }
  return width;
}

/**
 * The widest unbreakable piece of a header. Chinese wraps between any two characters, but a header
 * of a few characters (序号, 牵头单位) reads badly broken, so the whole label counts; English wraps
 * between words and after hyphens (Co-/operating).
 */
export function headerEms(label: string): number {
  const cjk = /[\u2E80-\u9FFF]/u.test(label);
  // Headers are bold: a tenth wider.
  return 1.1 * (cjk ? ems(label) : Math.max(0, ...label.split(/\s+|(?<=-)/).map(ems)));
}

/** A date written the Chinese way (2027年2月11日, 2月11日): read as one piece, never broken after 年 or 月. */
const CHINESE_DATE = /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日/gu;

/**
 * The widest piece of a cell that should not wrap, in ems: a date (also 2027年2月11日), a time span,
 * a number or a Latin word (runs of non-CJK characters without spaces). Other Chinese text wraps
 * anywhere and counts as nothing.
 */
export function tokenEms(text: string): number {
  let widest = 0;
  for (const date of text.match(CHINESE_DATE) ?? []) widest = Math.max(widest, ems(date));
  for (const token of text.replace(CHINESE_DATE, ' ').split(/[\s\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]+/u)) widest = Math.max(widest, ems(token));
  return widest;
}

/**
 * Splits `total` twips over columns by `weights`, raising any column below `minimums[i]` to it and
 * taking the difference from the others in proportion. Sums to `total` exactly (rounding goes to the
 * widest column).
 */
export function columnWidths(weights: number[], minimums: number[], total: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  // If the minimums alone do not fit, scale them down: a squeezed header beats a table off the page.
  const minSum = minimums.reduce((a, b) => a + b, 0);
  const mins = minSum > total ? minimums.map((m) => (m * total) / minSum) : minimums;
  const fixed = new Array<boolean>(n).fill(false);
  let widths = new Array<number>(n).fill(0);
  for (let round = 0; round <= n; round++) {
    const fixedWidth = mins.reduce((sum, m, i) => (fixed[i] ? sum + m : sum), 0);
    const freeWeight = safe.reduce((sum, w, i) => (fixed[i] ? sum : sum + w), 0);
    widths = safe.map((w, i) => (fixed[i] ? mins[i]! : freeWeight > 0 ? ((total - fixedWidth) * w) / freeWeight : 0));
    const under = widths.map((w, i) => !fixed[i] && w < mins[i]!);
    if (!under.some(Boolean)) break;
    under.forEach((u, i) => (fixed[i] ||= u));
  }
  const rounded = widths.map((w) => Math.floor(w));
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/**
 * The widths of a bordered table's columns, in twips, summing to `total`: a column is at least as wide
 * as its header and its longest date or time span (up to a quarter of the table: a long URL in a note
 * may wrap rather than squeeze everything else). The Word table and the printed one both use it.
 */
export function fittedWidths(
  columns: { label: string; weight: number; minEms?: number | undefined }[],
  rows: string[][],
  type: { headPt: number; cellPt: number; padTwips: number },
  total: number,
): number[] {
  const minimums = columns.map((c, i) => {
    const widestToken = Math.min(Math.max(0, ...rows.map((r) => tokenEms(r[i] ?? ''))) * type.cellPt * 20, total / 4);
    // minEms: a column the model knows needs room (a deadline with LibreOffice's spacing around digits).
    return Math.ceil(Math.max(headerEms(c.label) * type.headPt * 20, widestToken, (c.minEms ?? 0) * type.cellPt * 20)) + type.padTwips + 20;
  });
  return columnWidths(
    columns.map((c) => c.weight),
    minimums,
    total,
  );
}
