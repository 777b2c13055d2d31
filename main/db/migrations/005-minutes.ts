import type { Migration } from './migration.js';

/** Minutes as stored, versioned documents: drafts the secretary edits, approved versions locked. */
const sql = `
CREATE TABLE minutes (
  session_id  TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  version     INTEGER NOT NULL CHECK (version >= 1),
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  locale      TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  document    TEXT NOT NULL CHECK (json_valid(document)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  approved_at TEXT,
  PRIMARY KEY (session_id, version),
  CHECK (status = 'draft' OR approved_at IS NOT NULL)
) STRICT;

-- Approved minutes are the record: the database itself refuses to change them.
CREATE TRIGGER minutes_locked BEFORE UPDATE ON minutes WHEN old.status = 'approved' BEGIN
  SELECT RAISE(ABORT, 'approved minutes are locked');
END;
`;

export const migration: Migration = {
  version: 5,
  name: 'minutes',
  up: (db) => db.exec(sql),
};
