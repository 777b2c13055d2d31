/**
 * PDF exports wait their turn: twelve at once used to start twelve browsers (111 Chromium processes,
 * about 10 GB). Through the real service, with the real printer counted: never more than one runs,
 * every export comes back right, and each can say where it stands (queued with N ahead, rendering).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile, ExportProgress } from '../../shared/minutes.js';
import { findChromium } from '../../main/export/pdf/chromium.js';
import { htmlToPdf } from '../../main/export/pdf/index.js';
import { createPrintQueue } from '../../main/export/pdf/queue.js';
import { testClock } from '../helpers/clock.js';
import { stage1 } from '../helpers/export.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

const CHROMIUM = findChromium(undefined);

describe.skipIf(!CHROMIUM)(`concurrent PDF exports through the service, printed by ${CHROMIUM ?? 'Chromium (skipped: none found)'}`, () => {
  let rt: TestRuntime;
  let running = 0;
  let most = 0;
  let printed = 0;
  beforeEach(() => {
    running = 0;
    most = 0;
    printed = 0;
    rt = testRuntime({
      now: testClock(new Date('2027-01-11T18:00:00+08:00').toISOString()).now,
      // The real printer (headless Chromium), counted while it runs.
      printPdf: async (html) => {
        running += 1;
        most = Math.max(most, running);
        try {
          return await htmlToPdf(html);
        } finally {
          running -= 1;
          printed += 1;
        }
      },
    });
  });
  afterEach(() => rt.cleanup());

  it('prints one at a time, in order, and every export comes back as its own PDF', { timeout: 180_000 }, async () => {
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    ok(rt.core.call('sample.load', { locale: 'en' }));
    const asks = [
      // What Chromium still prints: the minutes and the room's paper (table exports are written directly, pdf-direct/).
      { kind: 'minutes', sessionId: stage1('zh-CN') },
      { kind: 'seating', sessionId: stage1('zh-CN') },
      { kind: 'namecards', sessionId: stage1('en') },
      { kind: 'seating', sessionId: stage1('en') },
      { kind: 'minutes', sessionId: stage1('en') },
    ] as const;
    const queueEvents: number[] = [];
    const unsubscribe = rt.service.subscribe((event) => {
      if (event.topics.includes('export')) queueEvents.push(event.seq);
    });
    const calls = asks.map((ask, i) => rt.service.call('export.render', { ...ask, format: 'pdf', jobId: `job-${i}` }));
    const progress = async (i: number) => ok(await rt.service.call('export.progress', { jobId: `job-${i}` })) as ExportProgress;

    // All five asked at once: the first prints, the others wait in order, each knowing how many are ahead.
    expect(await progress(0)).toEqual({ state: 'rendering' });
    expect(await progress(1)).toEqual({ state: 'queued', ahead: 1 });
    expect(await progress(4)).toEqual({ state: 'queued', ahead: 4 });

    const files = (await Promise.all(calls)).map((result) => ok(result) as ExportedFile);
    unsubscribe();
    expect(most).toBe(1);
    expect(printed).toBe(asks.length);
    for (const file of files) {
      expect(file.mime).toBe('application/pdf');
      expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(new Set(files.map((f) => f.fileName)).size).toBe(asks.length);
    // The windows heard of each start and end; finished exports are no longer in the queue.
    expect(queueEvents.length).toBeGreaterThanOrEqual(asks.length * 2);
    expect(await progress(4)).toEqual({ state: 'none' });
  });
});

describe('the print queue', () => {
  it('goes on with the next export when one fails, and a printer that throws at once is a failure like any other', async () => {
    const order: string[] = [];
    const queue = createPrintQueue((html) => {
      order.push(html);
      if (html === 'throws') throw new Error('no browser');
      if (html === 'rejects') return Promise.reject(new Error('crashed'));
      return Promise.resolve(Buffer.from(html));
    });
    const results = await Promise.allSettled(['a', 'throws', 'rejects', 'b'].map((html, i) => queue.print(html, `j${i}`)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(order).toEqual(['a', 'throws', 'rejects', 'b']);
    expect(queue.progress('j3')).toEqual({ state: 'none' });
  });
});
