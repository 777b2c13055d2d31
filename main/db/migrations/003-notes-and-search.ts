import type { Migration } from './migration.js';

/** Notes with edit history and dispositions, plans the opinions feed into, and full-text search. */
const sql = `
CREATE TABLE plan (
  id           TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  title        TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
) STRICT;
CREATE INDEX plan_by_programme ON plan(programme_id);

CREATE TABLE note (
  id                 TEXT PRIMARY KEY,
  session_id         TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  agenda_item_id     TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
  speaker_person_id  TEXT REFERENCES person(id) ON DELETE SET NULL,
  speaker_name       TEXT NOT NULL DEFAULT '',
  category           TEXT NOT NULL CHECK (category IN ('understanding', 'idea', 'difficulty', 'suggestion', 'criticism',
                                                       'question', 'interjection', 'decision')),
  text               TEXT NOT NULL CHECK (length(text) > 0),
  important          INTEGER NOT NULL DEFAULT 0 CHECK (important IN (0, 1)),
  captured_at        TEXT NOT NULL,
  captured_by        TEXT NOT NULL DEFAULT '',
  disposition        TEXT CHECK (disposition IN ('pending', 'to_incorporate', 'incorporated', 'declined', 'deferred')),
  plan_id            TEXT REFERENCES plan(id) ON DELETE SET NULL,
  disposition_reason TEXT NOT NULL DEFAULT '',
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  deleted_at         TEXT,
  CHECK (disposition IS NOT 'declined' OR disposition_reason <> ''),
  CHECK (disposition IS NOT 'to_incorporate' OR plan_id IS NOT NULL)
) STRICT;
CREATE INDEX note_by_session ON note(session_id, captured_at);
CREATE INDEX note_by_speaker ON note(speaker_person_id);
CREATE INDEX note_by_disposition ON note(disposition) WHERE disposition IS NOT NULL;

-- Every earlier version of a note: an edit never loses what was there before.
CREATE TABLE note_version (
  note_id           TEXT NOT NULL REFERENCES note(id) ON DELETE CASCADE,
  version           INTEGER NOT NULL,
  text              TEXT NOT NULL,
  category          TEXT NOT NULL,
  speaker_person_id TEXT,
  speaker_name      TEXT NOT NULL,
  important         INTEGER NOT NULL,
  edited_at         TEXT NOT NULL,
  PRIMARY KEY (note_id, version)
) STRICT, WITHOUT ROWID;

-- One search index for everything. The trigram tokenizer matches inside Chinese text (no word
-- breaks needed) for queries of three or more characters; shorter queries use LIKE on the same table.
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize = 'trigram');

CREATE TRIGGER note_ai AFTER INSERT ON note WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (kind, ref_id, title, body) VALUES ('note', new.id, new.speaker_name, new.text);
END;
CREATE TRIGGER note_au AFTER UPDATE ON note BEGIN
  DELETE FROM search_index WHERE kind = 'note' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, title, body)
    SELECT 'note', new.id, new.speaker_name, new.text WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER note_ad AFTER DELETE ON note BEGIN
  DELETE FROM search_index WHERE kind = 'note' AND ref_id = old.id;
END;

CREATE TRIGGER session_ai AFTER INSERT ON session WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (kind, ref_id, title, body) VALUES ('session', new.id, new.title, new.theme || ' ' || new.venue);
END;
CREATE TRIGGER session_au AFTER UPDATE ON session BEGIN
  DELETE FROM search_index WHERE kind = 'session' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, title, body)
    SELECT 'session', new.id, new.title, new.theme || ' ' || new.venue WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER session_ad AFTER DELETE ON session BEGIN
  DELETE FROM search_index WHERE kind = 'session' AND ref_id = old.id;
END;

-- A person is found by name, position and unit ("工信" finds the industry bureau's people).
CREATE TRIGGER person_ai AFTER INSERT ON person WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (kind, ref_id, title, body)
    VALUES ('person', new.id, new.name, new.position || ' ' || coalesce((SELECT name FROM unit WHERE id = new.unit_id), ''));
END;
CREATE TRIGGER person_au AFTER UPDATE ON person BEGIN
  DELETE FROM search_index WHERE kind = 'person' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, title, body)
    SELECT 'person', new.id, new.name, new.position || ' ' || coalesce((SELECT name FROM unit WHERE id = new.unit_id), '')
     WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER person_ad AFTER DELETE ON person BEGIN
  DELETE FROM search_index WHERE kind = 'person' AND ref_id = old.id;
END;

CREATE TRIGGER unit_ai AFTER INSERT ON unit WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (kind, ref_id, title, body) VALUES ('unit', new.id, new.name, new.short_name);
END;
CREATE TRIGGER unit_au AFTER UPDATE ON unit BEGIN
  DELETE FROM search_index WHERE kind = 'unit' AND ref_id = old.id;
  INSERT INTO search_index (kind, ref_id, title, body)
    SELECT 'unit', new.id, new.name, new.short_name WHERE new.deleted_at IS NULL;
  -- Its people carry the unit's name in their entry.
  DELETE FROM search_index WHERE kind = 'person' AND ref_id IN (SELECT id FROM person WHERE unit_id = new.id);
  INSERT INTO search_index (kind, ref_id, title, body)
    SELECT 'person', p.id, p.name, p.position || ' ' || new.name FROM person p WHERE p.unit_id = new.id AND p.deleted_at IS NULL;
END;
CREATE TRIGGER unit_ad AFTER DELETE ON unit BEGIN
  DELETE FROM search_index WHERE kind = 'unit' AND ref_id = old.id;
END;

-- What existed before this migration becomes searchable too.
INSERT INTO search_index (kind, ref_id, title, body)
  SELECT 'session', id, title, theme || ' ' || venue FROM session WHERE deleted_at IS NULL;
INSERT INTO search_index (kind, ref_id, title, body)
  SELECT 'person', p.id, p.name, p.position || ' ' || coalesce(u.name, '') FROM person p LEFT JOIN unit u ON u.id = p.unit_id
   WHERE p.deleted_at IS NULL;
INSERT INTO search_index (kind, ref_id, title, body) SELECT 'unit', id, name, short_name FROM unit WHERE deleted_at IS NULL;
`;

export const migration: Migration = {
  version: 3,
  name: 'notes-and-search',
  up: (db) => db.exec(sql),
};
