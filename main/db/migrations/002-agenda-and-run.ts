import type { Migration } from './migration.js';

/** Agenda items, speaker queues with their actual speeches, the live run state, agenda templates. */
const sql = `
CREATE TABLE agenda_item (
  id              TEXT PRIMARY KEY,
  session_id      TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  sitting_id      TEXT REFERENCES sitting(id) ON DELETE SET NULL,
  position        INTEGER NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('presentation', 'statements', 'discussion', 'break', 'summary')),
  title           TEXT NOT NULL,
  presenter_id    TEXT REFERENCES person(id) ON DELETE SET NULL,
  presenter_name  TEXT NOT NULL DEFAULT '',
  planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 1440),
  chair_notes     TEXT NOT NULL DEFAULT '',
  -- The default prompt for speakers added to this item ("understanding, ideas, difficulties").
  speaker_prompt  TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done')),
  actual_start    TEXT,
  actual_end      TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
) STRICT;
CREATE INDEX agenda_by_session ON agenda_item(session_id, position);

CREATE TABLE speaker (
  id              TEXT PRIMARY KEY,
  agenda_item_id  TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  person_id       TEXT REFERENCES person(id) ON DELETE SET NULL,
  free_name       TEXT NOT NULL DEFAULT '',
  planned_seconds INTEGER NOT NULL DEFAULT 300 CHECK (planned_seconds BETWEEN 0 AND 86400),
  prompt          TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'speaking', 'done', 'skipped')),
  is_interjection INTEGER NOT NULL DEFAULT 0 CHECK (is_interjection IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (person_id IS NOT NULL OR free_name <> '')
) STRICT;
CREATE INDEX speaker_by_item ON speaker(agenda_item_id, position);
CREATE INDEX speaker_by_person ON speaker(person_id);

-- One row per uninterrupted stretch of speech: pause and interjections close a stretch.
CREATE TABLE speech (
  id         TEXT PRIMARY KEY,
  speaker_id TEXT NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
  started_at TEXT NOT NULL,
  ended_at   TEXT,
  CHECK (ended_at IS NULL OR ended_at >= started_at)
) STRICT;
CREATE INDEX speech_by_speaker ON speech(speaker_id);

CREATE TABLE run_state (
  session_id         TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
  current_item_id    TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
  current_speaker_id TEXT REFERENCES speaker(id) ON DELETE SET NULL,
  paused_at          TEXT,
  projector_mode     TEXT NOT NULL DEFAULT 'live' CHECK (projector_mode IN ('live', 'blank', 'break')),
  break_until        TEXT,
  projector_message  TEXT NOT NULL DEFAULT '',
  updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE agenda_template (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  locale     TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  items      TEXT NOT NULL CHECK (json_valid(items)),
  created_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
`;

export const migration: Migration = {
  version: 2,
  name: 'agenda-and-run',
  up: (db) => db.exec(sql),
};
