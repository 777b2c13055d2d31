import type BetterSqlite3 from 'better-sqlite3';
import { tableSpec, type NewRowOf, type TableName } from './tables.js';

/**
 * Writes one row of `table`, each column checked first by the same field shape a bundle's rows are
 * checked by (tables.ts), so what the app writes this way is what an import would accept. A column
 * left out takes its default (a new agenda item is 'pending'); the database's own checks (NOT NULL,
 * CHECK, foreign keys) still apply. Used where rows are written from data rather than typed by a
 * user: the sample workshop, and a directory import (whose rows the import has checked already). A
 * refusal here is a bug in that data, so it throws, naming the column.
 */
export function writeRow<N extends TableName>(db: BetterSqlite3.Database, table: N, row: NewRowOf<N>): void {
  const { shape } = tableSpec(table).row;
  const entries = Object.entries(row).filter(([, value]) => value !== undefined);
  const values = entries.map(([column, value]) => {
    const field = shape[column];
    if (!field) throw new Error(`${table}.${column}: no such column`);
    const checked = field.safeParse(value);
    if (!checked.success) throw new Error(`${table}.${column}: ${checked.error.issues.map((issue) => issue.message).join('; ')}`);
    return checked.data;
  });
  const columns = entries.map(([column]) => column);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...values);
}

/** The stamps of a row written now: created and last changed at `at`. */
export const stampedAt = (at: string) => ({ created_at: at, updated_at: at });
