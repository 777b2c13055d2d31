import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../main/db/migrations/index.js';
import { openRuntime } from '../../main/core/runtime.js';
import { ok, tempDir } from '../helpers/runtime.js';

/**
 * Crash safety, after SQLite's own crash tests: a child writes through the real core and is killed
 * with SIGKILL at random moments; after each kill the database must pass integrity_check (every row
 * of its answer read) and hold every write the child had acknowledged, and nothing half-written.
 */
const CYCLES = Number(process.env.CONVENE_CRASH_CYCLES ?? 50);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * The children are bundled once into plain JavaScript: starting tsx fifty times would spend the
 * test's time compiling TypeScript instead of crashing databases.
 */
let bundleDir = '';
async function bundleChildren() {
  // Inside node_modules/.cache so the bundle's `import 'better-sqlite3'` resolves like the app's own.
  bundleDir = path.join(root, 'node_modules', '.cache', 'convene-crash');
  await build({
    entryPoints: [path.join(root, 'test/crash/writer.ts'), path.join(root, 'test/crash/migrator.ts')],
    outdir: bundleDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Resolved from node_modules at run time (the bundle sits inside it): native, or large and not needed to write.
    external: ['better-sqlite3', 'docx', 'exceljs', 'fflate'],
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
    // better-sqlite3 is CommonJS; an ESM bundle needs a require to load it.
    banner: { js: "import { createRequire as __conveneCreateRequire } from 'node:module'; const require = __conveneCreateRequire(import.meta.url);" },
  });
}

function child(script: string, args: string[]) {
  return spawn(process.execPath, [path.join(bundleDir, script.replace(/\.ts$/, '.mjs')), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the writer until it is ready, lets it write for `ms`, kills it, and returns the acknowledged lines. */
function runAndKill(args: string[], ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = child('writer.ts', args);
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('READY\n')) timer = setTimeout(() => proc.kill('SIGKILL'), ms);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself: ${err}`));
      // Only complete lines count: a line cut by the kill was not acknowledged.
      resolve(out.split('\n').slice(0, -1).filter((line) => line !== 'READY'));
    });
  });
}

function integrity(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('PRAGMA integrity_check').raw().all() as [string][]).map((r) => r[0]);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  let dir: string;
  let sessionId: string;
  let programmeId: string;

  beforeAll(async () => {
    await bundleChildren();
    dir = tempDir('convene-crash-');
    const rt = openRuntime({ dataDir: dir });
    ok(rt.core.call('sample.load', { locale: 'zh-CN' }));
    sessionId = 'sample-zh-1-session-leadership_seminar';
    programmeId = 'sample-zh-1';
    rt.close({ backup: false });
  });
  afterAll(() => {
    // Left for inspection when a cycle failed; the OS cleans temp folders.
  });

  it(`loses no acknowledged write and leaves nothing half-written across ${CYCLES} SIGKILLs`, async () => {
    const acked = { note: new Set<string>(), action: new Set<string>(), edit: new Set<string>() };
    let checkedRows = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const lines = await runAndKill([dir, sessionId, programmeId, `c${cycle}`], 5 + Math.floor(Math.random() * 120));
      for (const line of lines) {
        const [kind, id] = line.split(' ') as ['note' | 'action' | 'edit', string];
        acked[kind].add(id);
      }
      const problems = integrity(path.join(dir, 'convene.db'));
      expect(problems, `cycle ${cycle}`).toEqual(['ok']);
      const db = new Database(path.join(dir, 'convene.db'), { readonly: true });
      try {
        const notes = new Map((db.prepare('SELECT id, text FROM note').all() as { id: string; text: string }[]).map((r) => [r.id, r.text]));
        for (const id of acked.note) expect(notes.has(id), `acknowledged note ${id} after cycle ${cycle}`).toBe(true);
        for (const id of acked.edit) expect(notes.get(id), `acknowledged edit of ${id}`).toBe(`edited ${id}`);
        const actions = db
          .prepare('SELECT a.id, (SELECT count(*) FROM action_check c WHERE c.action_id = a.id) AS checks FROM action_item a')
          .all() as { id: string; checks: number }[];
        for (const id of acked.action) expect(actions.some((a) => a.id === id), `acknowledged action ${id}`).toBe(true);
        // An action and its checklist are written in one call: all three items or no action at all.
        for (const a of actions) if (!a.id.startsWith('sample-')) expect(a.checks, `half-written action ${a.id}`).toBe(3);
        checkedRows += notes.size + actions.length;
      } finally {
        db.close();
      }
    }
    const total = acked.note.size + acked.action.size + acked.edit.size;
    console.log(`crash safety: ${CYCLES} SIGKILL cycles, ${total} acknowledged writes checked (${acked.note.size} notes, ${acked.action.size} actions, ${acked.edit.size} edits), ${checkedRows} rows read back`);
    expect(acked.note.size).toBeGreaterThan(0);
  }, 600_000);

  it('a kill during a migration leaves the database at its old version and intact', async () => {
    const mdir = tempDir('convene-crash-migrate-');
    const file = path.join(mdir, 'convene.db');
    const rt = openRuntime({ dataDir: mdir });
    ok(rt.core.call('programme.create', { title: '迁移前的数据' }));
    rt.close({ backup: false });
    await new Promise<void>((resolve, reject) => {
      const proc = child('migrator.ts', [file, path.join(mdir, 'backups')]);
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        // The backup is taken first; give the slow step time to be well under way, then kill.
        if (out.includes('MIGRATING')) setTimeout(() => proc.kill('SIGKILL'), 1500);
      });
      proc.on('exit', (_code, signal) => (signal === 'SIGKILL' && !out.includes('DONE') ? resolve() : reject(new Error(`migration was not interrupted: ${out}`))));
    });
    expect(integrity(file)).toEqual(['ok']);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'slow_step'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT title FROM programme').pluck().all()).toEqual(['迁移前的数据']);
    db.close();
  }, 60_000);
});
