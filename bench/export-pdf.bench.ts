/**
 * The minutes of export-docx.bench.ts (2,000 notes + 300 actions) as a PDF, the way the CLI and the
 * browser host make it: the print HTML with the shipped fonts as data: URLs, then headless Chromium.
 * The HTML step and the whole export are shown apart: Chromium's start, layout and font subsetting
 * are most of it. Skipped, with the reason, where no Chromium is installed.
 */
import { renderHtml } from '../main/export/html.js';
import { buildModel, readModel } from '../main/export/model.js';
import { findChromium } from '../main/export/pdf/chromium.js';
import { htmlToPdf } from '../main/export/pdf/index.js';
import { ACTIONS, NOTES, SESSION, withFilledSample } from './export-docx.bench.js';
import { addFigure, median } from './table.js';

const RUNS = 3;

export default async function bench(): Promise<void> {
  if (!findChromium(undefined)) {
    process.stderr.write('bench: export-pdf skipped: no Chromium found (install chromium or set CONVENE_CHROMIUM)\n');
    return;
  }
  await withFilledSample(async (runtime, now) => {
    const times: number[] = [];
    const htmlTimes: number[] = [];
    let bytes = 0;
    let htmlBytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const model = readModel(runtime.core, now, (ctx) => buildModel(ctx, 'minutes', { sessionId: SESSION }));
      if (model.kind !== 'minutes' || model.document.actions.length < ACTIONS) throw new Error('the bench data did not reach the minutes');
      const html = renderHtml(model, { embedFonts: true });
      htmlTimes.push(performance.now() - started);
      const pdf = await htmlToPdf(html);
      times.push(performance.now() - started);
      bytes = pdf.length;
      htmlBytes = html.length;
    }
    addFigure({ figure: `minutes PDF, ${NOTES} notes + ${ACTIONS} actions (median of ${RUNS})`, target: 20_000, measured: median(times), unit: 'ms' });
    addFigure({ figure: `minutes PDF, ${NOTES} notes + ${ACTIONS} actions: the print HTML with its fonts (median of ${RUNS})`, target: 1500, measured: median(htmlTimes), unit: 'ms' });
    addFigure({ figure: `minutes PDF size, ${NOTES} notes + ${ACTIONS} actions`, measured: bytes / 1024, unit: 'KiB' });
    addFigure({ figure: `minutes print HTML size (fonts included)`, measured: htmlBytes / 1024, unit: 'KiB' });
  });
}
