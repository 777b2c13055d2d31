import { createHash } from 'node:crypto';
import { unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { FORMAT, FORMAT_VERSION } from '../../main/bundle/format.js';
import { TABLE_NAMES } from '../../main/core/tables.js';
import { LATEST_VERSION } from '../../main/db/migrations/index.js';

/**
 * Amplification bundles (issue 2/7, item 1), built on a real export's manifest (or one written as
 * Convene writes it) so everything but the data is what Convene writes. Used by the unit tests, the
 * end-to-end import test and bench/bundle-bomb.bench.ts; no vitest here, so the bench can import it.
 */

/** Just under the size above which the compression ratio is held (main/bundle/format.ts, ratioFrom). */
export const BOMB_DATA_BYTES = 8 * 1024 * 1024 - 64;

export interface BombOptions {
  /** How many `{}` rows (as `{},{},…` in data.json's note table). Default: as many as fit in BOMB_DATA_BYTES. */
  rows?: number;
  /**
   * What the manifest declares: 'honest' (the real number of rows), 'original' (the exported
   * session's counts, so they do not match), or counts of one's own.
   */
  counts?: 'honest' | 'original' | Record<string, number>;
}

/** data.json as bytes: every table empty but `note`, which holds `rows` empty objects. Never a JS string of that size. */
export function emptyRowsData(rows: number): Uint8Array {
  const head = Buffer.from(`{${TABLE_NAMES.filter((t) => t !== 'note').map((t) => `"${t}":[]`).join(',')},"note":[`);
  const tail = Buffer.from(']}');
  const body = rows === 0 ? 0 : rows * 3 - 1;
  const out = new Uint8Array(head.length + body + tail.length);
  out.set(head, 0);
  for (let i = 0; i < body; i += 3) {
    out[head.length + i] = 0x7b; // {
    out[head.length + i + 1] = 0x7d; // }
    if (i + 2 < body) out[head.length + i + 2] = 0x2c; // ,
  }
  out.set(tail, head.length + body);
  return out;
}

/** The most `{}` rows that fit in `bytes` of data.json. */
export function rowsThatFit(bytes = BOMB_DATA_BYTES): number {
  return Math.floor((bytes - emptyRowsData(0).length + 1) / 3);
}

/**
 * A bundle of `data` whose manifest is `genuine`'s (a real export's) changed by `change`, then sealed:
 * its checksum is data's, so the file arrives as written and what is refused is what it says.
 */
export function sealed(genuine: Uint8Array | null, data: Uint8Array, change: (manifest: Record<string, unknown>) => void): Uint8Array {
  const manifest = manifestOf(genuine);
  change(manifest);
  manifest.sha256 = createHash('sha256').update(data).digest('hex');
  return zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'data.json': data }, { level: 9 });
}

/** `genuine`'s manifest, or without one (a folder with nothing to export) a manifest as Convene writes it. */
function manifestOf(genuine: Uint8Array | null): Record<string, unknown> {
  if (genuine) return JSON.parse(Buffer.from(unzipSync(genuine)['manifest.json']!).toString('utf8')) as Record<string, unknown>;
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: LATEST_VERSION,
    exportedAt: '2026-12-06T00:00:00.000Z',
    scope: { kind: 'programme', id: 'hand-made' },
    appVersion: '0.1.0',
    counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, t === 'programme' ? 1 : 0])),
    sha256: '',
  };
}

/**
 * A bundle whose data.json inflates to `realBytes` of zeros while the zip declares `declaredBytes`
 * (a lying header): streamed, so the test never holds `realBytes`.
 */
export function lyingSizeBundle(genuine: Uint8Array | null, realBytes: number, declaredBytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const data = new ZipDeflate('data.json', { level: 1 });
  zip.add(data);
  const zeros = new Uint8Array(1024 * 1024);
  const hash = createHash('sha256');
  for (let left = realBytes; left > 0; left -= zeros.length) {
    const part = left >= zeros.length ? zeros : zeros.subarray(0, left);
    hash.update(part);
    data.push(part);
  }
  data.push(new Uint8Array(0), true);
  const manifest = manifestOf(genuine);
  manifest.sha256 = hash.digest('hex');
  const manifestEntry = new ZipPassThrough('manifest.json');
  zip.add(manifestEntry);
  manifestEntry.push(Buffer.from(JSON.stringify(manifest)), true);
  zip.end();
  return declareSize(Buffer.concat(parts), 'data.json', declaredBytes);
}

/** Rewrites the uncompressed size the zip declares for `name`, in its local and its central header. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const nameBytes = Buffer.from(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const [nameAt, sizeAt] = signature === 0x04034b50 ? [30, 22] : signature === 0x02014b50 ? [46, 24] : [0, 0];
    if (!nameAt) continue;
    if (Buffer.from(out.subarray(i + nameAt, i + nameAt + nameBytes.length)).equals(nameBytes)) view.setUint32(i + sizeAt, size, true);
  }
  return out;
}

/** The 8 MiB of `{},` in a file of a few KB, sealed so the checksum matches. */
export function bombBundle(genuine: Uint8Array | null, { rows = rowsThatFit(), counts = 'original' }: BombOptions = {}): Uint8Array {
  const data = emptyRowsData(rows);
  const honest = Object.fromEntries(TABLE_NAMES.map((t) => [t, t === 'note' ? rows : 0]));
  return sealed(genuine, data, (manifest) => {
    if (counts !== 'original') manifest.counts = counts === 'honest' ? honest : { ...honest, ...counts };
  });
}

/** data.json whose note table holds one row nested `depth` arrays deep (`[[[…]]]`): 8 MiB of brackets by default. */
export function nestedData(depth = (BOMB_DATA_BYTES - emptyRowsData(0).length) >> 1): Uint8Array {
  const empty = emptyRowsData(0);
  const head = empty.subarray(0, empty.length - 2);
  const out = new Uint8Array(empty.length + 2 * depth);
  out.set(head, 0);
  out.fill(0x5b, head.length, head.length + depth);
  out.fill(0x5d, head.length + depth, head.length + 2 * depth);
  out.set(empty.subarray(empty.length - 2), head.length + 2 * depth);
  return out;
}
