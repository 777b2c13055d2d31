import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openRuntime } from '../../main/service/runtime.js';
import { catchUpSearchIndex } from '../../main/core/search-index.js';
import { dataPaths } from '../../main/db/paths.js';
import { CATEGORIES, noteText, personName, pick, POSITIONS, rng, UNIT_NAMES } from './corpus.js';

/**
 * The 100,000-note database the note-save, search and memory benchmarks share: one programme, four
 * stages, 100 sessions with five agenda items each, 300 people in 20 units, twelve attendees per
 * session, and 100,000 notes of generated Chinese planning text. Session 0 is the "big" one, with
 * 5,000 notes (a long multi-day seminar); the other 95,000 are spread over the 99 others.
 *
 * Built once per `npm run bench` by direct SQL in one transaction (the triggers mark every row
 * stale for the search index, as a save does), then indexed by the product's own catch-up, so the
 * benchmarks start from an index that is up to date; then copied for each benchmark that writes to it,
 * so no benchmark sees another's writes. The template folder is removed when the process exits.
 */
export const NOTES = 100_000;
export const SESSIONS = 100;
export const BIG_SESSION_NOTES = 5_000;
export const ITEMS_PER_SESSION = 5;
export const PEOPLE = 300;
export const ATTENDEES = 12;

export const sessionId = (s: number) => `bench-session-${s}`;
export const itemId = (s: number, i: number) => `bench-item-${s}-${i}`;
export const personId = (p: number) => `bench-person-${p}`;
export const PROGRAMME_ID = 'bench-programme';
export const BIG_SESSION = sessionId(0);

/** The people attending session `s` (distinct, deterministic). */
export function attendees(s: number): string[] {
  return Array.from({ length: ATTENDEES }, (_, k) => personId((s * 7 + k * 13) % PEOPLE));
}

const ITEM_KINDS = ['presentation', 'statements', 'discussion', 'statements', 'summary'] as const;

function notesOf(s: number): number {
  if (s === 0) return BIG_SESSION_NOTES;
  const rest = NOTES - BIG_SESSION_NOTES;
  const per = Math.floor(rest / (SESSIONS - 1));
  // The remainder goes to the last session so the total is exact.
  return s === SESSIONS - 1 ? rest - per * (SESSIONS - 2) : per;
}

