import type BetterSqlite3 from 'better-sqlite3';
import type { FieldIssue } from '../../shared/contract/result.js';
import type { BundleData } from './read.js';
import { refuse } from './refusal.js';
import { TABLES, type TableName } from './tables.js';

/**
 * Every reference a row makes (other than to its owner, checked with the scope) resolves to a row
 * in the bundle or one already here, so no write can fail half-way on a foreign key and a bundle
 * cannot point at what does not exist. Checked before anything is written.
 */
export function checkReferences(db: BetterSqlite3.Database, data: BundleData): void {
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

  const issues: FieldIssue[] = [];
  for (const spec of TABLES) {
    for (const [column, table] of Object.entries(spec.refs ?? {})) {
      data[spec.name].forEach((row, index) => {
        const id = row[column];
        if (typeof id !== 'string' || idsOf(table).has(id) || existsHere(table, id)) return;
        if (issues.length < 20) issues.push({ path: `${spec.name}.${index}.${column}`, code: 'missing_reference' });
      });
    }
  }
  if (issues.length > 0) throw refuse('bundle_invalid', {}, issues);
}
