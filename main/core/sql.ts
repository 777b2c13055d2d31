import { AppError } from '../../shared/contract/result.js';
import type { CoreContext, ReadContext } from './context.js';

/** Builds `SET a = @a, b = @b` from the keys of a patch that are actually present. */
export function updateColumns(patch: Record<string, unknown>, columns: Record<string, string>): string[] {
  return Object.keys(columns).filter((key) => patch[key] !== undefined).map((key) => `${columns[key]} = @${key}`);
}

/** Throws not_found unless a live (not trashed) row with this id exists in `table`. */
export function requireLive(ctx: ReadContext, table: 'programme' | 'stage' | 'session' | 'unit' | 'person', id: string): void {
  const row = ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id);
  if (!row) throw new AppError('not_found', { entity: table, id });
}

export function nowIso(ctx: CoreContext): string {
  return ctx.now().toISOString();
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
