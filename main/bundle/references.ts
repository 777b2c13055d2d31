import type BetterSqlite3 from 'better-sqlite3';
import type { RowIssues } from './refusal.js';
import { DIRECTORY, TABLES, type TableName } from '../core/tables.js';
import type { BundleData } from './bundle-data.js';

/**
 * Every reference a row makes (other than to its owner, checked with the scope) stays inside the
 * bundle's scope: it is to a row the bundle carries (which is, here too, in the bundle's programme:
 * scope-check.ts), or to the shared directory, a unit or person in the bundle or already here. A
 * reference to a row here that the bundle does not carry points into another programme (a new note
 * answering another programme's plan); one to nothing would fail on a foreign key half-way, or
 * point at what does not exist. Checked before anything is written.
 */
export function checkReferences(db: BetterSqlite3.Database, data: BundleData, issues: RowIssues): void {
  const inBundle = new Map<TableName, Set<unknown>>();
  const idsOf = (table: TableName) => {
    let ids = inBundle.get(table);
    if (!ids) inBundle.set(table, (ids = new Set(data[table].map((row) => row.id))));
    return ids;
  };
  const lookups = new Map<TableName, BetterSqlite3.Statement>();
  const existsHere = (table: TableName, id: string) => {
    let lookup = lookups.get(table);
    if (!lookup) lookups.set(table, (lookup = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck()));
    return lookup.get(id) !== undefined;
  };

  for (const spec of TABLES) {
    for (const [column, table] of Object.entries(spec.refs ?? {})) {
      const rows = data[spec.name];
      for (let index = 0; index < rows.length && !issues.full; index++) {
        const id = rows[index]![column];
        if (typeof id !== 'string' || idsOf(table).has(id)) continue;
        const here = existsHere(table, id);
        if (here && DIRECTORY.has(table)) continue;
        issues.add(`${spec.name}.${index}.${column}`, here ? 'outside_scope' : 'missing_reference');
      }
    }
  }
}
