import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openRuntime } from '../main/service/runtime.js';
import { dataPaths } from '../main/db/paths.js';
import type { BundleImportResult, ExportedFile } from '../shared/minutes.js';
import { addFigure, median } from './table.js';

const NOTES = 10_000;
const PEOPLE = 60;
const RUNS = 3;

const PHRASES = [
  '建议出台更加精准的专精特新企业扶持政策',
  '园区标准厂房缺口约二十万平方米',
  '审批时限还可以再压缩一半',
  '人才公寓、学校和商业配套要跟上',
  '按亩均效益配置资源，高耗能项目坚决挡在门外',
  '贷款贴息、研发补助、市场开拓支持各有侧重',
  'The logistics cost for firms in the zone is still too high',
  '乡镇要说清楚自己能拿出什么资源',
];

/**
 * One session with 10,000 notes from 60 speakers, written by direct SQL in one transaction (the
 * channels would take minutes at this size, and what is measured is the import, not the filling).
 */
function fill(file: string): string {
  const db = new Database(file);
  const at = new Date().toISOString();
  const sessionId = 'bench-session';
  db.transaction(() => {
    db.prepare('INSERT INTO programme (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run('bench-programme', '基准项目', at, at);
    db.prepare('INSERT INTO stage (id, programme_id, position, title, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?)').run('bench-stage', 'bench-programme', '阶段', at, at);
    db.prepare('INSERT INTO session (id, stage_id, position, title, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?)').run(sessionId, 'bench-stage', '万条记录研讨会', at, at);
    db.prepare('INSERT INTO unit (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run('bench-unit', '基准单位', at, at);
    const person = db.prepare('INSERT INTO person (id, name, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const attend = db.prepare('INSERT INTO attendance (session_id, person_id, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let p = 0; p < PEOPLE; p++) {
      person.run(`bench-person-${p}`, `发言人${p}`, 'bench-unit', at, at);
      attend.run(sessionId, `bench-person-${p}`, at, at);
    }
    const note = db.prepare(
      `INSERT INTO note (id, session_id, speaker_person_id, category, text, captured_at, captured_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const categories = ['understanding', 'idea', 'difficulty', 'suggestion'];
    for (let n = 0; n < NOTES; n++) {
      const text = `第${n + 1}条：${PHRASES[n % PHRASES.length]}；${PHRASES[(n * 7 + 3) % PHRASES.length]}。`;
      note.run(`bench-note-${n}`, sessionId, `bench-person-${n % PEOPLE}`, categories[n % categories.length], text, at, n % 2 ? '秦悦' : '李明', at, at);
    }
  })();
  db.close();
  return sessionId;
}

export default async function bench(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-bundle-'));
  try {
    const sourceDir = path.join(root, 'source');
    openRuntime({ dataDir: sourceDir }).close({ backup: false });
    const sessionId = fill(dataPaths(sourceDir).databaseFile);
    const source = openRuntime({ dataDir: sourceDir });
    const started = performance.now();
    const exported = source.core.call('bundle.export', { sessionId });
    const exportMs = performance.now() - started;
    source.close({ backup: false });
    if (!exported.ok) throw new Error(`export failed: ${JSON.stringify(exported.error)}`);
    const file = exported.value as ExportedFile;

    const times: number[] = [];
    // CPU time too: on a shared, busy machine wall time says more about the neighbours than about us.
    const cpuTimes: number[] = [];
    // The import only marks the new notes stale for search; the index catches up when the app is idle
    // or at the next search, whichever comes first. This is that step, timed by its first search.
    const firstSearchTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // An empty folder each time: every row is new, the most work an import does.
      const target = openRuntime({ dataDir: path.join(root, `target-${run}`) });
      try {
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        const result = target.core.call('bundle.import', { base64: file.base64 });
        const cpu = process.cpuUsage(cpu0);
        times.push(performance.now() - t0);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
        const { inserted } = result.value as BundleImportResult;
        if (inserted.note !== NOTES) throw new Error(`expected ${NOTES} notes imported, got ${inserted.note}`);
        const t1 = performance.now();
        const search = target.core.call('search.query', { query: '人才公寓' });
        firstSearchTimes.push(performance.now() - t1);
        if (!search.ok || (search.value as unknown[]).length === 0) throw new Error(`the first search after the import found nothing: ${JSON.stringify(search)}`);
      } finally {
        target.close({ backup: false });
      }
    }
    addFigure({ figure: `bundle import, ${NOTES / 1000}k notes into an empty folder (median of ${RUNS})`, target: 2000, measured: median(times), unit: 'ms' });
    addFigure({ figure: `bundle import, ${NOTES / 1000}k notes, CPU time (median of ${RUNS})`, measured: median(cpuTimes), unit: 'ms' });
    addFigure({ figure: `first search after that import (indexes the ${NOTES / 1000}k notes first; median of ${RUNS})`, measured: median(firstSearchTimes), unit: 'ms' });
    addFigure({ figure: `bundle export, ${NOTES / 1000}k notes`, measured: exportMs, unit: 'ms' });
    addFigure({ figure: `bundle size, ${NOTES / 1000}k notes`, measured: file.bytes / (1024 * 1024), unit: 'MiB' });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
