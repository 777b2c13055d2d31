/**
 * The chair and the secretary of a session are one fact held in two places: the session's
 * chair_id / secretary_id (what the details form and the minutes header read) and the participant's
 * role (what the participants table shows and sets). Every write of either goes through here, inside
 * the caller's transaction, so the two never disagree: setting one sets the other.
 */
import type { CoreContext } from './context.js';
import { nowIso } from './sql.js';

export const OFFICER_ROLES = ['chair', 'secretary'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

const COLUMN: Record<OfficerRole, 'chair_id' | 'secretary_id'> = { chair: 'chair_id', secretary: 'secretary_id' };

export const isOfficerRole = (role: string | null | undefined): role is OfficerRole => role === 'chair' || role === 'secretary';

function officerOf(ctx: CoreContext, sessionId: string, role: OfficerRole): string | null {
  return ctx.db.prepare(`SELECT ${COLUMN[role]} FROM session WHERE id = ?`).pluck().get(sessionId) as string | null;
}

/**
 * Makes `personId` (or nobody) the session's `role`: the session field, and the person's participant
 * role (added as a participant if they were not one). The previous holder stays a participant, as an
 * attendee; a person who held the other office gives it up (one role per participant).
 */
export function setOfficer(ctx: CoreContext, sessionId: string, role: OfficerRole, personId: string | null) {
  const at = nowIso(ctx);
  const previous = officerOf(ctx, sessionId, role);
  if (previous && previous !== personId) {
    ctx.db
      .prepare("UPDATE attendance SET role = 'attendee', updated_at = ? WHERE session_id = ? AND person_id = ? AND role = ?")
      .run(at, sessionId, previous, role);
  }
  if (personId) {
    const other: OfficerRole = role === 'chair' ? 'secretary' : 'chair';
    if (officerOf(ctx, sessionId, other) === personId) {
      ctx.db.prepare(`UPDATE session SET ${COLUMN[other]} = NULL, updated_at = ? WHERE id = ?`).run(at, sessionId);
    }
    ctx.db
      .prepare(
        `INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at) VALUES (@sessionId, @personId, @role, 'invited', @at, @at)
         ON CONFLICT (session_id, person_id) DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at`,
      )
      .run({ sessionId, personId, role, at });
  }
  ctx.db.prepare(`UPDATE session SET ${COLUMN[role]} = ?, updated_at = ? WHERE id = ?`).run(personId, at, sessionId);
  ctx.changed('session', sessionId);
  ctx.changed('attendance', sessionId);
}

/** A participant who held an office and no longer does (another role, or removed): the session field empties. */
export function releaseOffice(ctx: CoreContext, sessionId: string, personId: string) {
  for (const role of OFFICER_ROLES) {
    if (officerOf(ctx, sessionId, role) === personId) {
      ctx.db.prepare(`UPDATE session SET ${COLUMN[role]} = NULL, updated_at = ? WHERE id = ?`).run(nowIso(ctx), sessionId);
      ctx.changed('session', sessionId);
    }
  }
}
