import type { RunState, Speaker } from '../shared/agenda.js';
import type { BenchBrowser } from './support/browser.js';
import { runInBrowser, type BenchCall } from './support/browser-run.js';
import type { BenchHost } from './support/host.js';
import { addFigure, percentile } from './table.js';

const CHANGES = 200;
const WARMUP = 10;
const EXTRA_SPEAKERS = 220;
const SESSION = 'sample-zh-1-session-leadership_seminar';
const TIMEOUT_MS = 10_000;

const FIGURES = [
  { figure: `projector: run.next to new speaker shown, p50 of ${CHANGES}`, unit: 'ms' },
  { figure: `projector: run.next to new speaker shown, p95 of ${CHANGES}`, target: 100, unit: 'ms' },
] as const;

/** As the projector renders it (renderer/src/screens/agenda/SpeakerQueue.tsx `speakerName`). */
const nameOf = (s: Pick<Speaker, 'person' | 'freeName'>) => s.person?.name ?? s.freeName;

/**
 * Issue 2/7: from the chair's "next speaker" to the projector showing the new speaker, through the
 * real host (`convene serve` from the build) and the real projector page in headless Chromium.
 * The sample's Stage 1 seminar is started on its first round of statements, whose queue is grown to
 * over 200 speakers; then, 200 times: t0, POST /api/call/run.next, and wait in the page (polling at
 * every animation frame) until [data-testid=projector-speaker] reads the new name. What is measured
 * is the whole path a change takes: the call and its commit, the change event over SSE, the page's
 * refetch of run.state, React's render, and the next frame. It includes one CDP hop back from the
 * page to this process (well under a millisecond on loopback), so it errs on the slow side.
 */
export default async function bench(): Promise<void> {
  await runInBrowser({ name: 'projector', figures: FIGURES, prepare, measure });
}

/**
 * The sample, and 220 more speakers on the first round of statements of its Stage 1 seminar, through
 * the same handlers in-process (faster than 220 HTTP calls; only the measured changes need the host).
 */
function prepare(call: BenchCall): string {
  call('sample.load', { locale: 'zh-CN' });
  const item = call('agenda.list', { sessionId: SESSION }).items.find((i) => i.kind === 'statements');
  if (!item) throw new Error(`${SESSION} has no round of statements`);
  for (let n = 1; n <= EXTRA_SPEAKERS; n++) call('speaker.add', { agendaItemId: item.id, freeName: `发言人 ${n}`, plannedSeconds: 300 });
  return item.id;
}

async function measure(host: BenchHost, browser: BenchBrowser, itemId: string): Promise<void> {
  await host.call('run.start', { sessionId: SESSION });
  await host.call('run.startItem', { sessionId: SESSION, itemId });
  let state: RunState = await host.call('run.next', { sessionId: SESSION });
  if (state.nextSpeakers.length < WARMUP + CHANGES) throw new Error(`only ${state.nextSpeakers.length} speakers wait: need ${WARMUP + CHANGES}`);

  const speakers = state.currentItem?.speakers.length ?? 0;
  const size = Buffer.byteLength(JSON.stringify(state));

  const page = await browser.context.newPage();
  await page.goto(`${host.url}#/projector/${SESSION}`);
  const showing = (name: string, timeout = TIMEOUT_MS) =>
    page.waitForFunction((expected) => document.querySelector('[data-testid="projector-speaker"]')?.textContent === expected, name, {
      polling: 'raf',
      timeout,
    });
  // The first load (the bundle, i18n, the first reads) is not measured: allow it a loaded machine's time.
  await showing(nameOf(state.currentSpeaker!), 60_000).catch(async (error: unknown) => {
    const text = (await page.locator('body').innerText().catch(() => '')).slice(0, 300);
    throw new Error(`the projector page never showed the first speaker (page text: '${text}'): ${String(error)}`);
  });

  // How many times the page reads run.state per change: once is all a change needs.
  let reads = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/call/run.state')) reads++;
  });
  const shown: number[] = [];
  const calls: number[] = [];
  for (let k = 0; k < WARMUP + CHANGES; k++) {
    const expected = nameOf(state.nextSpeakers[0]!);
    const seen = showing(expected);
    // Awaited below; this only keeps a failed call from leaving it an unhandled rejection.
    seen.catch(() => undefined);
    const started = performance.now();
    state = await host.call('run.next', { sessionId: SESSION });
    const answered = performance.now();
    await seen;
    const done = performance.now();
    if (!state.currentSpeaker || nameOf(state.currentSpeaker) !== expected) throw new Error(`run.next gave the floor to an unexpected speaker`);
    if (k === WARMUP - 1) reads = 0;
    if (k >= WARMUP) {
      shown.push(done - started);
      calls.push(answered - started);
    }
  }
  addFigure({ ...FIGURES[0], measured: percentile(shown, 50) });
  addFigure({ ...FIGURES[1], measured: percentile(shown, 95) });
  addFigure({ figure: `projector: the run.next HTTP call alone, p50 of ${CHANGES}`, measured: percentile(calls, 50), unit: 'ms' });
  addFigure({ figure: 'projector: run.state requests by the page per change', measured: reads / CHANGES, unit: 'reads' });
  addFigure({ figure: `projector: size of one run.state answer (item of ${speakers} speakers)`, measured: size / 1024, unit: 'KiB' });
}
