import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { TABLE_NAMES } from '../../main/bundle/tables.js';

/**
 * Amplification bundles (issue 2/7, item 1), built from a real export's manifest so everything but
 * the data is what Convene writes. Used by test/unit/bundle-bomb.test.ts and bench/bundle-bomb.bench.ts;
 * no vitest here, so the bench can import it.
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
export function sealed(genuine: Uint8Array, data: Uint8Array, change: (manifest: Record<string, unknown>) => void): Uint8Array {
  const manifest = JSON.parse(Buffer.from(unzipSync(genuine)['manifest.json']!).toString('utf8')) as Record<string, unknown>;
  change(manifest);
  manifest.sha256 = createHash('sha256').update(data).digest('hex');
  return zipSync({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'data.json': data }, { level: 9 });
}

/** The 8 MiB of `{},` in a file of a few KB, sealed so the checksum matches. */
export function bombBundle(genuine: Uint8Array, { rows = rowsThatFit(), counts = 'original' }: BombOptions = {}): Uint8Array {
  const data = emptyRowsData(rows);
  const honest = Object.fromEntries(TABLE_NAMES.map((t) => [t, t === 'note' ? rows : 0]));
  return sealed(genuine, data, (manifest) => {
    if (counts !== 'original') manifest.counts = counts === 'honest' ? honest : { ...honest, ...counts };
  });
}
