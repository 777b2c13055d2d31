import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../main/bundle/format.js';
import { dataPaths } from '../../main/db/paths.js';
import { bombBundle, emptyRowsData, lyingSizeBundle, nestedData, rowsThatFit, sealed } from '../helpers/bundle-bomb.js';
import { ok, snapshot, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';
import { encode, expectRefused, exportBytes } from './bundle-helpers.js';

/**
 * Issue 2/7, item 1: a file of a few KB whose data.json inflates to millions of rows (or a deep
 * tree) is refused cheaply, before it is parsed: declared counts against the data, a cap on rows
 * and on inflated bytes, validation that stops at the first few wrong rows. Its memory and time
 * are figures in bench/bundle-bomb.bench.ts; here, what it is refused for, that nothing changed,
 * and (in a child process with a 256 MB heap, as the CLI runs it) that the refusal fits in it.
 */
const SESSION = 'sample-zh-1-session-leadership_seminar';
const MiB = 1024 * 1024;

let source: TestRuntime;
let target: TestRuntime;
let genuine: Uint8Array;

beforeAll(() => {
  source = testRuntime();
  ok(source.core.call('sample.load', { locale: 'zh-CN' }));
  genuine = exportBytes(source, { sessionId: SESSION });
  target = testRuntime();
  ok(target.core.call('sample.load', { locale: 'en' }));
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
});

const issuesOf = (error: { issues?: { path: string; code: string }[] | undefined }) => (error.issues ?? []).map((i) => `${i.path} ${i.code}`);

describe('an amplification bundle is refused before it is parsed, with nothing written', () => {
  it('8 MiB of `{},` in a few KB, its manifest declaring the real session’s counts: the counts do not match', () => {
    const bomb = bombBundle(genuine);
    expect(bomb.length).toBeLessThan(10_000);
    expect(rowsThatFit()).toBeGreaterThan(2_700_000);
    const error = expectRefused(target, bomb, 'bundle_invalid');
    expect(issuesOf(error)).toEqual(['manifest.counts.note count_mismatch']);
  });

  it('the same, declaring its 2.8 million rows: more than the cap on rows', () => {
    const error = expectRefused(target, bombBundle(genuine, { counts: 'honest' }), 'bundle_too_many_rows');
    expect(error.params).toMatchObject({ limit: LIMITS.totalRows });
  });

  it('many rows with wrong declared counts: too few, too many, or in a table that does not exist', () => {
    const rows = 100_000;
    expect(issuesOf(expectRefused(target, bombBundle(genuine, { rows, counts: { note: rows - 1 } }), 'bundle_invalid'))).toEqual(['manifest.counts.note count_mismatch']);
    expect(issuesOf(expectRefused(target, bombBundle(genuine, { rows, counts: { note: rows + 1 } }), 'bundle_invalid'))).toEqual(['manifest.counts.note count_mismatch']);
    const bomb = Buffer.from(emptyRowsData(rows));
    const at = bomb.indexOf('"note":[');
    const unknownTable = Buffer.concat([bomb.subarray(0, at), Buffer.from('"setting":['), bomb.subarray(at + '"note":['.length)]);
    const error = expectRefused(target, sealed(genuine, unknownTable, (m) => void (m.counts = { ...(m.counts as object), note: 0 })), 'bundle_invalid');
    expect(issuesOf(error)).toEqual(['manifest.counts.setting count_mismatch']);
  });

  it('a million empty rows, declared: read row by row, stopping at the first 20 issues', () => {
    const rows = LIMITS.totalRows;
    const error = expectRefused(target, bombBundle(genuine, { rows, counts: 'honest' }), 'bundle_invalid');
    expect(error.issues).toHaveLength(LIMITS.issues);
    expect(new Set(error.issues!.map((i) => i.path.split('.').slice(0, 2).join('.')))).toEqual(new Set(['note.0', 'note.1']));
  });

  it('deeply nested JSON: 4 million brackets, or a row’s value holding an object', () => {
    const deep = nestedData();
    expect(deep.length).toBeGreaterThan(8_000_000);
    const error = expectRefused(target, sealed(genuine, deep, (m) => void (m.counts = { ...(m.counts as object), note: 1 })), 'bundle_invalid');
    expect(issuesOf(error)).toEqual(['note.0 invalid_type']);
    const nested = JSON.parse(Buffer.from(emptyRowsData(0)).toString()) as Record<string, unknown[]>;
    nested.note = [{ id: { id: { id: 'x' } } }];
    const value = expectRefused(target, sealed(genuine, encode(nested), (m) => void (m.counts = { ...(m.counts as object), note: 1 })), 'bundle_invalid');
    expect(issuesOf(value)).toEqual(['note.0 invalid_type']);
  });

  it('a row with more members than any row has columns', () => {
    const wide = JSON.parse(Buffer.from(emptyRowsData(0)).toString()) as Record<string, unknown[]>;
    wide.note = [Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`c${i}`, 0]))];
    const error = expectRefused(target, sealed(genuine, encode(wide), (m) => void (m.counts = { ...(m.counts as object), note: 1 })), 'bundle_invalid');
    expect(issuesOf(error)).toEqual(['note.0 unrecognized_keys']);
  });

  it('a data.json that inflates past the cap while its header declares less: cut off at the declared size', () => {
    const real = LIMITS.totalBytes + MiB;
    const lying = lyingSizeBundle(genuine, real, 4 * MiB);
    expect(lying.length).toBeLessThan(real / 500);
    const before = process.memoryUsage().arrayBuffers;
    expectRefused(target, lying, 'bundle_damaged');
    // Buffers still held after the refusal (before any GC): the declared 4 MiB and the file, not 200 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MiB);
  });
});

