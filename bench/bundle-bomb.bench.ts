import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime } from '../main/service/runtime.js';
import type { ExportedFile } from '../shared/minutes.js';
import { bombBundle, nestedData, rowsThatFit, sealed } from '../test/helpers/bundle-bomb.js';
import { ROOT } from './support/host.js';
import { addFigure } from './table.js';

const SESSION = 'sample-zh-1-session-leadership_seminar';
const CHILD = path.join(ROOT, 'bench/support/bundle-import-child.ts');

interface Outcome {
  ok: boolean;
  reason: string | null;
  ms: number;
  rssBeforeMiB: number;
  peakMiB: number;
}

/** One import in a fresh Node process, so its peak resident memory is the import's. */
function importInChild(file: string, dataDir: string): Outcome {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, file, dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`the importing process ended with ${child.status ?? child.signal}: ${child.stderr.slice(-2000)}`);
  }
  return JSON.parse(line) as Outcome;
}

/**
 * Issue 2/7, item 1: the 8.7 KB `.convene` file whose data.json holds 8 MiB of `{},` (2.8 million
 * empty rows), imported into a folder holding the sample, each in its own child process: peak RSS of
 * that process (target < 256 MB) and the time from the call to the refusal (target < 2 s). Before
 * the fix it died of memory at 4.6 GB after ~35 s. The variants refuse at the other checks: counts
 * that declare the rows (the row cap), a million rows under the cap (parsed, validation stops at 20
 * issues), and 8 MiB of nested brackets.
 */
export default async function bench(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-bomb-'));
  try {
    const source = openRuntime({ dataDir: path.join(root, 'source') });
    let genuine: Uint8Array;
    try {
      const loaded = source.core.call('sample.load', { locale: 'zh-CN' });
      const exported = source.core.call('bundle.export', { sessionId: SESSION });
      if (!loaded.ok || !exported.ok) throw new Error('cannot export the sample session');
      genuine = new Uint8Array(Buffer.from((exported.value as ExportedFile).base64, 'base64'));
    } finally {
      source.close({ backup: false });
    }
    const dataDir = path.join(root, 'target');
    const target = openRuntime({ dataDir });
    const loaded = target.core.call('sample.load', { locale: 'en' });
    target.close({ backup: false });
    if (!loaded.ok) throw new Error('cannot load the sample');

    const cases: { label: string; bytes: Uint8Array; targets?: true }[] = [
      { label: `8 MiB of {}, (${(rowsThatFit() / 1e6).toFixed(1)}M rows), counts of the real session`, bytes: bombBundle(genuine), targets: true },
      { label: '8 MiB of {}, declaring its rows (row cap)', bytes: bombBundle(genuine, { counts: 'honest' }) },
      { label: '1M rows of {} declared, under the cap (read until 20 issues)', bytes: bombBundle(genuine, { rows: 1_000_000, counts: 'honest' }) },
      { label: '8 MiB of nested brackets', bytes: sealed(genuine, nestedData(), (m) => void (m.counts = { ...(m.counts as object), note: 1 })) },
    ];
    for (const { label, bytes, targets } of cases) {
      const file = path.join(root, 'bomb.convene');
      fs.writeFileSync(file, bytes);
      const outcome = importInChild(file, dataDir);
      if (outcome.ok) throw new Error(`${label}: imported, not refused`);
      const size = `${(bytes.length / 1024).toFixed(1)} KB file`;
      process.stderr.write(`bench: ${label}, ${size}: refused as ${outcome.reason}\n`);
      addFigure({ figure: `bundle bomb, ${label}, ${size}: peak RSS of the importing process`, unit: 'MiB', measured: outcome.peakMiB, ...(targets ? { target: 256 } : {}) });
      addFigure({ figure: `bundle bomb, ${label}: time to refusal`, unit: 'ms', measured: outcome.ms, ...(targets ? { target: 2000 } : {}) });
    }
    addFigure({ figure: 'bundle bomb: RSS of the importing process before the call (Node, tsx, the open database)', unit: 'MiB', measured: importInChild(path.join(root, 'bomb.convene'), dataDir).rssBeforeMiB });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
