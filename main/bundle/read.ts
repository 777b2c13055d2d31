import { createHash } from 'node:crypto';
import { fieldIssue } from '../../shared/contract/issues.js';
import { unpack } from './archive.js';
import { scanData } from './data-scan.js';
import { LIMITS } from './format.js';
import { prefixed, readManifest, type Manifest } from './manifest.js';
import { refuse, RowIssues } from './refusal.js';
import { checkScope } from './scope-check.js';
import { TABLES, TABLE_NAMES, type Row, type TableName } from './tables.js';

export type BundleData = Record<TableName, Row[]>;

export interface Bundle {
  manifest: Manifest;
  data: BundleData;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw refuse('bundle_damaged');
  }
}

/**
 * Everything that can be decided from the file alone, before the database is touched, cheapest
 * first, so that what a hostile file can make us build is bounded before we build it (issue 2/7,
 * item 1): the zip's directory (sizes), the manifest and the rows it declares (capped), the
 * checksum, one pass over data.json's bytes (rows as declared, shape shallow), and only then
 * JSON.parse and each row's shape, stopping at the first few wrong rows. What is returned is safe
 * to write.
 */
export function readBundle(bytes: Uint8Array, supportedSchema: number): Bundle {
  const archive = unpack(bytes);
  const manifest = readManifest(decode(archive.manifest), supportedSchema);
  const declaredRows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0);
  if (declaredRows > LIMITS.totalRows) throw refuse('bundle_too_many_rows', { limit: LIMITS.totalRows });
  const dataBytes = archive.data();
  if (createHash('sha256').update(dataBytes).digest('hex') !== manifest.sha256) throw refuse('bundle_damaged');
  scanData(dataBytes, manifest.counts);
  let raw: unknown;
  try {
    raw = JSON.parse(decode(dataBytes));
  } catch {
    // The checksum matched, so the file arrived as written: it was written wrong.
    throw refuse('bundle_invalid');
  }
  const data = validateRows(raw);
  // The scan counted rows as written; JSON.parse keeps only the last of a table named twice.
  const wrongCounts = TABLE_NAMES.filter((name) => data[name].length !== manifest.counts[name]);
  if (wrongCounts.length > 0) throw refuse('bundle_invalid', {}, prefixed('manifest.counts', wrongCounts.map((path) => ({ path, code: 'count_mismatch' }))));
  checkScope(manifest, data);
  return { manifest, data };
}

/**
 * Every table present, each an array of rows of exactly its shape, checked row by row so that the
 * check stops at the first few wrong rows (one schema over the whole file would collect an issue
 * for every field of every row first: millions, for a file of a few KB). Defaults are applied.
 */
function validateRows(raw: unknown): BundleData {
  const issues = new RowIssues();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.add('', 'invalid_type');
    issues.refuseIfAny();
  }
  const tables = raw as Record<string, unknown>;
  if (Object.keys(tables).some((name) => !(TABLE_NAMES as readonly string[]).includes(name))) issues.add('', 'unrecognized_keys');
  const data = {} as BundleData;
  for (const spec of TABLES) {
    const rows = Object.hasOwn(tables, spec.name) ? tables[spec.name] : undefined;
    if (!Array.isArray(rows)) {
      issues.add(spec.name, 'invalid_type');
      continue;
    }
    data[spec.name] = [];
    for (let index = 0; index < rows.length && !issues.full; index++) {
      const parsed = spec.row.safeParse(rows[index]);
      if (parsed.success) data[spec.name].push(parsed.data);
      else for (const issue of parsed.error.issues) {
        const { path, code, limit } = fieldIssue(issue);
        issues.add(path ? `${spec.name}.${index}.${path}` : `${spec.name}.${index}`, code, limit);
      }
    }
  }
  issues.refuseIfAny();
  return data;
}
