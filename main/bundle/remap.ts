import type { DirectoryMatch } from '../core/directory-match.js';
import { DIRECTORY, TABLES, referencesOf, type Row } from '../core/tables.js';
import type { BundleData } from './bundle-data.js';

export interface Remapped {
  data: BundleData;
  /** Directory entries that became local ones: present already, so skipped. */
  matched: number;
}

/**
 * The bundle's rows as they will be written: references to matched units and people point at the
 * local entries (and those entries are not written again); notes without an author get `author`.
 */
export function remap(data: BundleData, match: DirectoryMatch, author: string | undefined): Remapped {
  const out = {} as BundleData;
  for (const spec of TABLES) {
    const refs = referencesOf(spec).filter((ref) => DIRECTORY.has(ref.table));
    const own = spec.name === 'unit' || spec.name === 'person' ? match[spec.name] : undefined;
    out[spec.name] = data[spec.name]
      .filter((row) => !own?.has(row.id as string))
      .map((row) => {
        let copy: Row | undefined;
        for (const { column, table } of refs) {
          const local = typeof row[column] === 'string' ? match[table as 'unit' | 'person'].get(row[column] as string) : undefined;
          if (local !== undefined) (copy ??= { ...row })[column] = local;
        }
        if (spec.name === 'note' && author && row.captured_by === '') (copy ??= { ...row }).captured_by = author;
        return copy ?? row;
      });
  }
  return { data: out, matched: match.unit.size + match.person.size };
}
