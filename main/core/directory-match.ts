import type BetterSqlite3 from 'better-sqlite3';
import type { TableRows } from './scope-rows.js';

/** Bundle id → the id of the same entry on this laptop. */
export type IdMap = Map<string, string>;

export interface DirectoryMatch {
  unit: IdMap;
  person: IdMap;
}

/**
 * Units and people typed in on two laptops get different ids for the same office and the same
 * person. An entry whose id is unknown here but which matches a live local entry becomes that
 * entry: a unit by name (unique among live units), a person by name within the same (matched) unit,
 * as the sample loader does. An id known here is never remapped: that row stays as it is.
 */
export function matchDirectory(db: BetterSqlite3.Database, data: Pick<TableRows, 'unit' | 'person'>): DirectoryMatch {
  const unitKnown = db.prepare('SELECT 1 FROM unit WHERE id = ?').pluck();
  const unitByName = db.prepare('SELECT id FROM unit WHERE name = ? AND deleted_at IS NULL').pluck();
  const personKnown = db.prepare('SELECT 1 FROM person WHERE id = ?').pluck();
  const personByName = db
    .prepare('SELECT id FROM person WHERE name = ? AND unit_id IS ? AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1')
    .pluck();

  const unit: IdMap = new Map();
  for (const row of data.unit) {
    if (row.deleted_at !== null || unitKnown.get(row.id)) continue;
    const local = unitByName.get(row.name) as string | undefined;
    if (local !== undefined) unit.set(row.id as string, local);
  }
  const person: IdMap = new Map();
  for (const row of data.person) {
    if (row.deleted_at !== null || personKnown.get(row.id)) continue;
    const unitId = row.unit_id === null ? null : (unit.get(row.unit_id as string) ?? row.unit_id);
    const local = personByName.get(row.name, unitId) as string | undefined;
    if (local !== undefined) person.set(row.id as string, local);
  }
  return { unit, person };
}
