import type { Participant } from '../../shared/domain.js';
import type { ReadContext } from './context.js';
import { PERSON_ORDER } from './precedence.js';
import { PERSON_COLUMNS, PERSON_UNIT_JOIN, toParticipant, type ParticipantRow } from './rows.js';

/*
 * Who takes part in a session, read by both the attendance handlers and session.get: its own file, so
 * attendance.ts and sessions.ts do not import each other. In protocol order (排序, precedence.ts):
 * the participants list, the minutes' 出席 line, sign-in sheets and name cards all read it from here.
 * The role only parts people of the same place (someone placed twice by an older bundle).
 */
const ROLE_ORDER = `CASE a.role WHEN 'chair' THEN 0 WHEN 'presenter' THEN 1 WHEN 'speaker' THEN 2 WHEN 'attendee' THEN 3
  WHEN 'observer' THEN 4 ELSE 5 END`;

export function listParticipants(ctx: ReadContext, sessionId: string): Participant[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.session_id, a.role, a.presence, ${PERSON_COLUMNS}
         FROM attendance a JOIN person pe ON pe.id = a.person_id AND pe.deleted_at IS NULL ${PERSON_UNIT_JOIN}
        WHERE a.session_id = ? ORDER BY ${PERSON_ORDER}, ${ROLE_ORDER}, a.created_at`,
    )
    .all(sessionId) as ParticipantRow[];
  return rows.map(toParticipant);
}
