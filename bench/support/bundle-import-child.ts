/**
 * `node --import tsx bench/support/bundle-import-child.ts FILE DATA_DIR`: imports one bundle through
 * the core's `bundle.import` channel (what the command line, the HTTP host and a double-clicked
 * file all call) into DATA_DIR, then prints one JSON line: how it ended, the time the call took,
 * and this process's resident memory before the call and at its peak (/proc/self/status VmHWM, the
 * kernel's own high-water mark). Run as a child so that peak is the import's and nobody else's.
 */
import fs from 'node:fs';
import { openRuntime } from '../../main/service/runtime.js';
import { memoryOf } from './host.js';

const [file, dataDir] = process.argv.slice(2);
if (!file || !dataDir) throw new Error('usage: bundle-import-child.ts FILE DATA_DIR');
const runtime = openRuntime({ dataDir });
const base64 = fs.readFileSync(file).toString('base64');
const before = memoryOf(process.pid);
const started = performance.now();
const result = runtime.core.call('bundle.import', { base64 });
const ms = performance.now() - started;
const after = memoryOf(process.pid);
runtime.close({ backup: false });
process.stdout.write(
  `${JSON.stringify({ ok: result.ok, reason: result.ok ? null : (result.error.params?.reason ?? result.error.code), ms, rssBeforeMiB: before?.rssMiB, peakMiB: after?.peakMiB })}\n`,
);
