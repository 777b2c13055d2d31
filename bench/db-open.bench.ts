import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openRuntime } from '../main/service/runtime.js';
import { dataPaths } from '../main/db/paths.js';
import { addFigure, median } from './table.js';

const SESSIONS = 1_000;
const PEOPLE = 100;
const OPENS = 5;

/**
 * Fills a migrated database with 1,000 sessions x 100 people = 100,000 attendance rows by direct
 * SQL in one transaction: the handlers would be the realistic path but take minutes at this size,
 * and what is measured here is opening the file, not filling it.
 */
function fill(file: string): void {
  const db = new Database(file);
  const at = new Date().toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO programme (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run('p1', 'Bench programme', at, at);
    db.prepare('INSERT INTO stage (id, programme_id, position, title, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?)').run('s1', 'p1', 'Stage', at, at);
    const person = db.prepare('INSERT INTO person (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let p = 0; p < PEOPLE; p++) person.run(`person-${p}`, `Person ${p}`, at, at);
    const session = db.prepare('INSERT INTO session (id, stage_id, position, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const attendance = db.prepare('INSERT INTO attendance (session_id, person_id, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let s = 0; s < SESSIONS; s++) {
      session.run(`session-${s}`, 's1', s, `Session ${s}`, at, at);
      for (let p = 0; p < PEOPLE; p++) attendance.run(`session-${s}`, `person-${p}`, at, at);
    }
  })();
  const count = (db.prepare('SELECT count(*) AS n FROM attendance').get() as { n: number }).n;
  if (count !== SESSIONS * PEOPLE) throw new Error(`expected ${SESSIONS * PEOPLE} attendance rows, found ${count}`);
  db.close();
}

export default async function bench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-open-'));
  try {
    openRuntime({ dataDir }).close({ backup: false });
    const { databaseFile } = dataPaths(dataDir);
    fill(databaseFile);
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const started = performance.now();
      const runtime = openRuntime({ dataDir });
      times.push(performance.now() - started);
      runtime.close({ backup: false });
    }
    addFigure({ figure: 'open data folder, 100k attendance rows (median of 5)', target: 200, measured: median(times), unit: 'ms' });
    addFigure({ figure: 'database size, 100k attendance rows', measured: fs.statSync(databaseFile).size / (1024 * 1024), unit: 'MiB' });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
