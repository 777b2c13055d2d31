import type { BenchBrowser } from './support/browser.js';
import { runInBrowser } from './support/browser-run.js';
import type { BenchHost } from './support/host.js';
import { fillSampleSession, SAMPLE_SESSION } from './support/sample-session.js';
import { addFigure, median, percentile } from './table.js';

const NOTES = 5_000;
const KEYS = 100;
const WARMUP = 10;
const SESSION = SAMPLE_SESSION;

const FIGURES = [{ figure: `capture input: keypress to painted character, ${NOTES.toLocaleString('en')} notes, median of ${KEYS}`, target: 16, unit: 'ms' }] as const;

declare global {
  interface Window {
    __benchKeys?: number[];
  }
}

/**
 * Issue 3/7: in Chromium, keypress to painted character in the capture input, with 5,000 notes in
 * the session. The sample's Stage 1 seminar is running (first round of statements, first speaker on
 * the floor) with 5,000 notes; its capture view (`#/sessions/<id>/capture`: the capture panel beside
 * the notes list) is opened from the host and the input focused. Then 100 letters are pressed, one
 * at a time, through CDP (the browser's real input path: keydown, input, React's render). In the
 * page, each keydown's own timestamp is the start; the end is the first task after the next
 * animation frame (requestAnimationFrame, then a zero-delay timeout: the frame with the character
 * has been produced). The input's value is checked to hold every letter afterwards.
 */
export default async function bench(): Promise<void> {
  await runInBrowser({
    name: 'keypress',
    figures: FIGURES,
    prepare: (call, runtime) => {
      call('sample.load', { locale: 'zh-CN' });
      fillSampleSession(runtime, SESSION, NOTES);
      const items = runtime.core.db.prepare("SELECT id FROM agenda_item WHERE session_id = ? AND kind = 'statements' ORDER BY position").pluck().all(SESSION) as string[];
      call('run.start', { sessionId: SESSION });
      call('run.startItem', { sessionId: SESSION, itemId: items[0]! });
      call('run.next', { sessionId: SESSION });
    },
    measure,
  });
}

async function measure(host: BenchHost, browser: BenchBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${host.url}#/sessions/${SESSION}/capture`);
  await page.locator('article.note-row').first().waitFor({ state: 'visible', timeout: 60_000 });
  const input = page.locator('.capture-panel textarea');
  await input.click();
  await page.waitForTimeout(1_000);
  await input.evaluate((el) => {
    window.__benchKeys = [];
    el.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__benchKeys!.push(performance.now() - started), 0));
      },
      { capture: true },
    );
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let typed = '';
  for (let k = 0; k < WARMUP + KEYS; k++) {
    const letter = letters[k % letters.length]!;
    await page.keyboard.press(letter);
    typed += letter;
    await page.waitForFunction((count) => (window.__benchKeys?.length ?? 0) > count, k, { polling: 'raf', timeout: 10_000 });
  }
  const value = await input.inputValue();
  if (value !== typed) throw new Error(`the capture input holds '${value.slice(0, 40)}…', not the ${typed.length} letters pressed`);
  const times = (await page.evaluate(() => window.__benchKeys ?? [])).slice(WARMUP);
  addFigure({ ...FIGURES[0], measured: median(times) });
  addFigure({ figure: `capture input: keypress to painted character, p95 of ${KEYS}`, measured: percentile(times, 95), unit: 'ms' });
}