function fill(file: string): void {
  const db = new Database(file);
  // Only for building: no fsync and a cache that holds the whole file, so the one big transaction
  // does not spill to the WAL page by page. The benchmarks reopen it with the product's pragmas.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const random = rng(20_270_111);
  const at = new Date(2027, 0, 4, 8, 0).toISOString();
  db.transaction(() => {
    db.prepare("INSERT INTO programme (id, title, locale, created_at, updated_at) VALUES (?, ?, 'zh-CN', ?, ?)").run(
      PROGRAMME_ID,
      '某县“十五五”规划编制座谈调研（基准测试）',
      at,
      at,
    );
    const stage = db.prepare('INSERT INTO stage (id, programme_id, position, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (let g = 0; g < 4; g++) stage.run(`bench-stage-${g}`, PROGRAMME_ID, g, `第${g + 1}阶段`, at, at);
    const unit = db.prepare("INSERT INTO unit (id, name, kind, created_at, updated_at) VALUES (?, ?, 'department', ?, ?)");
    UNIT_NAMES.forEach((name, u) => unit.run(`bench-unit-${u}`, name, at, at));
    const person = db.prepare('INSERT INTO person (id, name, position, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (let p = 0; p < PEOPLE; p++) person.run(personId(p), personName(p), POSITIONS[p % POSITIONS.length], `bench-unit-${p % UNIT_NAMES.length}`, at, at);
    const session = db.prepare('INSERT INTO session (id, stage_id, position, title, theme, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const attendance = db.prepare('INSERT INTO attendance (session_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const item = db.prepare(
      'INSERT INTO agenda_item (id, session_id, position, kind, title, planned_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const note = db.prepare(
      `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, speaker_name, category, text, important, captured_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let n = 0;
    for (let s = 0; s < SESSIONS; s++) {
      const sid = sessionId(s);
      session.run(sid, `bench-stage-${s % 4}`, Math.floor(s / 4), `座谈会 ${s + 1}：${pick(random, ['产业发展', '营商环境', '乡村振兴', '人才工作', '财政金融', '城乡建设'])}`, '“十五五”规划思路', at, at);
      const people = attendees(s);
      people.forEach((p, k) => attendance.run(sid, p, k === 0 ? 'chair' : 'speaker', at, at));
      for (let i = 0; i < ITEMS_PER_SESSION; i++) item.run(itemId(s, i), sid, i, ITEM_KINDS[i], `议程 ${i + 1}`, 30, at, at);
      const count = notesOf(s);
      const start = Date.UTC(2027, 0, 4 + s, 1, 0);
      for (let k = 0; k < count; k++, n++) {
        // One note in twenty is someone not in the directory (a free-text name), as in real rooms.
        const free = random() < 0.05;
        const captured = new Date(start + k * 7_000).toISOString();
        note.run(
          `bench-note-${n}`,
          sid,
          itemId(s, Math.min(ITEMS_PER_SESSION - 1, Math.floor((k / count) * ITEMS_PER_SESSION))),
          free ? null : pick(random, people),
          free ? `列席代表${personName(1_000 + (n % 50))}` : '',
          pick(random, CATEGORIES),
          noteText(random),
          random() < 0.08 ? 1 : 0,
          captured,
          captured,
          captured,
        );
      }
    }
  })();
  const count = db.prepare('SELECT count(*) FROM note').pluck().get() as number;
  if (count !== NOTES) throw new Error(`expected ${NOTES} notes, found ${count}`);
  const indexing = performance.now();
  db.transaction(() => catchUpSearchIndex(db)).immediate();
  process.stderr.write(`bench: indexed ${count.toLocaleString('en')} notes for search in ${((performance.now() - indexing) / 1000).toFixed(1)} s\n`);
  db.close();
}

interface Template {
  dir: string;
  file: string;
  buildMs: number;
}

let template: Promise<Template> | undefined;

function buildTemplate(): Promise<Template> {
  template ??= (async () => {
    const started = performance.now();
    // For iterating on a benchmark: keep the built database in this folder and reuse it next time.
    const cache = process.env.CONVENE_BENCH_CACHE;
    if (cache && fs.existsSync(path.join(cache, 'complete'))) {
      return { dir: cache, file: dataPaths(cache).databaseFile, buildMs: 0 };
    }
    const dir = cache ? path.resolve(cache) : fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-100k-'));
    if (cache) fs.rmSync(dir, { recursive: true, force: true });
    else process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    // The real open: creates the file, sets WAL and migrates, so the schema is the product's.
    openRuntime({ dataDir: dir }).close({ backup: false });
    const { databaseFile } = dataPaths(dir);
    fill(databaseFile);
    if (cache) fs.writeFileSync(path.join(dir, 'complete'), `${NOTES}\n`);
    const buildMs = performance.now() - started;
    process.stderr.write(`bench: built the ${NOTES.toLocaleString('en')}-note database in ${(buildMs / 1000).toFixed(1)} s\n`);
    return { dir, file: databaseFile, buildMs };
  })();
  return template;
}

export interface NotesFolder {
  dataDir: string;
  /** Size of the database file, in bytes. */
  bytes: number;
  /** Removes the folder. */
  remove(): void;
}

/** A fresh data folder holding a copy of the 100,000-note database (built on first use). */
export async function notesFolder(prefix: string): Promise<NotesFolder> {
  const built = await buildTemplate();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `convene-bench-${prefix}-`));
  const { databaseFile } = dataPaths(dataDir);
  // Closed cleanly, so the WAL was checkpointed into the file; copy a leftover WAL all the same.
  fs.copyFileSync(built.file, databaseFile);
  if (fs.existsSync(`${built.file}-wal`)) fs.copyFileSync(`${built.file}-wal`, `${databaseFile}-wal`);
  return {
    dataDir,
    bytes: fs.statSync(databaseFile).size,
    remove: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
