import { DIRECTORY, referencesOf, type Row, type TableName, type TableSpec } from '../core/tables.js';

/**
 * Directory entries (unit, person) a joining laptop already had under another id, matched by name
 * (core/directory-match.ts) when they first arrived: doc id ↔ local id, per table. Kept in the
 * room_replica row, so references translate the same way after a restart.
 */
export interface DirectoryMapping {
  unit: Record<string, string>;
  person: Record<string, string>;
}

export const emptyMapping = (): DirectoryMapping => ({ unit: {}, person: {} });

/** The directory references of a table (columns naming a unit or a person), its own id included for unit/person. */
function directoryColumns(spec: TableSpec): { column: string; table: 'unit' | 'person' }[] {
  const refs = referencesOf(spec)
    .filter((ref) => DIRECTORY.has(ref.table))
    .map((ref) => ({ column: ref.column, table: ref.table as 'unit' | 'person' }));
  if (DIRECTORY.has(spec.name)) refs.push({ column: 'id', table: spec.name as 'unit' | 'person' });
  return refs;
}

function reversed(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([docId, localId]) => [localId, docId]));
}

/** Translates a row's directory references between the doc's ids and this laptop's. */
export function translator(mapping: DirectoryMapping) {
  let toDocCache: DirectoryMapping | null = null;
  const toDoc = () => (toDocCache ??= { unit: reversed(mapping.unit), person: reversed(mapping.person) });
  const translate = (spec: TableSpec, row: Row, maps: DirectoryMapping): Row => {
    const columns = directoryColumns(spec);
    if (columns.length === 0) return row;
    const out = { ...row };
    for (const { column, table } of columns) {
      const value = out[column];
      if (typeof value === 'string' && maps[table][value] !== undefined) out[column] = maps[table][value];
    }
    return out;
  };
  return {
    toLocal: (spec: TableSpec, row: Row) => translate(spec, row, mapping),
    toDoc: (spec: TableSpec, row: Row) => translate(spec, row, toDoc()),
    /** A directory entry here that stands for another id in the doc: its own fields stay this laptop's. */
    isMatched: (table: TableName, localId: string) => DIRECTORY.has(table) && toDoc()[table as 'unit' | 'person'][localId] !== undefined,
    add(table: 'unit' | 'person', docId: string, localId: string) {
      mapping[table][docId] = localId;
      toDocCache = null;
    },
  };
}
export type Translator = ReturnType<typeof translator>;
