import type { Runtime } from '../main/core/runtime.js';
import type { BenchBrowser } from './support/browser.js';
import { runInBrowser } from './support/browser-run.js';
import { CATEGORIES, noteText, pick, rng } from './support/corpus.js';
import type { BenchHost } from './support/host.js';
import { addFigure, median, percentile } from './table.js';

const NOTES = 5_000;
const KEYS = 100;
const WARMUP = 10;
const SESSION = 'sample-zh-1-session-leadership_seminar';

const FIGURES = [{ figure: `capture input: keypress to painted character, ${NOTES.toLocaleString('en')} notes, median of ${KEYS}`, target: 16, unit: 'ms' }] as const;

declare global {
  interface Window {
    __benchKeys?: number[];
  }
}

/** The sample's Stage 1 session with 5,000 notes over its agenda items and participants, by direct SQL. */
function fill(runtime: Runtime): void {
  const { db } = runtime.core;
  const items = db.prepare('SELECT id FROM agenda_item WHERE session_id = ? ORDER BY position').pluck().all(SESSION) as string[];
  const people = db.prepare('SELECT person_id FROM attendance WHERE session_id = ?').pluck().all(SESSION) as string[];
  const random = rng(5);
  const start = Date.UTC(2027, 0, 11, 1, 0);
  db.transaction(() => {
    const note = db.prepare(
      `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, category, text, captured_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let n = 0; n < NOTES; n++) {
      const at = new Date(start + n * 5_000).toISOString();
      note.run(`bench-note-${n}`, SESSION, items[Math.floor((n / NOTES) * items.length)]!, pick(random, people), pick(random, CATEGORIES), noteText(random), at, at, at);
    }
  })();
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
      fill(runtime);
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
