/**
 * What still refers to a programme, stage, unit or person (refs.of): the delete confirmation names
 * it ("清源县工业和信息化局 是 3 项任务的牵头单位、5 人的所在单位"). Only live rows count: a task in
 * the trash is not something the user is working with. Purging keeps what they show either way
 * (purge.ts).
 */
import { AppError } from '../../shared/contract/result.js';
import type { ReferableKind, ReferenceKind, References } from '../../shared/domain.js';
import type { CoreContext, HandlerMap } from './context.js';

/** The live row and its name; `not_found` for a missing or trashed one. */
const NAME_OF: Record<ReferableKind, string> = {
  programme: 'SELECT title FROM programme WHERE id = ? AND deleted_at IS NULL',
  stage: 'SELECT title FROM stage WHERE id = ? AND deleted_at IS NULL',
  unit: 'SELECT name FROM unit WHERE id = ? AND deleted_at IS NULL',
  person: 'SELECT name FROM person WHERE id = ? AND deleted_at IS NULL',
};

// Sessions of a stage, and of a programme, that are live themselves.
const STAGE_SESSIONS = 'SELECT s.id FROM session s WHERE s.stage_id = @id AND s.deleted_at IS NULL';
const PROGRAMME_SESSIONS = `SELECT s.id FROM session s JOIN stage st ON st.id = s.stage_id
                             WHERE st.programme_id = @id AND s.deleted_at IS NULL AND st.deleted_at IS NULL`;

/** One count per kind of reference, each over live rows, `@id` the referred row. */
const COUNTS: Record<ReferableKind, readonly (readonly [ReferenceKind, string])[]> = {
  unit: [
    ['leadsTasks', 'SELECT count(*) FROM action_item WHERE lead_unit_id = @id AND deleted_at IS NULL'],
    ['coTasks', 'SELECT count(*) FROM action_co_unit c JOIN action_item a ON a.id = c.action_id WHERE c.unit_id = @id AND a.deleted_at IS NULL'],
    ['unitOfPeople', 'SELECT count(*) FROM person WHERE unit_id = @id AND deleted_at IS NULL'],
  ],
  person: [
    ['ownsTasks', 'SELECT count(*) FROM action_item WHERE owner_person_id = @id AND deleted_at IS NULL'],
    ['speakerOfNotes', 'SELECT count(*) FROM note WHERE speaker_person_id = @id AND deleted_at IS NULL'],
    [
      'attendsSessions',
      `SELECT count(*) FROM session s WHERE s.deleted_at IS NULL
          AND (s.chair_id = @id OR s.secretary_id = @id OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.person_id = @id))`,
    ],
  ],
  stage: [
    ['sessions', `SELECT count(*) FROM (${STAGE_SESSIONS})`],
    ['tasks', `SELECT count(*) FROM action_item WHERE deleted_at IS NULL AND session_id IN (${STAGE_SESSIONS})`],
    ['notes', `SELECT count(*) FROM note WHERE deleted_at IS NULL AND session_id IN (${STAGE_SESSIONS})`],
  ],
  programme: [
    ['stages', 'SELECT count(*) FROM stage WHERE programme_id = @id AND deleted_at IS NULL'],
    ['sessions', `SELECT count(*) FROM (${PROGRAMME_SESSIONS})`],
    ['tasks', 'SELECT count(*) FROM action_item WHERE programme_id = @id AND deleted_at IS NULL'],
    ['notes', `SELECT count(*) FROM note WHERE deleted_at IS NULL AND session_id IN (${PROGRAMME_SESSIONS})`],
  ],
};

export function referencesOf(ctx: CoreContext, kind: ReferableKind, id: string): References {
  const name = ctx.db.prepare(NAME_OF[kind]).pluck().get(id) as string | undefined;
  if (name === undefined) throw new AppError('not_found', { entity: kind, id });
  const refs = COUNTS[kind]
    .map(([ref, sql]) => ({ kind: ref, count: ctx.db.prepare(sql).pluck().get({ id }) as number }))
    .filter((r) => r.count > 0);
  return { kind, id, name, refs };
}

export const referenceHandlers: HandlerMap<'refs'> = {
  'refs.of': (input, ctx) => referencesOf(ctx, input.kind, input.id),
};
