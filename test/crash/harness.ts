import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';

/**
 * Crash safety, after SQLite's own crash tests: a child (writer.ts) writes through the real core and
 * is killed with SIGKILL at random moments; after each kill the database must pass integrity_check
 * (every row of its answer read) and hold every write the child had acknowledged, and nothing
 * half-written. Used by test/unit/crash.test.ts (50 cycles in CI) and bench/crash.bench.ts (more).
 */
const root = path.resolve(import.meta.dirname, '../..');
// Inside node_modules/.cache so the bundle's `import 'better-sqlite3'` resolves like the app's own.
const bundleDir = path.join(root, 'node_modules', '.cache', 'convene-crash');

/**
 * The children are bundled once into plain JavaScript: starting tsx fifty times would spend the
 * time compiling TypeScript instead of crashing databases.
 */
export async function bundleChildren(): Promise<void> {
  await build({
    entryPoints: ['writer.ts', 'migrator.ts', 'quitter.ts'].map((name) => path.join(root, 'test/crash', name)),
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

export type ChildScript = 'writer.ts' | 'migrator.ts' | 'quitter.ts';

export function child(script: ChildScript, args: string[]) {
  return spawn(process.execPath, [childPath(script), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The bundled child, for a caller that starts it its own way (under a shell's `ulimit`). */
export function childPath(script: ChildScript): string {
  return path.join(bundleDir, script.replace(/\.ts$/, '.mjs'));
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

/** Every row of integrity_check's answer: ['ok'] when the file is sound. */
export function integrity(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('PRAGMA integrity_check').raw().all() as [string][]).map((r) => r[0]);
  } finally {
    db.close();
  }
}

export interface CrashTally {
  cycles: number;
  notes: number;
  actions: number;
  edits: number;
  /** Rows read back and checked, over all cycles. */
  rows: number;
  ms: number;
}

/**
 * `cycles` kills of the writer on the database in `dir` (which holds the session and programme
 * given). Throws at the first cycle that finds a damaged file, a lost acknowledged write, or an
 * action without its whole checklist, saying which.
 */
export async function crashCycles(options: { dir: string; sessionId: string; programmeId: string; cycles: number }): Promise<CrashTally> {
  const { dir, sessionId, programmeId, cycles } = options;
  const file = path.join(dir, 'convene.db');
  const acked = { note: new Set<string>(), action: new Set<string>(), edit: new Set<string>() };
  let rows = 0;
  const started = performance.now();
  const fail = (message: string): never => {
    throw new Error(message);
  };
  for (let cycle = 0; cycle < cycles; cycle++) {
    const lines = await runAndKill([dir, sessionId, programmeId, `c${cycle}`], 5 + Math.floor(Math.random() * 120));
    for (const line of lines) {
      const [kind, id] = line.split(' ') as ['note' | 'action' | 'edit', string];
      acked[kind].add(id);
    }
    const problems = integrity(file);
    if (problems.length !== 1 || problems[0] !== 'ok') fail(`cycle ${cycle}: integrity_check says ${problems.slice(0, 5).join('; ')}`);
    const db = new Database(file, { readonly: true });
    try {
      const notes = new Map((db.prepare('SELECT id, text FROM note').all() as { id: string; text: string }[]).map((r) => [r.id, r.text]));
      for (const id of acked.note) if (!notes.has(id)) fail(`cycle ${cycle}: acknowledged note ${id} is missing`);
      for (const id of acked.edit) if (notes.get(id) !== `edited ${id}`) fail(`cycle ${cycle}: acknowledged edit of ${id} is missing`);
      const actions = db
        .prepare('SELECT a.id, (SELECT count(*) FROM action_check c WHERE c.action_id = a.id) AS checks FROM action_item a')
        .all() as { id: string; checks: number }[];
      const actionIds = new Set(actions.map((a) => a.id));
      for (const id of acked.action) if (!actionIds.has(id)) fail(`cycle ${cycle}: acknowledged action ${id} is missing`);
      // An action and its checklist are written in one call: all three items or no action at all.
      for (const a of actions) if (!a.id.startsWith('sample-') && a.checks !== 3) fail(`cycle ${cycle}: action ${a.id} is half-written (${a.checks} of 3 checklist items)`);
      rows += notes.size + actions.length;
    } finally {
      db.close();
    }
  }
  return { cycles, notes: acked.note.size, actions: acked.action.size, edits: acked.edit.size, rows, ms: performance.now() - started };
}
