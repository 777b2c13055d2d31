import { AppError } from '../../shared/contract/result.js';
import type { ProgrammeDetail, SessionSummary, Sitting } from '../../shared/domain.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import {
  PROGRAMME_COLUMNS,
  SESSION_COLUMNS,
  SITTING_COLUMNS,
  STAGE_COLUMNS,
  toProgramme,
  toSession,
  toSitting,
  toStage,
  type ProgrammeRow,
  type SessionRow,
  type SittingRow,
  type StageRow,
} from './rows.js';
import { nowIso, requireLive, updateColumns } from './sql.js';

export function getProgramme(ctx: ReadContext, id: string) {
  const row = ctx.db
    .prepare(`SELECT ${PROGRAMME_COLUMNS} FROM programme p WHERE p.id = ? AND p.deleted_at IS NULL`)
    .get(id) as ProgrammeRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'programme', id });
  return toProgramme(row);
}

function programmeDetail(ctx: CoreContext, id: string): ProgrammeDetail {
  const programme = getProgramme(ctx, id);
  const stages = (
    ctx.db
      .prepare(`SELECT ${STAGE_COLUMNS} FROM stage st WHERE st.programme_id = ? AND st.deleted_at IS NULL ORDER BY st.position`)
      .all(id) as StageRow[]
  ).map(toStage);
  const sessions = ctx.db
    .prepare(
      `SELECT ${SESSION_COLUMNS},
              (SELECT count(*) FROM attendance a JOIN person pe ON pe.id = a.person_id AND pe.deleted_at IS NULL
                WHERE a.session_id = s.id) AS participant_count
         FROM session s JOIN stage st ON st.id = s.stage_id
        WHERE st.programme_id = ? AND s.deleted_at IS NULL AND st.deleted_at IS NULL
        ORDER BY s.position`,
    )
    .all(id) as (SessionRow & { participant_count: number })[];
  const sittings = ctx.db
    .prepare(
      `SELECT ${SITTING_COLUMNS} FROM sitting si JOIN session s ON s.id = si.session_id JOIN stage st ON st.id = s.stage_id
        WHERE st.programme_id = ? ORDER BY si.position`,
    )
    .all(id) as SittingRow[];
  const sittingsBySession = new Map<string, Sitting[]>();
  for (const row of sittings) {
    const list = sittingsBySession.get(row.session_id) ?? [];
    list.push(toSitting(row));
    sittingsBySession.set(row.session_id, list);
  }
  const summaries: SessionSummary[] = sessions.map((row) => ({
    ...toSession(row),
    sittings: sittingsBySession.get(row.id) ?? [],
    participantCount: row.participant_count,
  }));
  return {
    programme,
    stages: stages.map((stage) => ({ ...stage, sessions: summaries.filter((s) => s.stageId === stage.id) })),
  };
}

export const programmeHandlers: HandlerMap<'programme'> = {
  'programme.list': (_input, ctx) =>
    (
      ctx.db
        .prepare(
          `SELECT ${PROGRAMME_COLUMNS},
                  (SELECT count(*) FROM stage st WHERE st.programme_id = p.id AND st.deleted_at IS NULL) AS stage_count,
                  (SELECT count(*) FROM session s JOIN stage st ON st.id = s.stage_id
                    WHERE st.programme_id = p.id AND s.deleted_at IS NULL AND st.deleted_at IS NULL) AS session_count
             FROM programme p WHERE p.deleted_at IS NULL ORDER BY p.updated_at DESC`,
        )
        .all() as (ProgrammeRow & { stage_count: number; session_count: number })[]
    ).map((row) => ({ ...toProgramme(row), stageCount: row.stage_count, sessionCount: row.session_count })),

  'programme.get': (input, ctx) => programmeDetail(ctx, input.id),

  'programme.create': (input, ctx) => {
    const id = ctx.newId();
    const at = nowIso(ctx);
    ctx.db
      .prepare(
        `INSERT INTO programme (id, title, description, locale, created_at, updated_at)
         VALUES (@id, @title, @description, @locale, @at, @at)`,
      )
      .run({ id, title: input.title, description: input.description ?? '', locale: input.locale ?? 'zh-CN', at });
    ctx.changed('programme', id);
    return getProgramme(ctx, id);
  },

  'programme.update': (input, ctx) => {
    requireLive(ctx, 'programme', input.id);
    const sets = updateColumns(input, { title: 'title', description: 'description', locale: 'locale' });
    ctx.db
      .prepare(`UPDATE programme SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`)
      .run({ ...input, at: nowIso(ctx) });
    ctx.changed('programme', input.id);
    return getProgramme(ctx, input.id);
  },

  'programme.delete': (input, ctx) => {
    requireLive(ctx, 'programme', input.id);
    softDelete(ctx, 'programme', input.id);
    return null;
  },
};
