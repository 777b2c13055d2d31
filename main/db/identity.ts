import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * SQLite's `application_id` (a 32-bit field of the file header) for Convene's files: 'CNVN' in
 * ASCII. The one place it is defined. Set on every new database and on an existing Convene
 * database the first time this version opens it; a file with another id is someone else's and is
 * never migrated.
 */
export const CONVENE_APPLICATION_ID = 0x434e564e;

/**
 * Tables every Convene database has had since migration 1. A file written before Convene set its
 * application_id (id 0) is recognised as Convene's by these together with a user_version above 0.
 */
const CONVENE_TABLES = ['programme', 'stage', 'session', 'unit', 'person', 'setting'] as const;

export type FileIdentity =
  /** No tables and user_version 0: a new file, or one truncated to 0 bytes or blanked. */
  | { kind: 'empty' }
  /** Convene's: stamped with its application_id, or a legacy file recognised by its tables. */
  | { kind: 'convene'; version: number; stamped: boolean }
  /** Any other SQLite file. */
  | { kind: 'foreign'; applicationId: number; version: number };

/** What an open connection's main database is. Throws what SQLite throws for a file that is not a database. */
export function identify(db: BetterSqlite3.Database): FileIdentity {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const ours = applicationId === CONVENE_APPLICATION_ID;
  if (tables.size === 0 && version === 0 && (ours || applicationId === 0)) return { kind: 'empty' };
  if (ours) return { kind: 'convene', version, stamped: true };
  if (applicationId === 0 && CONVENE_TABLES.every((name) => tables.has(name))) return { kind: 'convene', version, stamped: false };
  return { kind: 'foreign', applicationId, version };
}

/** The id as people and logs read it: hex, and its four characters when they are printable. */
export function describeApplicationId(id: number): string {
  const hex = `0x${(id >>> 0).toString(16).padStart(8, '0')}`;
  const bytes = [24, 16, 8, 0].map((shift) => (id >>> shift) & 0xff);
  return bytes.every((b) => b >= 0x20 && b < 0x7f) ? `${hex} ('${String.fromCharCode(...bytes)}')` : hex;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A cheap look at a backup file's first 100 bytes, for listing: not empty, a SQLite header,
 * Convene's application_id (or a legacy Convene backup: id 0 with a schema version), and not shorter
 * than the size its header declares (a copy cut off by a kill or a full disk). It does not read the
 * pages: restoring runs the full check.
 */
export function looksLikeConveneFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    if (size < 100) return false;
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) !== 100) return false;
    if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) return false;
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    // The in-header size is valid when "version-valid-for" equals the change counter (SQLite file format, 1.3.7).
    if (header.readUInt32BE(92) === header.readUInt32BE(24) && pageCount > 0 && size < pageCount * pageSize) return false;
    const version = header.readInt32BE(60);
    const applicationId = header.readUInt32BE(68);
    return version > 0 && (applicationId === CONVENE_APPLICATION_ID || applicationId === 0);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Tables that hold nothing a user made: settings, the derived search index, SQLite's own. */
function isDerivedTable(name: string): boolean {
  return name === 'setting' || name.startsWith('search_') || name.startsWith('sqlite_');
}

/**
 * Whether the database holds anything a user made (a programme, a unit, a person, a template…).
 * A database without any is not worth a backup slot among the kept ones.
 */
export function holdsUserData(db: BetterSqlite3.Database): boolean {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  return tables.filter((name) => !isDerivedTable(name)).some((name) => db.prepare(`SELECT EXISTS (SELECT 1 FROM "${name}")`).pluck().get() === 1);
}
