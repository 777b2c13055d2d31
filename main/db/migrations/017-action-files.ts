import type { Migration } from './migration.js';

/**
 * Files attached to a task (issue 17): to a progress report (role 'progress', `progress_id` set) or
 * as the deliverable (role 'deliverable', 办结 may rest on one). The row holds the name as shown and
 * the bytes' sha256; the bytes live in the data folder under files/<sha256[0..2]>/<sha256>, written
 * once and shared by every row with the same hash. A deleted file goes to the Trash (its bytes stay).
 */
const sql = `
CREATE TABLE action_file (
  id          TEXT PRIMARY KEY,
  action_id   TEXT NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
  progress_id TEXT REFERENCES action_progress(id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('progress', 'deliverable')),
  name        TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  size        INTEGER NOT NULL,
  mime        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE INDEX action_file_by_action ON action_file(action_id, created_at);
`;

export const migration: Migration = {
  version: 17,
  name: 'action-files',
  up: (db) => db.exec(sql),
};
