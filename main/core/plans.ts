import { AppError } from '../../shared/contract/result.js';
import type { Plan } from '../../shared/notes.js';
import type { CoreContext, HandlerMap } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { nowIso, requireLive, updateColumns } from './sql.js';

const PLAN_SELECT = `SELECT pl.id, pl.programme_id AS programmeId, pl.title, pl.description,
  (SELECT count(*) FROM note n WHERE n.plan_id = pl.id AND n.deleted_at IS NULL) AS opinionCount FROM plan pl`;

function getPlan(ctx: CoreContext, id: string): Plan {
  const plan = ctx.db.prepare(`${PLAN_SELECT} WHERE pl.id = ? AND pl.deleted_at IS NULL`).get(id) as Plan | undefined;
  if (!plan) throw new AppError('not_found', { entity: 'plan', id });
  return plan;
}

/** Plans: the documents a programme's opinions feed into (e.g. the industrial-ecosystem plan). */
export const planHandlers: HandlerMap<'plan'> = {
  'plan.list': (input, ctx) => {
    requireLive(ctx, 'programme', input.programmeId);
    return ctx.db.prepare(`${PLAN_SELECT} WHERE pl.programme_id = ? AND pl.deleted_at IS NULL ORDER BY pl.created_at`).all(input.programmeId) as Plan[];
  },
  'plan.create': (input, ctx) => {
    requireLive(ctx, 'programme', input.programmeId);
    const id = ctx.newId();
    const at = nowIso(ctx);
    ctx.db
      .prepare('INSERT INTO plan (id, programme_id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.programmeId, input.title, input.description ?? '', at, at);
    ctx.changed('plan', input.programmeId, id);
    return getPlan(ctx, id);
  },
  'plan.update': (input, ctx) => {
    const plan = getPlan(ctx, input.id);
    const sets = updateColumns(input, { title: 'title', description: 'description' });
    ctx.db.prepare(`UPDATE plan SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`).run({ ...input, at: nowIso(ctx) });
    ctx.changed('plan', plan.programmeId, input.id);
    ctx.changed('note');
    return getPlan(ctx, input.id);
  },
  'plan.delete': (input, ctx) => {
    getPlan(ctx, input.id);
    softDelete(ctx, 'plan', input.id);
    return null;
  },
};
