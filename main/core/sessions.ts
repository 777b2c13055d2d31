import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { AppError } from '../../shared/contract/result.js';
import type { Session, SessionDetail, Sitting } from '../../shared/domain.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { getProgramme } from './programmes.js';
import { listParticipants } from './participants.js';
import {
  SESSION_COLUMNS,
  SITTING_COLUMNS,
  STAGE_COLUMNS,
  toSession,
  toSitting,
  toStage,
  type SessionRow,
  type SittingRow,
  type StageRow,
} from './rows.js';
import { setOfficer } from './officers.js';
import { nowIso, requireLive, updateColumns } from './sql.js';

export function getSession(ctx: ReadContext, id: string): Session {
  const row = ctx.db
    .prepare(
      `SELECT ${SESSION_COLUMNS} FROM session s JOIN stage st ON st.id = s.stage_id
        WHERE s.id = ? AND s.deleted_at IS NULL AND st.deleted_at IS NULL`,
    )
    .get(id) as SessionRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'session', id });
  return toSession(row);
}

export function listSittings(ctx: ReadContext, sessionId: string): Sitting[] {
  return (
    ctx.db.prepare(`SELECT ${SITTING_COLUMNS} FROM sitting si WHERE si.session_id = ? ORDER BY si.position`).all(sessionId) as SittingRow[]
  ).map(toSitting);
}

function getSitting(ctx: CoreContext, id: string): Sitting {
  const row = ctx.db.prepare(`SELECT ${SITTING_COLUMNS} FROM sitting si WHERE si.id = ?`).get(id) as SittingRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'sitting', id });
  getSession(ctx, row.session_id);
  return toSitting(row);
}

function insertSitting(ctx: CoreContext, sessionId: string, s: { date: string; startTime: string; endTime: string }): string {
  const id = ctx.newId();
  const at = nowIso(ctx);
  const { next } = ctx.db
    .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM sitting WHERE session_id = ?')
    .get(sessionId) as { next: number };
  ctx.db
    .prepare(
      `INSERT INTO sitting (id, session_id, position, date, start_time, end_time, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, sessionId, next, s.date, s.startTime, s.endTime, at, at);
  return id;
}

/** chair and secretary must be live people, or null. */
function checkPeople(ctx: CoreContext, input: { chairId?: string | null | undefined; secretaryId?: string | null | undefined }) {
  if (input.chairId) requireLive(ctx, 'person', input.chairId);
  if (input.secretaryId) requireLive(ctx, 'person', input.secretaryId);
}

/** A session with its stage, programme, sittings and participants: `session.get`, and what the minutes draft starts from. */
export function sessionDetail(ctx: ReadContext, input: ParsedInputOf<'session.get'>): SessionDetail {
  const session = getSession(ctx, input.id);
  const stage = toStage(ctx.db.prepare(`SELECT ${STAGE_COLUMNS} FROM stage st WHERE st.id = ?`).get(session.stageId) as StageRow);
  return {
    session,
    stage,
    programme: getProgramme(ctx, session.programmeId),
    sittings: listSittings(ctx, session.id),
    participants: listParticipants(ctx, session.id),
  };
}

export const sessionHandlers: HandlerMap<'session'> = {
  'session.get': (input, ctx) => sessionDetail(ctx, input),

  'session.create': (input, ctx) => {
    requireLive(ctx, 'stage', input.stageId);
    checkPeople(ctx, input);
    const id = ctx.newId();
    const at = nowIso(ctx);
    const { next } = ctx.db
      .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM session WHERE stage_id = ?')
      .get(input.stageId) as { next: number };
    ctx.db
      .prepare(
        `INSERT INTO session (id, stage_id, position, title, theme, mode, venue, chair_id, secretary_id, created_at, updated_at)
         VALUES (@id, @stageId, @position, @title, @theme, @mode, @venue, @chairId, @secretaryId, @at, @at)`,
      )
      .run({
        id,
        stageId: input.stageId,
        position: next,
        title: input.title,
        theme: input.theme ?? '',
        mode: input.mode ?? 'discussion',
        venue: input.venue ?? '',
        chairId: null,
        secretaryId: null,
        at,
      });
    // Through the officers module: the chair and the secretary are participants with that role too.
    if (input.chairId) setOfficer(ctx, id, 'chair', input.chairId);
    if (input.secretaryId) setOfficer(ctx, id, 'secretary', input.secretaryId);
    for (const sitting of input.sittings ?? []) insertSitting(ctx, id, sitting);
    ctx.changed('session', id, input.stageId);
    return getSession(ctx, id);
  },

  'session.update': (input, ctx) => {
    getSession(ctx, input.id);
    checkPeople(ctx, input);
    const sets = updateColumns(input, {
      title: 'title',
      theme: 'theme',
      mode: 'mode',
      venue: 'venue',
    });
    ctx.db
      .prepare(`UPDATE session SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`)
      .run({ ...input, at: nowIso(ctx) });
    // The chair and the secretary are participants with that role too: one fact, kept in step.
    if (input.chairId !== undefined) setOfficer(ctx, input.id, 'chair', input.chairId);
    if (input.secretaryId !== undefined) setOfficer(ctx, input.id, 'secretary', input.secretaryId);
    ctx.changed('session', input.id);
    return getSession(ctx, input.id);
  },

  'session.delete': (input, ctx) => {
    getSession(ctx, input.id);
    softDelete(ctx, 'session', input.id);
    return null;
  },
};

export const sittingHandlers: HandlerMap<'sitting'> = {
  'sitting.add': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const id = insertSitting(ctx, input.sessionId, input);
    ctx.changed('sitting', id, input.sessionId);
    return getSitting(ctx, id);
  },

  'sitting.update': (input, ctx) => {
    const current = getSitting(ctx, input.id);
    const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    if (next.startTime >= next.endTime) {
      throw new AppError('validation', undefined, [{ path: 'endTime', code: 'end_before_start' }]);
    }
    ctx.db
      .prepare('UPDATE sitting SET date = ?, start_time = ?, end_time = ?, updated_at = ? WHERE id = ?')
      .run(next.date, next.startTime, next.endTime, nowIso(ctx), input.id);
    ctx.changed('sitting', input.id, current.sessionId);
    return getSitting(ctx, input.id);
  },

  'sitting.remove': (input, ctx) => {
    const sitting = getSitting(ctx, input.id);
    ctx.db.prepare('DELETE FROM sitting WHERE id = ?').run(input.id);
    ctx.changed('sitting', input.id, sitting.sessionId);
    return null;
  },
};
