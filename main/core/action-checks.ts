import { AppError } from '../../shared/contract/result.js';
import type { ActionItem } from '../../shared/actions.js';
import type { CoreContext } from './context.js';
import { recordChange } from './action-history.js';
import { actionRow, getAction } from './actions-read.js';
import { nowIso } from './sql.js';

/** The required contents of a deliverable: a checklist on the action, each change in its history. */
export function addCheck(ctx: CoreContext, actionId: string, text: string): string {
  const id = ctx.newId();
  const { next } = ctx.db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM action_check WHERE action_id = ?').get(actionId) as {
    next: number;
  };
  ctx.db.prepare('INSERT INTO action_check (id, action_id, position, text) VALUES (?, ?, ?, ?)').run(id, actionId, next, text);
  recordChange(ctx, actionId, 'checklist', null, text);
  return id;
}

function checkRow(ctx: CoreContext, id: string) {
  const row = ctx.db.prepare('SELECT id, action_id, text, done FROM action_check WHERE id = ?').get(id) as
    | { id: string; action_id: string; text: string; done: number }
    | undefined;
  if (!row) throw new AppError('not_found', { entity: 'checklist_item', id });
  actionRow(ctx, row.action_id);
  return row;
}

function touched(ctx: CoreContext, actionId: string): ActionItem {
  const row = actionRow(ctx, actionId);
  ctx.db.prepare('UPDATE action_item SET updated_at = ? WHERE id = ?').run(nowIso(ctx), actionId);
  ctx.changed('action', row.programme_id, actionId);
  return getAction(ctx, actionId);
}

export const checkHandlers = {
  'action.checkAdd': (input: { actionId: string; text: string }, ctx: CoreContext) => {
    actionRow(ctx, input.actionId);
    addCheck(ctx, input.actionId, input.text);
    return touched(ctx, input.actionId);
  },
  'action.checkUpdate': (input: { id: string; text?: string | undefined; done?: boolean | undefined }, ctx: CoreContext) => {
    const row = checkRow(ctx, input.id);
    if (input.text !== undefined && input.text !== row.text) {
      ctx.db.prepare('UPDATE action_check SET text = ? WHERE id = ?').run(input.text, input.id);
      recordChange(ctx, row.action_id, 'checklist', row.text, input.text);
    }
    if (input.done !== undefined && (input.done ? 1 : 0) !== row.done) {
      ctx.db.prepare('UPDATE action_check SET done = ? WHERE id = ?').run(input.done ? 1 : 0, input.id);
      recordChange(ctx, row.action_id, input.done ? 'checkDone' : 'checkUndone', null, input.text ?? row.text);
    }
    return touched(ctx, row.action_id);
  },
  'action.checkRemove': (input: { id: string }, ctx: CoreContext) => {
    const row = checkRow(ctx, input.id);
    ctx.db.prepare('DELETE FROM action_check WHERE id = ?').run(input.id);
    recordChange(ctx, row.action_id, 'checklist', row.text, null);
    return touched(ctx, row.action_id);
  },
};
