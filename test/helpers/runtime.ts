import type { AppErrorPayload } from '../../shared/contract/result.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels.js';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../main/service/runtime.js';

/** A real data folder in the OS temp dir; removed by cleanup(). */
export function tempDir(prefix = 'convene-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestRuntime extends Runtime {
  dir: string;
  cleanup(): void;
}

export function testRuntime(options: Partial<RuntimeOptions> = {}): TestRuntime {
  const dir = options.dataDir ?? tempDir();
  const runtime = openRuntime({ ...options, dataDir: dir });
  return {
    ...runtime,
    dir,
    cleanup() {
      runtime.close({ backup: false });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every row of every table, in a stable order: two snapshots are equal when nothing changed. The
 * search index (search_*) is left out: it is derived from the other tables and catches up on its own
 * a moment after a change (main/core/idle-work.ts), so it may move between two snapshots while the
 * data stays put; test/unit/search-index.test.ts checks that it matches the data.
 */
export function snapshot(db: Runtime['core']['db']): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).all();
    out[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

/** Unwraps a Result from core.call, failing the test with the error payload. */
export function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * A typed core call that unwraps its Result, failing the test with the channel and its error:
 * `const call = typedCall(() => rt)` (a getter, so a runtime made in beforeEach is the one called).
 */
export function typedCall(runtime: () => Pick<Runtime, 'core'>) {
  return <C extends ChannelName>(channel: C, input: InputOf<C>): OutputOf<C> => {
    const result = runtime().core.call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<C>;
  };
}

/**
 * A core call that must be refused: returns the error payload, failing the test when the call was
 * accepted. `const refused = refusedCall(() => rt)`.
 */
export function refusedCall(runtime: () => Pick<Runtime, 'core'>) {
  return (channel: string, input: unknown): AppErrorPayload => {
    const result = runtime().core.call(channel, input);
    if (result.ok) throw new Error(`${channel} was accepted, expected a refusal: ${JSON.stringify(result.value)}`);
    return result.error as AppErrorPayload;
  };
}

/**
 * A fresh runtime (data folder, database) for each test of the file, closed and removed after it:
 * `const rt = runtimePerTest({ now })`, then `rt()` inside a test.
 */
export function runtimePerTest(options: Partial<RuntimeOptions> | (() => Partial<RuntimeOptions>) = {}): () => TestRuntime {
  let current: TestRuntime | null = null;
  beforeEach(() => {
    current = testRuntime(typeof options === 'function' ? options() : options);
  });
  afterEach(() => {
    current?.cleanup();
    current = null;
  });
  return () => {
    if (!current) throw new Error('runtimePerTest: used outside a test');
    return current;
  };
}
