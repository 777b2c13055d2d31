import { AppError } from '../../shared/contract/result.js';
import type { Participant } from '../../shared/domain.js';
import type { CoreContext, HandlerMap } from './context.js';
import { listParticipants } from './participants.js';
import { getPerson } from './people.js';
import { getSession } from './sessions.js';
import { isOfficerRole, releaseOffice, setOfficer } from './officers.js';
import { nowIso, requireLive } from './sql.js';

function getParticipant(ctx: CoreContext, sessionId: string, personId: string): Participant {
  const found = listParticipants(ctx, sessionId).find((p) => p.person.id === personId);
  if (!found) throw new AppError('not_found', { entity: 'attendance', id: personId });
  return found;
}

/** Whom an `attendance.add` call names: explicit people, everyone of a unit, everyone of a category. */
function peopleToAdd(ctx: CoreContext, input: { personIds?: string[] | undefined; unitId?: string | undefined; category?: string | undefined }) {
  const ids = new Set<string>();
  for (const personId of input.personIds ?? []) {
    getPerson(ctx, personId);
    ids.add(personId);
  }
  if (input.unitId) {
    requireLive(ctx, 'unit', input.unitId);
    const rows = ctx.db.prepare('SELECT id FROM person WHERE unit_id = ? AND deleted_at IS NULL').all(input.unitId) as { id: string }[];
    rows.forEach((r) => ids.add(r.id));
  }
  if (input.category) {
    const rows = ctx.db.prepare('SELECT id FROM person WHERE category = ? AND deleted_at IS NULL').all(input.category) as { id: string }[];
    rows.forEach((r) => ids.add(r.id));
  }
  return ids;
}

export const attendanceHandlers: HandlerMap<'attendance'> = {
  'attendance.add': (input, ctx) => {
    getSession(ctx, input.sessionId);
    if (!input.personIds?.length && !input.unitId && !input.category) {
      throw new AppError('validation', undefined, [{ path: 'personIds', code: 'nobody_selected' }]);
    }
    const insert = ctx.db.prepare(
      `INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at)
       VALUES (?, ?, ?, 'invited', ?, ?) ON CONFLICT (session_id, person_id) DO NOTHING`,
    );
    const at = nowIso(ctx);
    const role = input.role ?? 'attendee';
    const added = [...peopleToAdd(ctx, input)];
    // A session has one chair and one secretary: the first person named takes the office, the rest attend.
    for (const personId of added) insert.run(input.sessionId, personId, isOfficerRole(role) ? 'attendee' : role, at, at);
    if (isOfficerRole(role) && added[0]) setOfficer(ctx, input.sessionId, role, added[0]);
    ctx.changed('attendance', input.sessionId);
    return listParticipants(ctx, input.sessionId);
  },

  'attendance.update': (input, ctx) => {
    const before = getParticipant(ctx, input.sessionId, input.personId);
    // Chair and secretary are also the session's fields: the officers module keeps both in step.
    if (input.role && input.role !== before.role) {
      if (isOfficerRole(input.role)) setOfficer(ctx, input.sessionId, input.role, input.personId);
      else releaseOffice(ctx, input.sessionId, input.personId);
    }
    ctx.db
      .prepare(
        `UPDATE attendance SET role = coalesce(@role, role), presence = coalesce(@presence, presence), updated_at = @at
          WHERE session_id = @sessionId AND person_id = @personId`,
      )
      .run({ sessionId: input.sessionId, personId: input.personId, role: input.role ?? null, presence: input.presence ?? null, at: nowIso(ctx) });
    ctx.changed('attendance', input.sessionId);
    return getParticipant(ctx, input.sessionId, input.personId);
  },

  'attendance.remove': (input, ctx) => {
    getParticipant(ctx, input.sessionId, input.personId);
    releaseOffice(ctx, input.sessionId, input.personId);
    ctx.db.prepare('DELETE FROM attendance WHERE session_id = ? AND person_id = ?').run(input.sessionId, input.personId);
    ctx.changed('attendance', input.sessionId);
    return null;
  },
};
