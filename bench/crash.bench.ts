import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime } from '../main/service/runtime.js';
import { bundleChildren, crashCycles } from '../test/crash/harness.js';
import { addFigure } from './table.js';

/** More than CI's 50; `CONVENE_BENCH_CRASH_CYCLES` sets another number. */
const CYCLES = Number(process.env.CONVENE_BENCH_CRASH_CYCLES ?? 200);

/**
 * Issue 6/7: crash safety with more cycles than CI runs (test/crash/harness.ts, the same harness as
 * test/unit/crash.test.ts): a child saves notes, actions with a three-item checklist and note edits
 * through the real core on the sample, and is killed with SIGKILL 5–125 ms after it is ready; after
 * every kill, integrity_check and a check that every acknowledged write is there and nothing is
 * half-written. The first violation stops the benchmark with what it found, so the figures below
 * only print when every cycle passed.
 */
export default async function bench(): Promise<void> {
  await bundleChildren();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-crash-'));
  try {
    const runtime = openRuntime({ dataDir: dir });
    const loaded = runtime.core.call('sample.load', { locale: 'zh-CN' });
    runtime.close({ backup: false });
    if (!loaded.ok) throw new Error(`sample.load failed: ${JSON.stringify(loaded.error)}`);
    const tally = await crashCycles({ dir, sessionId: 'sample-zh-1-session-leadership_seminar', programmeId: 'sample-zh-1', cycles: CYCLES });
    const writes = tally.notes + tally.actions + tally.edits;
    addFigure({ figure: `crash safety: SIGKILL cycles, each followed by integrity_check (all ok)`, measured: tally.cycles, unit: 'cycles' });
    addFigure({ figure: `crash safety: acknowledged writes checked (${tally.notes} notes, ${tally.actions} actions, ${tally.edits} edits), none lost`, measured: writes, unit: 'writes' });
    addFigure({ figure: 'crash safety: rows read back over all cycles', measured: tally.rows, unit: 'rows' });
    addFigure({ figure: 'crash safety: time per cycle (start, write, kill, check)', measured: tally.ms / tally.cycles, unit: 'ms' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
