/**
 * `node --import tsx bench/support/directory-import-child.ts FILE DATA_DIR`: imports one directory
 * file as `convene directory import FILE --create-units` does (read the file, judge the rows, one
 * `directory.import` call), then prints one JSON line: how it ended, the time to read the file into
 * rows, the time of the import call, and this process's resident memory before and at its peak
 * (/proc/self/status VmHWM). Run as a child so that peak is the import's and nobody else's.
 */
import fs from 'node:fs';
import { openRuntime } from '../../main/service/runtime.js';
import { readXlsxRows } from '../../main/export/directory-files.js';
import { AppError } from '../../shared/contract/result.js';
import { readDelimited, type ImportResult } from '../../shared/directory-import.js';
import { memoryOf } from './host.js';

const [file, dataDir] = process.argv.slice(2);
if (!file || !dataDir) throw new Error('usage: directory-import-child.ts FILE DATA_DIR');
const runtime = openRuntime({ dataDir });
const before = memoryOf(process.pid);
const report = (fields: Record<string, unknown>) => {
  const after = memoryOf(process.pid);
  runtime.close({ backup: false });
  process.stdout.write(`${JSON.stringify({ ...fields, rssBeforeMiB: before?.rssMiB, peakMiB: after?.peakMiB })}\n`);
};

const started = performance.now();
let rows: string[][];
try {
  if (file.endsWith('.xlsx')) rows = await readXlsxRows(fs.readFileSync(file));
  else {
    const read = readDelimited(fs.readFileSync(file, 'utf8'));
    if (!read.ok) throw new AppError('validation', undefined, [{ path: 'rows', code: read.problem }]);
    rows = read.rows;
  }
} catch (error) {
  report({ ok: false, reason: error instanceof AppError ? error.issues?.[0]?.code : String(error), readMs: performance.now() - started });
  process.exit(0);
}
const readMs = performance.now() - started;
const t0 = performance.now();
const result = runtime.core.call('directory.import', { rows, createUnits: true });
const importMs = performance.now() - t0;
report({
  ok: result.ok,
  reason: result.ok ? null : (result.error.issues?.[0]?.code ?? result.error.code),
  counts: result.ok ? (result.value as ImportResult).counts : null,
  readMs,
  importMs,
});
