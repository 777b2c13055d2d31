import { missingChromium, openBrowser } from './support/browser.js';
import { rng, TERMS } from './support/corpus.js';
import { missingBuild, memoryOf, startHost, type BenchHost } from './support/host.js';
import { BIG_SESSION, BIG_SESSION_NOTES, notesFolder, PROGRAMME_ID, SESSIONS, sessionId } from './support/notes-db.js';
import { addFigure, addSkipped, type Figure } from './table.js';

const LOAD_MS = 10_000;
const CLIENTS = 2;
const SETTLE_MS = 2_000;

const HOST_PEAK = { figure: 'host process peak RSS (VmHWM), 100k notes, 10 s of load', target: 250, unit: 'MiB' } as const;
const RENDERER_HEAP = { figure: `renderer JS heap after GC, capture view of a ${BIG_SESSION_NOTES.toLocaleString('en')}-note session`, target: 150, unit: 'MiB' } as const;
const MIB = 1024 * 1024;

/**
 * The renderer's side (issue 6/7 item 7, second figure): the capture view of the 5,000-note session
 * (`#/sessions/<id>/capture`: the capture panel beside the virtualised notes list, which holds all
 * 5,000 notes in its query) opened in headless Chromium from the host; once it has rendered its rows
 * and settled, a full GC through CDP (HeapProfiler.collectGarbage), then the live JS heap
 * (Runtime.getHeapUsage.usedSize; performance.memory with --enable-precise-memory-info agrees).
 */
async function rendererHeap(host: BenchHost): Promise<{ usedMiB: number; totalMiB: number; rows: number }> {
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${host.url}#/sessions/${BIG_SESSION}/capture`);
    await page.locator('article.note-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const rows = await page.locator('article.note-row').count();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { usedMiB: usage.usedSize / MIB, totalMiB: usage.totalSize / MIB, rows };
  } finally {
    await browser.close();
  }
}

/**
 * The host's side (issue 6/7 item 7, first figure): `convene serve` on the 100,000-note database,
 * after serving the UI above, driven for 10 s by two clients looping over what the screens call
 * most: the programme, a session, the 5,000-note session's newest page of notes, and a search (long and short
 * queries alike). The figure is the process's peak resident set from /proc/<pid>/status (VmHWM),
 * the kernel's own high-water mark, so a spike between samples is not missed.
 */
async function loadHost(host: BenchHost): Promise<number> {
  const deadline = performance.now() + LOAD_MS;
  let calls = 0;
  const client = async (seed: number) => {
    const random = rng(seed);
    while (performance.now() < deadline) {
      const roll = random();
      if (roll < 0.2) await host.call('programme.get', { id: PROGRAMME_ID });
      else if (roll < 0.45) await host.call('session.get', { id: sessionId(Math.floor(random() * SESSIONS)) });
      else if (roll < 0.7) await host.call('note.list', { sessionId: BIG_SESSION });
      else {
        const term = TERMS[Math.floor(random() * TERMS.length)]!;
        await host.call('search.query', { query: random() < 0.5 ? term : [...term].slice(0, 2).join('') });
      }
      calls++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, k) => client(100 + k)));
  return calls;
}

export default async function bench(): Promise<void> {
  const missing = missingBuild();
  if (missing) {
    for (const f of [HOST_PEAK, RENDERER_HEAP] satisfies Omit<Figure, 'measured'>[]) addSkipped(f, missing);
    return;
  }
  // The host's figure needs no browser: without Chromium only the renderer's is skipped.
  const noBrowser = missingChromium();
  const folder = await notesFolder('memory');
  const host = await startHost(folder.dataDir);
  try {
    const afterStart = memoryOf(host.pid);
    const notes = await host.call('note.all', { sessionId: BIG_SESSION });
    if (notes.length !== BIG_SESSION_NOTES) throw new Error(`the big session has ${notes.length} notes, not ${BIG_SESSION_NOTES}`);

    if (noBrowser) {
      addSkipped(RENDERER_HEAP, noBrowser);
    } else {
      const heap = await rendererHeap(host);
      addFigure({ ...RENDERER_HEAP, measured: heap.usedMiB });
      addFigure({ figure: 'renderer JS heap allocated (totalSize), same page', measured: heap.totalMiB, unit: 'MiB' });
      process.stderr.write(`bench: capture view rendered ${heap.rows} note rows of ${BIG_SESSION_NOTES} (virtualised)\n`);
    }

    const calls = await loadHost(host);
    const after = memoryOf(host.pid);
    if (!after || !afterStart) throw new Error(`cannot read /proc/${host.pid}/status`);
    addFigure({ ...HOST_PEAK, measured: after.peakMiB });
    addFigure({ figure: 'host process RSS once started, before any call', measured: afterStart.rssMiB, unit: 'MiB' });
    addFigure({ figure: `host process RSS after the load (${calls} calls)`, measured: after.rssMiB, unit: 'MiB' });
  } finally {
    await host.kill();
    folder.remove();
  }
}
