import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { openRuntime } from '../main/service/runtime.js';
import { dataPaths } from '../main/db/paths.js';
import type { ExportedFile } from '../shared/minutes.js';
import { addFigure, median } from './table.js';

const ACTIONS = 5_000;
const UNITS = 40;
const RUNS = 3;

/**
 * One session with 5,000 action items, each with a lead unit, two co-operating units, a due date
 * and rule, a deliverable and two checklist items: the task breakdown of a very large programme.
 * Direct SQL in one transaction, because the handlers would take far longer than what is measured.
 */
export function fill(file: string): void {
  const db = new Database(file);
  const at = new Date().toISOString();
  db.transaction(() => {
    db.prepare("INSERT INTO programme (id, title, locale, created_at, updated_at) VALUES ('p1', '清源县高质量发展战略布局专题研讨', 'zh-CN', ?, ?)").run(at, at);
    db.prepare("INSERT INTO stage (id, programme_id, position, title, created_at, updated_at) VALUES ('st1', 'p1', 0, '专题研讨', ?, ?)").run(at, at);
    db.prepare("INSERT INTO session (id, stage_id, position, title, created_at, updated_at) VALUES ('s1', 'st1', 0, '专题研讨会：优化营商环境，构建创新生态', ?, ?)").run(at, at);
    const unit = db.prepare('INSERT INTO unit (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let u = 0; u < UNITS; u++) unit.run(`u${u}`, `清源县第${u + 1}工作局`, at, at);
    const action = db.prepare(
      `INSERT INTO action_item (id, programme_id, session_id, title, deliverable, lead_unit_id, due_date, due_rule, status, board_position, created_at, updated_at)
       VALUES (?, 'p1', 's1', ?, ?, ?, '2027-02-20', '一个月内', 'assigned', ?, ?, ?)`,
    );
    const co = db.prepare('INSERT INTO action_co_unit (action_id, unit_id, position) VALUES (?, ?, ?)');
    const check = db.prepare('INSERT INTO action_check (id, action_id, position, text) VALUES (?, ?, ?, ?)');
    for (let a = 0; a < ACTIONS; a++) {
      const id = `a${a}`;
      action.run(id, `第${a + 1}项：制定分阶段、差异化的“专精特新”企业扶持政策并抓好落实`, '政策初稿及配套实施细则，报县政府常务会议审议', `u${a % UNITS}`, a, at, at);
      co.run(id, `u${(a + 1) % UNITS}`, 0);
      co.run(id, `u${(a + 2) % UNITS}`, 1);
      check.run(`${id}-c0`, id, 0, '贷款贴息');
      check.run(`${id}-c1`, id, 1, '研发补助');
    }
  })();
  db.close();
}

export default async function bench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-xlsx-'));
  try {
    openRuntime({ dataDir }).close({ backup: false });
    fill(dataPaths(dataDir).databaseFile);
    const runtime = openRuntime({ dataDir });
    try {
      const times: number[] = [];
      const cpu: number[] = [];
      let last: ExportedFile | undefined;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        const result = await runtime.service.call('export.render', { kind: 'tasks', format: 'xlsx', sessionId: 's1' });
        times.push(performance.now() - started);
        const used = process.cpuUsage(cpuStarted);
        cpu.push((used.user + used.system) / 1000);
        if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.error)}`);
        last = result.value as ExportedFile;
      }
      // Not timed: the file holds every action (title, subtitle and header rows above them).
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(last!.base64, 'base64') as unknown as ExcelJS.Buffer);
      const rows = workbook.worksheets[0]!.rowCount;
      if (rows !== ACTIONS + 3) throw new Error(`expected ${ACTIONS + 3} rows, found ${rows}`);
      addFigure({ figure: `task breakdown XLSX, ${ACTIONS.toLocaleString('en')} actions (read + write, median of ${RUNS})`, target: 1500, measured: median(times), unit: 'ms' });
      // CPU time reads the same on a busy machine, where the wall clock above does not.
      addFigure({ figure: `task breakdown XLSX, ${ACTIONS.toLocaleString('en')} actions, CPU time (median)`, measured: median(cpu), unit: 'ms' });
      addFigure({ figure: `task breakdown XLSX size, ${ACTIONS.toLocaleString('en')} actions`, measured: last!.bytes / 1024, unit: 'KiB' });
    } finally {
      runtime.close({ backup: false });
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
