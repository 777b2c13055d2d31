import type { Migration } from './migration.js';

/**
 * Run mode across sittings, one source of truth for chair and secretary, and countdowns the
 * facilitator can hide.
 *
 * - run_state.adjourned_at: the current sitting was ended while the session stays live (a lunch
 *   break between the morning and the afternoon sitting); sitting_no counts the sittings held.
 * - run_state.hide_countdown (the whole session) and speaker.hide_countdown (one speaker, e.g. a
 *   county head's interjection): the projector shows no countdown.
 * - The chair and the secretary were two facts: session.chair_id/secretary_id and a participant's
 *   role. From now on the core keeps them in step; this brings existing data in step once: a session
 *   field with no matching role gives the person that role (adding them as a participant when
 *   needed); a role with no session field fills the field (the earliest such participant); other
 *   participants still holding the role become attendees. One person cannot hold both: the chair wins.
 */
const sql = `
ALTER TABLE run_state ADD COLUMN adjourned_at TEXT;
ALTER TABLE run_state ADD COLUMN sitting_no INTEGER NOT NULL DEFAULT 1 CHECK (sitting_no BETWEEN 1 AND 1000);
ALTER TABLE run_state ADD COLUMN hide_countdown INTEGER NOT NULL DEFAULT 0 CHECK (hide_countdown IN (0, 1));
ALTER TABLE speaker ADD COLUMN hide_countdown INTEGER NOT NULL DEFAULT 0 CHECK (hide_countdown IN (0, 1));

UPDATE session SET secretary_id = NULL WHERE secretary_id = chair_id;

UPDATE session SET chair_id = (
  SELECT a.person_id FROM attendance a WHERE a.session_id = session.id AND a.role = 'chair' ORDER BY a.created_at, a.person_id LIMIT 1)
 WHERE chair_id IS NULL;
UPDATE session SET secretary_id = (
  SELECT a.person_id FROM attendance a WHERE a.session_id = session.id AND a.role = 'secretary'
     AND a.person_id IS NOT session.chair_id ORDER BY a.created_at, a.person_id LIMIT 1)
 WHERE secretary_id IS NULL;

INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at)
  SELECT s.id, s.chair_id, 'chair', 'invited', s.updated_at, s.updated_at FROM session s
   WHERE s.chair_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.person_id = s.chair_id);
INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at)
  SELECT s.id, s.secretary_id, 'secretary', 'invited', s.updated_at, s.updated_at FROM session s
   WHERE s.secretary_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.person_id = s.secretary_id);

UPDATE attendance SET role = 'attendee'
 WHERE role IN ('chair', 'secretary')
   AND person_id IS NOT (SELECT CASE attendance.role WHEN 'chair' THEN s.chair_id ELSE s.secretary_id END FROM session s WHERE s.id = attendance.session_id);
UPDATE attendance SET role = 'chair'
 WHERE person_id = (SELECT s.chair_id FROM session s WHERE s.id = attendance.session_id);
UPDATE attendance SET role = 'secretary'
 WHERE person_id = (SELECT s.secretary_id FROM session s WHERE s.id = attendance.session_id);
`;

export const migration: Migration = {
  version: 10,
  name: 'sittings-officers-countdown',
  up: (db) => db.exec(sql),
};
