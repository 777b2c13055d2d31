import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime, type Runtime } from '../main/service/runtime.js';
import { renderDocx } from '../main/export/docx/index.js';
import { buildModel, readModel } from '../main/export/model.js';
import { addFigure, median } from './table.js';

export const NOTES = 2_000;
export const ACTIONS = 300;
const RUNS = 5;
export const SESSION = 'sample-zh-1-session-leadership_seminar';

const POINT =
  '建议出台更加精准的“专精特新”企业扶持政策，按初创期、成长期、成熟期分类施策，贷款贴息、研发补助、市场开拓支持各有侧重，避免“撒胡椒面”；';

/**
 * The sample's Stage 1 session grown to 2,000 notes (over its agenda items and participants) and
 * 300 actions with lead and co-operating units, by direct SQL in one transaction: what is measured is
 * the export, not filling the database through the handlers. The PDF bench (export-pdf.bench.ts) uses it too.
 */
export function fill(runtime: Runtime): void {
  const { db } = runtime.core;
  const at = new Date(2027, 0, 11, 9, 0).toISOString();
  const items = db.prepare('SELECT id FROM agenda_item WHERE session_id = ? ORDER BY position').pluck().all(SESSION) as string[];
  const people = db
    .prepare('SELECT p.id AS id, p.name AS name FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.session_id = ?')
    .all(SESSION) as { id: string; name: string }[];
  const units = db.prepare('SELECT id FROM unit ORDER BY id').pluck().all() as string[];
  const programme = db
    .prepare('SELECT st.programme_id FROM session s JOIN stage st ON st.id = s.stage_id WHERE s.id = ?')
    .pluck()
    .get(SESSION) as string;
  db.transaction(() => {
    // The sample ships this seminar with approved minutes, which the export would print as they are:
    // the bench drafts them from the session, as right after the meeting (test/helpers/export.ts withoutMinutes).
    db.prepare('DELETE FROM minutes WHERE session_id = ?').run(SESSION);
    db.prepare("UPDATE session SET minutes_status = 'draft' WHERE id = ?").run(SESSION);
    const note = db.prepare(
      `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, speaker_name, category, text, captured_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'suggestion', ?, ?, ?, ?)`,
    );
    for (let n = 0; n < NOTES; n++) {
      const speaker = people[n % people.length]!;
      const text = `第${n + 1}条：${POINT.repeat(1 + (n % 3))}`;
      note.run(`bench-note-${n}`, SESSION, items[n % items.length]!, speaker.id, speaker.name, text, at, at, at);
    }
    const action = db.prepare(
      `INSERT INTO action_item (id, programme_id, session_id, title, deliverable, lead_unit_id, due_date, due_rule, status, board_position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '2027-02-11', '一个月内', 'assigned', ?, ?, ?)`,
    );
    const co = db.prepare('INSERT INTO action_co_unit (action_id, unit_id, position) VALUES (?, ?, ?)');
    for (let a = 0; a < ACTIONS; a++) {
      action.run(`bench-action-${a}`, programme, SESSION, `第${a + 1}项任务：拿出分阶段、差异化的扶持政策初稿`, '政策初稿及配套资金测算', units[a % units.length]!, a, at, at);
      co.run(`bench-action-${a}`, units[(a + 1) % units.length]!, 0);
      co.run(`bench-action-${a}`, units[(a + 2) % units.length]!, 1);
    }
  })();
}

/**
 * A runtime on a temp folder holding the sample with the session filled as above, for `measure`;
 * removed after. The minutes benches (Word here, PDF in export-pdf.bench.ts) share it.
 */
export async function withFilledSample(measure: (runtime: Runtime, now: () => Date) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-minutes-'));
  const now = () => new Date(2027, 0, 11, 18, 0);
  const runtime = openRuntime({ dataDir, now });
  try {
    const loaded = runtime.core.call('sample.load', { locale: 'zh-CN' });
    if (!loaded.ok) throw new Error(`sample.load failed: ${JSON.stringify(loaded.error)}`);
    fill(runtime);
    await measure(runtime, now);
  } finally {
    runtime.close({ backup: false });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  await withFilledSample(async (runtime, now) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      // The whole export as a user waits for it: the model read from the database, then the Word file.
      const model = readModel(runtime.core, now, (ctx) => buildModel(ctx, 'minutes', { sessionId: SESSION }));
      const docx = await renderDocx(model);
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      bytes = docx.length;
      if (model.kind !== 'minutes' || model.document.actions.length < ACTIONS) throw new Error('the bench data did not reach the minutes');
    }
    // The median includes the first, cold export (code not yet optimised by the JIT); it is shown too.
    addFigure({ figure: `minutes DOCX, ${NOTES} notes + ${ACTIONS} actions (median of ${RUNS})`, target: 1500, measured: median(times), unit: 'ms' });
    addFigure({ figure: `minutes DOCX, ${NOTES} notes + ${ACTIONS} actions, first (cold) run`, measured: times[0]!, unit: 'ms' });
    // CPU time barely moves with the machine's load, wall time does: on a busy CI runner, read this one.
    addFigure({ figure: `minutes DOCX, ${NOTES} notes + ${ACTIONS} actions, CPU time (median of ${RUNS})`, measured: median(cpu), unit: 'ms' });
    addFigure({ figure: `minutes DOCX size, ${NOTES} notes + ${ACTIONS} actions`, measured: bytes / 1024, unit: 'KiB' });
  });
}
