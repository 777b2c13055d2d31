import { AppError } from '../../shared/contract/result.js';
import type { Stage } from '../../shared/domain.js';
import type { CoreContext, HandlerMap } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { STAGE_COLUMNS, toStage, type StageRow } from './rows.js';
import { nowIso, requireLive, updateColumns } from './sql.js';
import { moveInOrder } from './ordering.js';

function getStage(ctx: CoreContext, id: string): Stage {
  const row = ctx.db
    .prepare(`SELECT ${STAGE_COLUMNS} FROM stage st WHERE st.id = ? AND st.deleted_at IS NULL`)
    .get(id) as StageRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'stage', id });
  return toStage(row);
}

function liveStages(ctx: CoreContext, programmeId: string): Stage[] {
  return (
    ctx.db
      .prepare(`SELECT ${STAGE_COLUMNS} FROM stage st WHERE st.programme_id = ? AND st.deleted_at IS NULL ORDER BY st.position`)
      .all(programmeId) as StageRow[]
  ).map(toStage);
}

export const stageHandlers: HandlerMap<'stage'> = {
  'stage.create': (input, ctx) => {
    requireLive(ctx, 'programme', input.programmeId);
    const id = ctx.newId();
    const at = nowIso(ctx);
    const { next } = ctx.db
      .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM stage WHERE programme_id = ?')
      .get(input.programmeId) as { next: number };
    ctx.db
      .prepare(
        `INSERT INTO stage (id, programme_id, position, title, audience, purpose, created_at, updated_at)
         VALUES (@id, @programmeId, @position, @title, @audience, @purpose, @at, @at)`,
      )
      .run({
        id,
        programmeId: input.programmeId,
        position: next,
        title: input.title,
        audience: input.audience ?? '',
        purpose: input.purpose ?? '',
        at,
      });
    ctx.changed('stage', id, input.programmeId);
    return getStage(ctx, id);
  },

  'stage.update': (input, ctx) => {
    const stage = getStage(ctx, input.id);
    const sets = updateColumns(input, { title: 'title', audience: 'audience', purpose: 'purpose' });
    ctx.db.prepare(`UPDATE stage SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`).run({ ...input, at: nowIso(ctx) });
    ctx.changed('stage', input.id, stage.programmeId);
    return getStage(ctx, input.id);
  },

  'stage.move': (input, ctx) => {
    const stage = getStage(ctx, input.id);
    const ordered = moveInOrder(liveStages(ctx, stage.programmeId).map((s) => s.id), input.id, input.position);
    const update = ctx.db.prepare('UPDATE stage SET position = ?, updated_at = ? WHERE id = ?');
    const at = nowIso(ctx);
    ordered.forEach((id, index) => update.run(index, at, id));
    ctx.changed('stage', stage.programmeId);
    return liveStages(ctx, stage.programmeId);
  },

  'stage.delete': (input, ctx) => {
    getStage(ctx, input.id);
    softDelete(ctx, 'stage', input.id);
    return null;
  },
};
