import { createHash } from 'node:crypto';
import { z } from 'zod';
import { toFieldIssues } from '../core/core.js';
import { unpack } from './archive.js';
import { prefixed, readManifest, type Manifest } from './manifest.js';
import { refuse } from './refusal.js';
import { checkScope } from './scope-check.js';
import { TABLES, TABLE_NAMES, type Row, type TableName } from './tables.js';

export type BundleData = Record<TableName, Row[]>;

export interface Bundle {
  manifest: Manifest;
  data: BundleData;
}

/** Every table present, each an array of rows of exactly its shape. */
const dataSchema = z.strictObject(
  Object.fromEntries(TABLES.map((spec) => [spec.name, z.array(spec.row).max(5_000_000)])) as unknown as Record<TableName, z.ZodArray<z.ZodType<Row>>>,
);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw refuse('bundle_damaged');
  }
}

/**
 * Everything that can be decided from the file alone, before the database is touched: the zip, the
 * manifest, the checksum, and every row's shape. What is returned is safe to write.
 */
export function readBundle(bytes: Uint8Array, supportedSchema: number): Bundle {
  const files = unpack(bytes);
  const manifest = readManifest(decode(files.manifest), supportedSchema);
  if (createHash('sha256').update(files.data).digest('hex') !== manifest.sha256) throw refuse('bundle_damaged');
  let raw: unknown;
  try {
    raw = JSON.parse(decode(files.data));
  } catch {
    // The checksum matched, so the file arrived as written: it was written wrong.
    throw refuse('bundle_invalid');
  }
  const parsed = dataSchema.safeParse(raw);
  if (!parsed.success) throw refuse('bundle_invalid', {}, toFieldIssues(parsed.error));
  const data = parsed.data as BundleData;
  const wrongCounts = TABLE_NAMES.filter((name) => data[name].length !== manifest.counts[name]);
  if (wrongCounts.length > 0) throw refuse('bundle_invalid', {}, prefixed('manifest.counts', wrongCounts.map((path) => ({ path, code: 'count_mismatch' }))));
  checkScope(manifest, data);
  return { manifest, data };
}
