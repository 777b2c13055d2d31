import type { CoreContext, ReadContext } from './context.js';

/** Returns `ids` with `id` moved to `position` (clamped to the list), the others keeping their order. */
export function moveInOrder(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The live agenda items of a session, in their order. */
export function sessionAgenda(ctx: ReadContext, sessionId: string): string[] {
  return ctx.db.prepare('SELECT id FROM agenda_item WHERE session_id = ? AND deleted_at IS NULL ORDER BY position').pluck().all(sessionId) as string[];
}

/** Rewrites agenda positions 0..n-1 in the given order. */
export function renumberAgenda(ctx: CoreContext, ids: readonly string[]): void {
  const update = ctx.db.prepare('UPDATE agenda_item SET position = ?, updated_at = ? WHERE id = ?');
  const at = ctx.now().toISOString();
  ids.forEach((id, index) => update.run(index, at, id));
}

/** The live tasks of one board column, in their order. */
export function boardColumn(ctx: ReadContext, programmeId: string, status: string): string[] {
  return ctx.db
    .prepare('SELECT id FROM action_item WHERE programme_id = ? AND status = ? AND deleted_at IS NULL ORDER BY board_position, created_at')
    .pluck()
    .all(programmeId, status) as string[];
}

/** Rewrites a board column's positions 0..n-1 in the given order. */
export function renumberBoardColumn(ctx: CoreContext, ids: readonly string[]): void {
  const update = ctx.db.prepare('UPDATE action_item SET board_position = ? WHERE id = ?');
  ids.forEach((id, index) => update.run(index, id));
}
