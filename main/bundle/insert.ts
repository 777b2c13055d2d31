import type BetterSqlite3 from 'better-sqlite3';
import type { Row, TableSpec } from '../core/tables.js';

export interface Tally {
  written: number;
  skipped: number;
}

/**
 * Writes rows of one table in a single `INSERT … SELECT … FROM json_each(?) ON CONFLICT DO NOTHING`.
 * - ON CONFLICT DO NOTHING: a row already here (same key) is left exactly as it is, which is what
 *   makes importing the same bundle twice change nothing; `changes` counts only rows written (not
 *   what triggers write), the rest were skipped.
 * - One statement rather than one per row: 10,000 notes are one statement compiled and run once,
 *   not 10,000 round trips through the driver. (The triggers only mark the rows stale for search; the
 *   index catches up afterwards, see main/core/search-index.ts.)
 * `where` may filter on `v.value ->> '$.column'`.
 */
export function insertRows(db: BetterSqlite3.Database, spec: TableSpec, rows: readonly Row[], where = 'true'): Tally {
  if (rows.length === 0) return { written: 0, skipped: 0 };
  const columns = Object.keys(spec.row.shape);
  const written = db
    .prepare(
      `INSERT INTO ${spec.name} (${columns.join(', ')})
       SELECT ${columns.map((c) => `v.value ->> '$.${c}'`).join(', ')} FROM json_each(?) AS v WHERE ${where}
       ON CONFLICT DO NOTHING`,
    )
    .run(JSON.stringify(rows)).changes;
  return { written, skipped: rows.length - written };
}
