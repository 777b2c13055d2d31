import type { Migration } from './migration.js';

/**
 * A note's history keeps where it stood as well as what it said: the agenda item, and whether it was an
 * opinion needing an answer (its disposition, plan and reason). Marking, unmarking and moving a note are
 * edits like any other, so each earlier version must be able to show them. Versions written before this
 * migration did not record them: they take the note's current values, the best that is known.
 */
const sql = `
ALTER TABLE note_version ADD COLUMN agenda_item_id TEXT;
ALTER TABLE note_version ADD COLUMN disposition TEXT
  CHECK (disposition IN ('pending', 'to_incorporate', 'incorporated', 'declined', 'deferred'));
ALTER TABLE note_version ADD COLUMN plan_id TEXT;
ALTER TABLE note_version ADD COLUMN disposition_reason TEXT NOT NULL DEFAULT '';
UPDATE note_version SET
  agenda_item_id = (SELECT n.agenda_item_id FROM note n WHERE n.id = note_version.note_id),
  disposition = (SELECT n.disposition FROM note n WHERE n.id = note_version.note_id),
  plan_id = (SELECT n.plan_id FROM note n WHERE n.id = note_version.note_id),
  disposition_reason = (SELECT n.disposition_reason FROM note n WHERE n.id = note_version.note_id);
`;

export const migration: Migration = {
  version: 9,
  name: 'note-version-placement',
  up: (db) => db.exec(sql),
};