describe('refused within a 256 MB heap, as the command line runs it', () => {
  const ROOT = fileURLToPath(new URL('../../', import.meta.url));
  let dir: string;
  beforeAll(() => {
    dir = tempDir('convene-bundle-bomb-');
    const rt = testRuntime({ dataDir: path.join(dir, 'data') });
    ok(rt.core.call('sample.load', { locale: 'en' }));
    rt.close({ backup: false });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const rowsHere = () => {
    const db = new Database(dataPaths(path.join(dir, 'data')).databaseFile, { readonly: true });
    try {
      return snapshot(db);
    } finally {
      db.close();
    }
  };

  it.each([
    ['declaring the real session’s counts', () => bombBundle(genuine), /the bundle’s contents are not valid.*manifest\.counts\.note: the count does not match the manifest/],
    ['declaring its 2.8 million rows', () => bombBundle(genuine, { counts: 'honest' }), /declares more than 1,000,000 rows/],
    ['a million empty rows, declared', () => bombBundle(genuine, { rows: LIMITS.totalRows, counts: 'honest' }), /the bundle’s contents are not valid; nothing was imported \(note\.0\.id: wrong format; /],
  ])('the 8 MiB of `{},` %s', (_label, bundle, message) => {
    const file = path.join(dir, 'bomb.convene');
    fs.writeFileSync(file, bundle());
    const before = rowsHere();
    // Before the fix this child died of memory (V8's fatal "heap out of memory", exit 134).
    const child = spawnSync(process.execPath, ['--max-old-space-size=256', path.join(ROOT, 'scripts/convene.mjs'), 'bundle', 'import', file, '--data', path.join(dir, 'data')], {
      cwd: ROOT,
      env: { ...process.env, CONVENE_FROM_SOURCE: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.status, child.stderr.slice(0, 2000)).toBe(1);
    expect(child.stderr).toMatch(message);
    expect(child.stderr).toMatch(/Nothing was changed\.\n$/);
    expect(rowsHere()).toEqual(before);
  }, 150_000);
});
