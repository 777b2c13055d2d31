import { ACTION_STATUSES } from '../shared/actions.js';
import type { BenchBrowser } from './support/browser.js';
import { runInBrowser, type BenchCall } from './support/browser-run.js';
import type { BenchHost } from './support/host.js';
import { addFigure, percentile } from './table.js';

const ACTIONS = 2_000;
const RENDERS = 10;
const MOVES = 20;

const FIGURES = [
  { figure: `board: programme board of ${ACTIONS} tasks drawn, median of ${RENDERS}`, target: 300, unit: 'ms' },
  { figure: `board: a move shown (keyboard, optimistic), median of ${MOVES}`, target: 50, unit: 'ms' },
  { figure: `board: a move committed (action.move answered), median of ${MOVES}`, target: 50, unit: 'ms' },
] as const;

/**
 * Issue 4/7: a programme board with 2,000 tasks in headless Chromium, through the real host.
 * Drawn: with the tasks already read, from the route change to the frame after the first card is in
 * the DOM (columns are virtualised; cards memoised). A move: Alt+↓ on the first card of 待确认; shown
 * when the DOM has the card in its new place (a MutationObserver; painted the next frame), committed
 * when the action.move answer has arrived (Resource Timing).
 */
export default async function bench(): Promise<void> {
  await runInBrowser({ name: 'board', figures: FIGURES, prepare, measure });
}

/** The sample's directory and a programme of 2,000 tasks over every column, in-process. */
function prepare(call: BenchCall): string {
  call('sample.load', { locale: 'zh-CN' });
  const programme = call('programme.create', { title: `${ACTIONS} 项任务` });
  const units = call('unit.list', {});
  for (let n = 0; n < ACTIONS; n++) {
    const lead = units[n % units.length]!;
    call('action.create', {
      programmeId: programme.id,
      title: `任务 ${n + 1}：落实第 ${n + 1} 项会议议定事项`,
      status: ACTION_STATUSES[n % ACTION_STATUSES.length]!,
      leadUnitId: lead.id,
      coUnitIds: units
        .filter((u) => u.id !== lead.id)
        .slice(0, n % 3)
        .map((u) => u.id),
      dueDate: `2027-0${1 + (n % 9)}-1${n % 10}`,
      checklist: n % 4 === 0 ? ['贷款贴息', '研发补助'] : [],
    });
  }
  return programme.id;
}

/*
 * The in-page measurements, as source text: tsx names the functions it compiles (`__name`), which
 * does not exist in the page.
 */
const DRAW = `new Promise((resolve) => {
  const t0 = performance.now();
  location.hash = '#/programmes/' + PROGRAMME + '/board';
  const check = () => {
    if (document.querySelector('[data-testid="board-ready"] [data-testid="action-card"]')) {
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

const MOVE = `new Promise((resolve) => {
  const column = document.querySelector('[data-testid="column-proposed"]');
  const firstId = column.querySelector('[data-card-id]').getAttribute('data-card-id');
  let seen = -1;
  const t0 = performance.now();
  const network = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.includes('/api/call/action.move')) continue;
      network.disconnect();
      const answered = entry.responseEnd - t0;
      const wait = () => (seen >= 0 ? resolve({ shown: seen, committed: answered }) : requestAnimationFrame(wait));
      wait();
    }
  });
  network.observe({ type: 'resource', buffered: false });
  const dom = new MutationObserver(() => {
    if (column.querySelector('[data-card-id]')?.getAttribute('data-card-id') === firstId) return;
    dom.disconnect();
    seen = performance.now() - t0;
  });
  dom.observe(column, { childList: true, subtree: true });
  document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', altKey: true, bubbles: true }));
})`;

async function measure(host: BenchHost, browser: BenchBrowser, programmeId: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${host.url}#/programmes/${programmeId}/board`);
  await page.waitForSelector('[data-testid="board-ready"] [data-testid="action-card"]', { timeout: 60_000 });

  const renders: number[] = [];
  for (let k = 0; k < RENDERS + 1; k++) {
    await page.evaluate((id) => (location.hash = `#/programmes/${id}`), programmeId);
    await page.waitForSelector('.stages', { timeout: 10_000 });
    const ms = (await page.evaluate(DRAW.replace('PROGRAMME', JSON.stringify(programmeId)))) as number;
    if (k > 0) renders.push(ms);
  }

  const shown: number[] = [];
  const committed: number[] = [];
  for (let k = 0; k < MOVES + 1; k++) {
    await page.locator('[data-testid="column-proposed"] [data-testid="action-card"]').first().focus();
    const timing = (await page.evaluate(MOVE)) as { shown: number; committed: number };
    // The change event's refetch of the whole list lands before the next move.
    await page.waitForTimeout(800);
    if (k > 0) {
      shown.push(timing.shown);
      committed.push(timing.committed);
    }
  }
  addFigure({ ...FIGURES[0], measured: percentile(renders, 50) });
  addFigure({ ...FIGURES[1], measured: percentile(shown, 50) });
  addFigure({ ...FIGURES[2], measured: percentile(committed, 50) });
}
