import { unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import type { BundleImportResult, ExportedFile } from '../../shared/minutes.js';
import type { AppErrorPayload, Result } from '../../shared/contract/result.js';
import { TABLE_NAMES, type Row, type TableName } from '../../main/core/tables.js';
import { sealed } from '../helpers/bundle-bomb.js';

export { declareSize } from '../helpers/bundle-bomb.js';
import { ok, snapshot, type TestRuntime } from '../helpers/runtime.js';

/** A `.convene` file's bytes, exported through the channel as the UI would. */
export function exportBytes(rt: TestRuntime, scope: { sessionId: string } | { programmeId: string }): Uint8Array {
  const file = ok(rt.core.call('bundle.export', scope)) as ExportedFile;
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}

export function importBytes(rt: TestRuntime, bytes: Uint8Array, author?: string): Result<BundleImportResult> {
  const input = { base64: Buffer.from(bytes).toString('base64'), ...(author ? { author } : {}) };
  return rt.core.call('bundle.import', input) as Result<BundleImportResult>;
}

export function imported(rt: TestRuntime, bytes: Uint8Array, author?: string): BundleImportResult {
  return ok(importBytes(rt, bytes, author));
}

/** Every stored row (snapshot() leaves out the search index, whose blobs depend on insert order). */
export function rows(rt: TestRuntime): Record<string, string[]> {
  return snapshot(rt.core.db);
}

export type Entries = Record<string, Uint8Array>;

/** Unzips a bundle, lets `change` edit its entries, zips it again. */
export function rezip(bytes: Uint8Array, change: (entries: Entries) => Entries | void): Uint8Array {
  const entries = unzipSync(bytes);
  return zipSync(change(entries) ?? entries);
}

export const json = (bytes: Uint8Array): Record<string, unknown> => JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
export const encode = (value: unknown): Uint8Array => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));

/** The rows of a bundle's data.json, by table. */
export const dataOf = (bytes: Uint8Array) => json(unzipSync(bytes)['data.json']!) as Record<TableName, Row[]>;

/**
 * A hand-made bundle, as an attacker would write one: exactly these rows (other tables empty), the
 * manifest of `genuine` (a real export) naming `scope`, counts and checksum that match.
 */
export function crafted(genuine: Uint8Array, rows: Partial<Record<TableName, Row[]>>, scope: { kind: 'session' | 'programme'; id: string }): Uint8Array {
  const data = Object.fromEntries(TABLE_NAMES.map((table) => [table, rows[table] ?? []])) as Record<TableName, Row[]>;
  return sealed(genuine, encode(data), (manifest) => {
    manifest.scope = scope;
    manifest.counts = Object.fromEntries(TABLE_NAMES.map((table) => [table, data[table].length]));
  });
}

/** Asserts the import was refused with this reason and that no row changed; returns the refusal. */
export function expectRefused(rt: TestRuntime, bytes: Uint8Array, reason: string | readonly string[]): AppErrorPayload {
  const before = snapshot(rt.core.db);
  const result = importBytes(rt, bytes);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('imported');
  expect(result.error.code).toBe('invalid_state');
  const reasons = typeof reason === 'string' ? [reason] : reason;
  expect(reasons, JSON.stringify(result.error)).toContain(result.error.params?.reason);
  expect(snapshot(rt.core.db)).toEqual(before);
  return result.error;
}
