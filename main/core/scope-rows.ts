import type BetterSqlite3 from 'better-sqlite3';
import { DIRECTORY, TABLES, TABLE_NAMES, referencesOf, type Row, type TableName } from './tables.js';

/** Rows table by table: a bundle's (bundle/bundle-data.ts) or a room's shared session (main/sync). */
export type TableRows = Record<TableName, Row[]>;

/**
 * What a bundle or a room carries: a whole programme, or one session with what it needs. Here in the
 * core because two layers select by it: bundle/ (export) and sync/ (the room's shared document).
 */
export interface Scope {
  kind: 'session' | 'programme';
  id: string;
  programmeId: string;
  /** For a session bundle: the one stage it needs. */
  stageId?: string;
}

/**
 * Where a table's selection starts instead of following its owner: the programme itself, and for a
 * session bundle its stage, the session, and the actions raised in that session.
 */
function roots(scope: Scope): Partial<Record<TableName, { column: string; ids: string[] }>> {
  const programme = { programme: { column: 'id', ids: [scope.programmeId] } };
  if (scope.kind === 'programme') return programme;
  return {
    ...programme,
    stage: { column: 'id', ids: [scope.stageId!] },
    session: { column: 'id', ids: [scope.id] },
    action_item: { column: 'session_id', ids: [scope.id] },
  };
}

/**
 * Every row of the scope, trashed ones included (the trash travels too), in a stable order. Rows
 * follow their owners down the tree (programme → stages → sessions → notes → history); then the
 * directory entries that any of them name.
 */
export function collectRows(db: BetterSqlite3.Database, scope: Scope): TableRows {
  const data = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as Row[]])) as TableRows;
  const start = roots(scope);
  const select = (table: TableName, column: string, ids: Iterable<string>, orderBy: readonly string[]) =>
    db
      .prepare(`SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?)) ORDER BY ${orderBy.join(', ')}`)
      .all(JSON.stringify([...ids])) as Row[];

  for (const spec of TABLES) {
    if (DIRECTORY.has(spec.name)) continue;
    const root = start[spec.name];
    if (root) data[spec.name] = select(spec.name, root.column, root.ids, spec.key);
    else if (spec.owner) data[spec.name] = select(spec.name, spec.owner.column, data[spec.owner.table].map((r) => String(r.id)), spec.key);
  }
  data.person = select('person', 'id', namedIds(data, 'person'), ['id']);
  data.unit = select('unit', 'id', namedIds(data, 'unit'), ['id']);
  return data;
}

/** Ids of `table` that the collected rows refer to. */
function namedIds(data: TableRows, table: TableName): Set<string> {
  const ids = new Set<string>();
  for (const spec of TABLES) {
    for (const ref of referencesOf(spec)) {
      if (ref.table !== table) continue;
      for (const row of data[spec.name]) if (typeof row[ref.column] === 'string') ids.add(row[ref.column] as string);
    }
  }
  return ids;
}
