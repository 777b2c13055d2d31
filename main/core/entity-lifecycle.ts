/**
 * Deleting to the trash, restoring and purging, for every entity: the one code its own channels
 * (`*.delete`, `action.restore`, `agenda.restore`, `note.restore`) and the Trash screen's
 * (`trash.restore`, `trash.purge`) call, so an undo and a restore from the Trash give the same
 * result. What differs per entity is its definition in entities.ts.
 */
import { AppError } from '../../shared/contract/result.js';
import type { CoreContext } from './context.js';
import { ENTITIES, type SoftDeletable, type StoredRow } from './entities.js';
import { sweepTombstones } from './purge.js';
import { nowIso } from './sql.js';

function storedRow(ctx: CoreContext, kind: SoftDeletable, id: string): StoredRow | undefined {
  return ctx.db.prepare(`SELECT * FROM ${ENTITIES[kind].table} WHERE id = ?`).get(id) as StoredRow | undefined;
}

/** The row, which must be in the trash: not_found when it is not there (or purged), not_in_trash when it is live. */
function trashedRow(ctx: CoreContext, kind: SoftDeletable, id: string): StoredRow {
  const definition = ENTITIES[kind];
  const row = storedRow(ctx, kind, id);
  const trashed = row && ctx.db.prepare(`SELECT 1 FROM ${definition.table} WHERE id = ? AND ${definition.inTrash}`).get(id);
  if (row && !trashed && row.deleted_at === null) throw new AppError('invalid_state', { reason: 'not_in_trash' });
  if (!row || !trashed) throw new AppError('not_found', { entity: kind, id });
  return row;
}

function stamp(ctx: CoreContext, kind: SoftDeletable, id: string, deletedAt: string | null): void {
  const definition = ENTITIES[kind];
  const at = nowIso(ctx);
  if (definition.stamped) ctx.db.prepare(`UPDATE ${definition.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(deletedAt, at, id);
  else ctx.db.prepare(`UPDATE ${definition.table} SET deleted_at = ? WHERE id = ?`).run(deletedAt, id);
}

function announce(ctx: CoreContext, kind: SoftDeletable, row: StoredRow): void {
  const definition = ENTITIES[kind];
  definition.announce(ctx, row);
  if (definition.trashLabel !== null) ctx.changed('trash');
}

/** Moves a live row to the trash. The caller has checked what its channel requires (a live parent). */
export function softDelete(ctx: CoreContext, kind: SoftDeletable, id: string): void {
  const definition = ENTITIES[kind];
  const row = storedRow(ctx, kind, id);
  if (!row || row.deleted_at !== null) throw new AppError('not_found', { entity: kind, id });
  definition.beforeDelete?.(ctx, row);
  stamp(ctx, kind, id, nowIso(ctx));
  definition.afterDelete?.(ctx, row);
  announce(ctx, kind, row);
}

/** Brings a row back from the trash: the entity's undo and the Trash screen's restore alike. */
export function restoreFromTrash(ctx: CoreContext, kind: SoftDeletable, id: string): void {
  const definition = ENTITIES[kind];
  const row = trashedRow(ctx, kind, id);
  definition.beforeRestore?.(ctx, row);
  stamp(ctx, kind, id, null);
  definition.afterRestore?.(ctx, row);
  announce(ctx, kind, row);
}

/** Removes a row from the trash for good (a unit or a person may stay as a tombstone: purge.ts). */
export function purge(ctx: CoreContext, kind: SoftDeletable, id: string): void {
  const definition = ENTITIES[kind];
  const row = trashedRow(ctx, kind, id);
  definition.beforePurge?.(ctx, row);
  if (definition.purgeRow) definition.purgeRow(ctx, row);
  else ctx.db.prepare(`DELETE FROM ${definition.table} WHERE id = ?`).run(id);
  sweepTombstones(ctx);
  if (definition.trashLabel !== null) ctx.changed('trash');
}
