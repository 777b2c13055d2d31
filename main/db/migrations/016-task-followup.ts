import type { Migration } from './migration.js';

/**
 * Follow-up of a task between meetings (督办, issue 17): progress reports (进展), extension requests
 * (延期申请) and the original due date.
 *
 * `action_item.due_date` stays the CURRENT due date (the due lights count from it);
 * `original_due_date` is the date before the first approved extension, NULL while none was approved.
 * A progress report names who reported it (unit and/or person, either may be unknown) and goes to
 * the Trash when deleted. An extension request is decided once: approved (the due date moves to the
 * requested one) or refused, with the office's note.
 */
const sql = `
ALTER TABLE action_item ADD COLUMN original_due_date TEXT;

CREATE TABLE action_progress (
  id                 TEXT PRIMARY KEY,
  action_id          TEXT NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
  date               TEXT NOT NULL,
  text               TEXT NOT NULL,
  reporter_unit_id   TEXT REFERENCES unit(id) ON DELETE SET NULL,
  reporter_person_id TEXT REFERENCES person(id) ON DELETE SET NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  deleted_at         TEXT
) STRICT;
CREATE INDEX action_progress_by_action ON action_progress(action_id, date);

CREATE TABLE action_extension (
  id             TEXT PRIMARY KEY,
  action_id      TEXT NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
  requested_date TEXT NOT NULL,
  reason         TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'refused')),
  created_at     TEXT NOT NULL,
  decided_at     TEXT,
  decision_note  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX action_extension_by_action ON action_extension(action_id, created_at);
`;

export const migration: Migration = {
  version: 16,
  name: 'task-followup',
  up: (db) => db.exec(sql),
};
