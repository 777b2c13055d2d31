import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * axe-core in a Playwright page, without @axe-core/playwright. The app's CSP (script-src 'self')
 * refuses an inline <script>, so page.addScriptTag({ content }) cannot be used; page.evaluate runs
 * through the DevTools protocol, which the CSP does not govern.
 */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface Violation {
  id: string;
  impact: Impact;
  help: string;
  /** The first few elements it was found on (CSS selectors), and how many there were. */
  targets: string[];
  count: number;
  /** axe's explanation for the first element (e.g. the colours and ratio found). */
  summary: string;
  /** Elements axe relates to the first one (e.g. the other landmark with the same name). */
  related: string[];
}

interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: ({ target: unknown[]; failureSummary?: string } & Record<'any' | 'all' | 'none', { relatedNodes: { target: unknown[] }[] }[]>)[];
}

/** Runs axe on the whole document as it is now; returns its violations, one per rule. */
export async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    // Plain data only: axe's objects hold references to DOM nodes.
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        failureSummary: n.failureSummary ?? '',
        related: [...n.any, ...n.all, ...n.none].flatMap((check) => check.relatedNodes.map((r) => r.target.map(String).join(' '))),
      })),
    }));
  });
  return results.map((v) => ({
    id: v.id,
    impact: (IMPACTS as readonly string[]).includes(v.impact ?? '') ? (v.impact as Impact) : 'minor',
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    count: v.nodes.length,
    summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    related: (v.nodes[0]?.related ?? []).slice(0, 3),
  }));
}

/** Violations (rules broken) by impact; each may be on several elements. */
export function countByImpact(violations: Violation[]): Record<Impact, number> {
  const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const v of violations) counts[v.impact] += 1;
  return counts;
}

export function isBlocking(v: Violation): boolean {
  return v.impact === 'serious' || v.impact === 'critical';
}

export function describeViolation(screen: string, v: Violation): string {
  return `${screen}: [${v.impact}] ${v.id} — ${v.help} (${v.count}×: ${v.targets.join(' | ')})\n    ${v.summary}${v.related.length ? ` (related: ${v.related.join(' | ')})` : ''}`;
}

export function formatCounts(counts: Record<Impact, number>): string {
  return IMPACTS.map((impact) => `${impact} ${counts[impact]}`).join(' · ');
}
