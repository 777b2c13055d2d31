import fs from 'node:fs';
import Database from 'better-sqlite3';

export interface IndexDamage {
  /** The index whose entry was changed. */
  index: string;
  /** What SQLite says afterwards: quick_check ('ok' only) and integrity_check (the problems). */
  quickCheck: string[];
  integrityCheck: string[];
}

function checks(file: string): { quickCheck: string[]; integrityCheck: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const rows = (pragma: string) => (db.prepare(`PRAGMA ${pragma}`).raw().all() as [string][]).map((row) => row[0]);
    return { quickCheck: rows('quick_check'), integrityCheck: rows('integrity_check') };
  } finally {
    db.close();
  }
}

/**
 * The bit flip that `convene check` catches and quick_check does not: one bit of one entry of an
 * index, on the index's root page (a leaf), in the last byte of the entry's key, which is the id of
 * the table row it points to. The page stays well-formed (quick_check: ok), but the index no longer
 * holds an entry for that row (integrity_check: "row N missing from index ..."). The file must be
 * closed and checkpointed (no WAL). Returns what both checks say, for the test to assert.
 */
export function flipBitInIndex(file: string): IndexDamage {
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) throw new Error(`${file} has a WAL: close it first`);
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const indexes = db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as {
    name: string;
    rootpage: number;
  }[];
  db.close();
  const bytes = fs.readFileSync(file);
  for (const { name, rootpage } of indexes) {
    const page = (rootpage - 1) * pageSize;
    const LEAF_INDEX_PAGE = 0x0a;
    if (bytes[page] !== LEAF_INDEX_PAGE || bytes.readUInt16BE(page + 3) === 0) continue;
    const cell = page + bytes.readUInt16BE(page + 8);
    const payloadLength = bytes[cell]!;
    // A one-byte length: the whole key sits in the cell, with no overflow page.
    if (payloadLength >= 0x80) continue;
    const lastKeyByte = cell + payloadLength;
    bytes[lastKeyByte]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    return { index: name, ...checks(file) };
  }
  throw new Error(`${file}: no index with an entry on a leaf root page`);
}
