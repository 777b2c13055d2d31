import { createHash } from 'node:crypto';
import { fieldIssue } from '../../shared/contract/issues.js';
import { unpack } from './archive.js';
import { scanData, type RowSpans } from './data-scan.js';
import { LIMITS } from './format.js';
import { readManifest, type Manifest } from './manifest.js';
import { refuse, RowIssues } from './refusal.js';
import { checkScope } from './scope-check.js';
import { TABLES, TABLE_NAMES, type Row } from '../core/tables.js';
import type { BundleData } from './bundle-data.js';

export type { BundleData };

export interface Bundle {
  manifest: Manifest;
  data: BundleData;
  /** Attached files' bytes carried in the bundle, by sha256, each checked against its name. */
  files: Map<string, Uint8Array>;
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
 * checksum, one pass over data.json's bytes (rows as declared, flat), and only then each row,
 * parsed and checked on its own, stopping at the first few wrong rows. What is returned is safe to
 * write.
 */
export function readBundle(bytes: Uint8Array, supportedSchema: number): Bundle {
  const archive = unpack(bytes);
  const manifest = readManifest(decode(archive.manifest), supportedSchema);
  const declaredRows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0);
  if (declaredRows > LIMITS.totalRows) throw refuse('bundle_too_many_rows', { limit: LIMITS.totalRows });
  const dataBytes = archive.data();
  if (createHash('sha256').update(dataBytes).digest('hex') !== manifest.sha256) throw refuse('bundle_damaged');
  const data = readRows(dataBytes, scanData(dataBytes, manifest.counts));
  checkScope(manifest, data);
  return { manifest, data, files: readFiles(archive, data) };
}

/**
 * The attached files' bytes: each entry named by a file row's sha256 (an entry no row names was not
 * written by Convene) and holding exactly the bytes of that hash (else the bundle is damaged). A row
 * whose bytes are not here must find them on this laptop: import.ts checks that.
 */
function readFiles(archive: ReturnType<typeof unpack>, data: BundleData): Map<string, Uint8Array> {
  const named = new Set(data.action_file.map((row) => row.sha256 as string));
  const files = new Map<string, Uint8Array>();
  for (const sha256 of archive.attachments) {
    if (!named.has(sha256)) throw refuse('bundle_not_convene');
    const bytes = archive.attachment(sha256);
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw refuse('bundle_damaged');
    files.set(sha256, bytes);
  }
  return files;
}

/**
 * Every table present, each an array of rows of exactly its shape, read and checked row by row from
 * where the scan found them, stopping at the first few wrong rows: nothing is built for the rows
 * after them (one schema over the whole parsed file would first build every row, then collect an
 * issue for every field of every row: millions, for a file of a few KB). Defaults are applied.
 */
function readRows(bytes: Uint8Array, spans: RowSpans): BundleData {
  const issues = new RowIssues();
  if ([...spans.keys()].some((name) => !(TABLE_NAMES as readonly string[]).includes(name))) issues.add('', 'unrecognized_keys');
  const data = {} as BundleData;
  for (const spec of TABLES) {
    const span = spans.get(spec.name);
    if (!span) {
      issues.add(spec.name, 'invalid_type');
      continue;
    }
    const rows: Row[] = (data[spec.name] = []);
    for (let index = 0; 2 * index < span.length && !issues.full; index++) {
      const text = decode(bytes.subarray(span[2 * index], span[2 * index + 1]));
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        // The checksum matched, so the file arrived as written: it was written wrong.
        issues.add(`${spec.name}.${index}`, 'invalid_format');
        continue;
      }
      const parsed = spec.row.safeParse(raw);
      if (parsed.success) rows.push(parsed.data);
      else for (const issue of parsed.error.issues) {
        const { path, code, limit } = fieldIssue(issue);
        issues.add(path ? `${spec.name}.${index}.${path}` : `${spec.name}.${index}`, code, limit);
      }
    }
  }
  issues.refuseIfAny();
  return data;
}
