import type { Migration } from './migration.js';

/** Programmes, stages, sessions with sittings, the directory of units and people, attendance. */
const sql = `
CREATE TABLE programme (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  locale      TEXT NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;

CREATE TABLE stage (
  id           TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  title        TEXT NOT NULL,
  audience     TEXT NOT NULL DEFAULT '',
  purpose      TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;
CREATE INDEX stage_by_programme ON stage(programme_id, position);

CREATE TABLE unit (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  kind       TEXT NOT NULL DEFAULT 'other'
             CHECK (kind IN ('party', 'government', 'department', 'township', 'enterprise', 'congress', 'cppcc', 'other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX unit_name_live ON unit(name) WHERE deleted_at IS NULL;

CREATE TABLE person (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  position   TEXT NOT NULL DEFAULT '',
  unit_id    TEXT REFERENCES unit(id) ON DELETE SET NULL,
  category   TEXT NOT NULL DEFAULT 'other'
             CHECK (category IN ('leadership', 'department_head', 'township_leader', 'deputy', 'committee_member',
                                 'entrepreneur', 'expert', 'staff', 'other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX person_by_unit ON person(unit_id);

CREATE TABLE session (
  id             TEXT PRIMARY KEY,
  stage_id       TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  title          TEXT NOT NULL,
  theme          TEXT NOT NULL DEFAULT '',
  mode           TEXT NOT NULL DEFAULT 'discussion' CHECK (mode IN ('briefing', 'discussion', 'decision')),
  venue          TEXT NOT NULL DEFAULT '',
  chair_id       TEXT REFERENCES person(id) ON DELETE SET NULL,
  secretary_id   TEXT REFERENCES person(id) ON DELETE SET NULL,
  status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'live', 'closed')),
  minutes_status TEXT NOT NULL DEFAULT 'draft' CHECK (minutes_status IN ('draft', 'approved')),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
) STRICT;
CREATE INDEX session_by_stage ON session(stage_id, position);

CREATE TABLE sitting (
  id         TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  date       TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (start_time < end_time)
) STRICT;
CREATE INDEX sitting_by_session ON sitting(session_id, position);

CREATE TABLE attendance (
  session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  role       TEXT NOT NULL DEFAULT 'attendee'
             CHECK (role IN ('chair', 'presenter', 'speaker', 'attendee', 'secretary', 'observer')),
  presence   TEXT NOT NULL DEFAULT 'invited' CHECK (presence IN ('invited', 'present', 'excused', 'absent', 'late')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (session_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX attendance_by_person ON attendance(person_id);

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;

export const migration: Migration = {
  version: 1,
  name: 'directory-and-sessions',
  up: (db) => db.exec(sql),
};
