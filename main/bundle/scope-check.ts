import type BetterSqlite3 from 'better-sqlite3';
import { LIMITS } from './format.js';
import type { Manifest } from './manifest.js';
import { checkReferences } from './references.js';
import { RowIssues } from './refusal.js';
import { TABLES, rowKey } from '../core/tables.js';
import type { BundleData } from './bundle-data.js';

/**
 * A bundle holds one programme (and, for a session bundle, one stage and one session), and every
 * row it carries belongs to it: its owner (a note's session, a stage's programme) is in the same
 * bundle. So importing can add to the programme it names and nowhere else. Keys are unique, and
 * so are the names of live units (the database would otherwise drop the second silently).
 */
export function checkScope(manifest: Manifest, data: BundleData): void {
  const issues = new RowIssues();
  const { kind, id } = manifest.scope;
  if (data.programme.length !== 1) issues.add('programme', 'outside_scope');
  if (kind === 'programme' && data.programme[0]?.id !== id) issues.add('scope.id', 'outside_scope');
  if (kind === 'session' && (data.session.length !== 1 || data.session[0]!.id !== id || data.stage.length !== 1)) {
    issues.add('scope.id', 'outside_scope');
  }

  const keys = new Map<string, Set<string>>();
  for (const spec of TABLES) {
    const seen = new Set<string>();
    data[spec.name].forEach((row, index) => {
      const key = rowKey(spec, row);
      if (seen.has(key)) issues.add(`${spec.name}.${index}`, 'duplicate_row');
      seen.add(key);
    });
    keys.set(spec.name, seen);
  }
  const liveUnitNames = new Set<string>();
  data.unit.forEach((unit, index) => {
    if (unit.deleted_at !== null) return;
    if (liveUnitNames.has(unit.name as string)) issues.add(`unit.${index}.name`, 'duplicate_row');
    liveUnitNames.add(unit.name as string);
  });

  for (const spec of TABLES) {
    if (!spec.owner) continue;
    const { column, table } = spec.owner;
    const owners = keys.get(table)!;
    data[spec.name].forEach((row, index) => {
      if (!owners.has(String(row[column]))) issues.add(`${spec.name}.${index}.${column}`, 'outside_scope');
    });
  }
  issues.refuseIfAny();
}

/**
 * The same, against this laptop (issue 2/7, item 4). A row the bundle carries that is already here
 * must be here under the same owner (a session under the same stage, a note in the same session):
 * with checkScope, every row an import writes, skips or updates (a note fast-forwarded by
 * notes-merge.ts) is then, here too, in the programme (and session) the bundle names, by induction
 * from the programme down. And every other reference stays inside that scope (references.ts). One
 * check over all rows, before the first write, for a new programme and a merge alike; anything
 * outside refuses the whole bundle.
 */
export function checkScopeHere(db: BetterSqlite3.Database, data: BundleData): void {
  const issues = new RowIssues();
  for (const spec of TABLES) {
    // A key that holds the owner (a note's versions, a session's attendance) cannot be here under
    // another owner; a local counter (action history) is no identity to compare.
    if (!spec.owner || spec.localKey || spec.key.includes(spec.owner.column) || issues.full) continue;
    const { column } = spec.owner;
    const [key] = spec.key as [string];
    const elsewhere = db
      .prepare(
        `SELECT v.key FROM json_each(?) AS v JOIN ${spec.name} AS here ON here.${key} = v.value ->> 0
          WHERE here.${column} IS NOT v.value ->> 1 ORDER BY v.key LIMIT ${LIMITS.issues}`,
      )
      .pluck()
      .all(JSON.stringify(data[spec.name].map((row) => [row[key], row[column]]))) as number[];
    for (const index of elsewhere) issues.add(`${spec.name}.${index}.${column}`, 'belongs_elsewhere');
  }
  checkReferences(db, data, issues);
  issues.refuseIfAny();
}
