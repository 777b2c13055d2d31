/**
 * The follow-up digest (督办通报) of 5,000 tasks in 60 lead units as Word and as PDF (issue 17:
 * under 2 s each), a third of them overdue on the as-of day and a fifth closed. Tasks are put in by
 * direct SQL in one transaction: what is measured is reading the digest and writing the file, the
 * PDF as the product writes it (renderExport: pdfkit, pdf-direct/). Peak RSS is the process's own
 * peak. Also reported: the read alone, the CPU times (they barely move with the machine's load, wall
 * time does), the PDF's pages and size, and for comparison the same digest printed by Chromium (the
 * writer before pdf-direct/; one run, skipped without Chromium) and Chromium's own floor: launching
 * it and printing an empty page. CONVENE_BENCH_KEEP=/some/dir keeps the last DOCX and PDF there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderDocx } from '../main/export/docx/index.js';
import { digestModel } from '../main/export/followup-model.js';
import { renderHtml } from '../main/export/html.js';
import { readModel } from '../main/export/model.js';
import { renderExport } from '../main/export/render.js';
import { findChromium } from '../main/export/pdf/chromium.js';
import { htmlToPdf } from '../main/export/pdf/index.js';
import { openRuntime } from '../main/service/runtime.js';
import { tempDir } from '../test/helpers/runtime.js';
import { addFigure, addSkipped, median } from './table.js';

const TASKS = 5_000;
const UNITS = 60;
const RUNS = 3;
const AS_OF = '2025-11-10';
const STATUSES = ['assigned', 'in_progress', 'in_progress', 'submitted', 'accepted'] as const;

const peakMiB = () => process.resourceUsage().maxRSS / 1024;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const cpu = process.cpuUsage(since);
  return (cpu.user + cpu.system) / 1000;
};
/** Keeps a file of the run for looking at, when CONVENE_BENCH_KEEP names a folder. */
function keep(name: string, bytes: Buffer) {
  const dir = process.env.CONVENE_BENCH_KEEP;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
}

export default async function bench(): Promise<void> {
  const dir = tempDir('convene-bench-followup-');
  const runtime = openRuntime({ dataDir: dir });
  try {
    const call = runtime.core.call.bind(runtime.core) as (name: string, input: unknown) => { ok: boolean; value?: unknown };
    const programmeId = (call('programme.create', { title: '清源县重点任务督办' }).value as { id: string }).id;
    const units = Array.from({ length: UNITS }, (_, n) => (call('unit.create', { name: `清源县第${n + 1}责任单位`, kind: 'department' }).value as { id: string }).id);
    const { db } = runtime.core;
    const at = new Date('2025-09-01T02:00:00Z').toISOString();
    db.transaction(() => {
      const task = db.prepare(
        `INSERT INTO action_item (id, programme_id, title, deliverable, lead_unit_id, due_date, due_rule, status, board_position, created_at, updated_at)
         VALUES (?, ?, ?, '方案', ?, ?, '', ?, ?, ?, ?)`,
      );
      const history = db.prepare("INSERT INTO action_history (action_id, at, field, old_value, new_value) VALUES (?, ?, 'status', 'submitted', 'accepted')");
      for (let n = 0; n < TASKS; n++) {
        const id = `bench-task-${n}`;
        // Due dates spread over October and November: some long past, some near, some later.
        const due = new Date(Date.UTC(2025, 9, 1 + (n % 61))).toISOString().slice(0, 10);
        const status = STATUSES[n % STATUSES.length]!;
        task.run(id, programmeId, `第${n + 1}项：推动重点产业链延链补链强链，形成工作方案并报送`, units[n % UNITS]!, due, status, n, at, at);
        if (status === 'accepted') history.run(id, new Date(Date.UTC(2025, 9, 1 + (n % 40), 2)).toISOString());
      }
    })();
    const now = () => new Date(`${AS_OF}T02:00:00Z`);
    const model = () => readModel(runtime.core, now, (ctx) => digestModel(ctx, { programmeId, asOf: AS_OF }));
    const readTimes: number[] = [];
    const docxTimes: number[] = [];
    const docxCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const read = model();
      readTimes.push(performance.now() - started);
      const docx = await renderDocx(read);
      docxTimes.push(performance.now() - started);
      docxCpu.push(cpuMs(cpuStarted));
      keep('digest.docx', docx);
    }
    addFigure({ figure: `digest DOCX, ${TASKS} tasks in ${UNITS} units (median of ${RUNS})`, target: 2000, measured: median(docxTimes), unit: 'ms' });
    addFigure({ figure: 'digest DOCX, CPU time (median)', measured: median(docxCpu), unit: 'ms' });
    addFigure({ figure: 'digest: reading the model alone (median)', measured: median(readTimes), unit: 'ms' });
    addFigure({ figure: 'digest DOCX: peak RSS of the process so far', measured: peakMiB(), unit: 'MiB' });
    const pdfTimes: number[] = [];
    const pdfCpu: number[] = [];
    let pdf: Buffer = Buffer.alloc(0);
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      pdf = await renderExport(model(), 'pdf');
      pdfTimes.push(performance.now() - started);
      pdfCpu.push(cpuMs(cpuStarted));
    }
    keep('digest.pdf', pdf);
    addFigure({ figure: `digest PDF, ${TASKS} tasks in ${UNITS} units (median of ${RUNS})`, target: 2000, measured: median(pdfTimes), unit: 'ms' });
    addFigure({ figure: 'digest PDF, CPU time (median)', measured: median(pdfCpu), unit: 'ms' });
    addFigure({ figure: 'digest PDF, pages', measured: pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0, unit: 'pages' });
    addFigure({ figure: 'digest PDF, size', measured: pdf.length / 1024, unit: 'KiB' });
    addFigure({ figure: 'digest PDF: peak RSS of the process so far', measured: peakMiB(), unit: 'MiB' });
    if (!findChromium(undefined)) {
      addSkipped({ figure: 'digest PDF printed by Chromium instead (one run, for comparison)', unit: 'ms' }, 'no Chromium found');
      return;
    }
    const printed = performance.now();
    await htmlToPdf(renderHtml(model(), { embedFonts: true }));
    addFigure({ figure: 'digest PDF printed by Chromium instead (one run, for comparison)', measured: performance.now() - printed, unit: 'ms' });
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await htmlToPdf('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>-</title></head><body><p>-</p></body></html>');
      floorTimes.push(performance.now() - started);
    }
    addFigure({ figure: `Chromium floor: launch and print an empty page (median of ${RUNS})`, measured: median(floorTimes), unit: 'ms' });
  } finally {
    runtime.close({ backup: false });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
