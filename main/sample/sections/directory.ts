/**
 * The directory is shared by every programme, so the sample reuses what is already there rather
 * than adding twins: its own row from an earlier load when that is still live (even if the user has
 * renamed it since), else a live row the user made with the same name (unit names are unique among
 * live units; a person matches by name within the same unit), else a new row.
 */
import type { CoreContext } from '../../core/context.js';
import { placeNew } from '../../core/precedence.js';
import { stampedAt, writeRow } from '../../core/row-writer.js';
import { directoryId, freeId, type DirectoryTable } from '../ids.js';
import { resolved, type Section } from './section.js';

function reuseOrInsert(
  ctx: CoreContext,
  table: DirectoryTable,
  ownId: string,
  sameName: () => string | undefined,
  insert: (id: string) => void,
): string {
  const own = ctx.db.prepare(`SELECT id FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(ownId) as { id: string } | undefined;
  const existing = own?.id ?? sameName();
  if (existing !== undefined) return existing;
  const id = freeId(ctx.db, table, ownId);
  insert(id);
  return id;
}

export const units: Section = {
  name: 'units',
  topics: ['unit'],
  load({ ctx, sample, at, unitIds }) {
    const byName = ctx.db.prepare('SELECT id FROM unit WHERE name = ? AND deleted_at IS NULL');
    for (const unit of sample.units) {
      const id = reuseOrInsert(
        ctx,
        'unit',
        directoryId(sample.locale, 'unit', unit.key),
        () => (byName.get(unit.name) as { id: string } | undefined)?.id,
        (newId) => {
          writeRow(ctx.db, 'unit', { id: newId, name: unit.name, short_name: unit.shortName, kind: unit.kind, ...stampedAt(at) });
          placeNew(ctx, 'unit', newId);
        },
      );
      unitIds.set(unit.key, id);
    }
  },
};

export const people: Section = {
  name: 'people',
  topics: ['person'],
  load({ ctx, sample, at, unitIds, personIds }) {
    const byName = ctx.db.prepare('SELECT id FROM person WHERE name = ? AND unit_id IS ? AND deleted_at IS NULL ORDER BY created_at, id');
    for (const person of sample.people) {
      const unitId = person.unit === null ? null : resolved(unitIds, person.unit);
      const id = reuseOrInsert(
        ctx,
        'person',
        directoryId(sample.locale, 'person', person.key),
        () => (byName.get(person.name, unitId) as { id: string } | undefined)?.id,
        (newId) => {
          writeRow(ctx.db, 'person', {
            id: newId,
            name: person.name,
            position: person.position,
            unit_id: unitId,
            category: person.category,
            ...stampedAt(at),
          });
          // In protocol order among what the directory already holds, as if typed in the directory.
          placeNew(ctx, 'person', newId);
        },
      );
      personIds.set(person.key, id);
    }
  },
};
