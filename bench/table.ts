/**
 * The one results table every benchmark adds to. A figure has a target when the project has set
 * one; without a target it is reported for information and never fails.
 */
export interface Figure {
  figure: string;
  measured: number;
  /** Measured must be at most this (lower is better). */
  target?: number;
  unit: string;
  /** Why this figure could not be measured on this run (e.g. 'run npm run build'): shown instead of a value, never fails. */
  skipped?: string;
}

const figures: Figure[] = [];

export function addFigure(figure: Figure): void {
  figures.push(figure);
}

/** A figure that could not be measured here: one line in the table saying why, instead of a failure. */
export function addSkipped(figure: Omit<Figure, 'measured' | 'skipped'>, reason: string): void {
  figures.push({ ...figure, measured: Number.NaN, skipped: reason });
}

export function allFigures(): readonly Figure[] {
  return figures;
}

export function isOk(f: Figure): boolean | undefined {
  return f.target === undefined || f.skipped !== undefined ? undefined : f.measured <= f.target;
}

function number(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatTable(rows: readonly Figure[] = figures): string {
  const header = ['figure', 'target', 'measured', 'ratio', 'ok'];
  const body = rows.map((f) => {
    const ok = isOk(f);
    const target = f.target === undefined ? '-' : `< ${number(f.target)} ${f.unit}`;
    if (f.skipped !== undefined) return [f.figure, target, '-', '-', `skipped: ${f.skipped}`];
    return [
      f.figure,
      target,
      `${number(f.measured)} ${f.unit}`,
      f.target === undefined ? '-' : (f.measured / f.target).toFixed(2),
      ok === undefined ? 'info' : ok ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

export function printTable(): void {
  process.stdout.write(`${formatTable()}\n`);
}

/** Percentile by nearest rank, of a copy. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
