import type { ActionHistoryEntry } from '../../shared/actions.js';
import type { CoreContext } from './context.js';
import { nowIso } from './sql.js';

/** Appends one change to an action's history (values stored as display text: names, not ids). */
export function recordChange(ctx: CoreContext, actionId: string, field: string, oldValue: string | null, newValue: string | null) {
  if (oldValue === newValue) return;
  ctx.db
    .prepare('INSERT INTO action_history (action_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)')
    .run(actionId, nowIso(ctx), field, oldValue, newValue);
}

export function readHistory(ctx: CoreContext, actionId: string): ActionHistoryEntry[] {
  return (
    ctx.db.prepare('SELECT at, field, old_value, new_value FROM action_history WHERE action_id = ? ORDER BY id').all(actionId) as {
      at: string;
      field: string;
      old_value: string | null;
      new_value: string | null;
    }[]
  ).map((r) => ({ at: r.at, field: r.field, oldValue: r.old_value, newValue: r.new_value }));
}
