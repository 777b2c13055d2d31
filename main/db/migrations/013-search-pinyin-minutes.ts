import type { Migration } from './migration.js';

/**
 * Search finds people (and units) by the pinyin of their names, and finds a session's minutes by
 * their text (issue 16, point 5).
 *
 * - `minutes` becomes a searchable kind: search_entry and search_stale take it in their CHECK. SQLite
 *   cannot change a CHECK, so both tables are rebuilt with their rows (search_entry's ids are the
 *   rows of search_fts and are kept). The stale triggers of migration 7 name search_stale in their
 *   bodies; `legacy_alter_table` lets the rebuilt table take the name without SQLite re-checking
 *   those triggers against the moment the old table is gone.
 * - Saving minutes (a draft edited, approved, a new version, a bundle imported) marks the session's
 *   minutes stale, like every other save (migration 7); main/core/search-index.ts reads the latest
 *   version's text when it catches up.
 * - The data step: every live person and unit is marked stale once, so the index gains the pinyin
 *   of the names that already exist (computed in JS at catch-up: pinyin is not SQL), and every
 *   session with minutes is marked, so minutes written before this version are found too.
 */
const KINDS = `('note', 'session', 'person', 'unit', 'action', 'minutes')`;

const sql = `
PRAGMA legacy_alter_table = ON;

CREATE TABLE search_entry_next (
  id     INTEGER PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ${KINDS}),
  ref_id TEXT NOT NULL,
  UNIQUE (kind, ref_id)
) STRICT;
INSERT INTO search_entry_next (id, kind, ref_id) SELECT id, kind, ref_id FROM search_entry;
DROP TABLE search_entry;
ALTER TABLE search_entry_next RENAME TO search_entry;

CREATE TABLE search_stale_next (
  seq    INTEGER PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ${KINDS}),
  ref_id TEXT NOT NULL
) STRICT;
INSERT INTO search_stale_next (seq, kind, ref_id) SELECT seq, kind, ref_id FROM search_stale;
DROP TABLE search_stale;
ALTER TABLE search_stale_next RENAME TO search_stale;

PRAGMA legacy_alter_table = OFF;

CREATE TRIGGER minutes_stale_ai AFTER INSERT ON minutes BEGIN
  INSERT INTO search_stale (kind, ref_id) VALUES ('minutes', new.session_id);
END;
CREATE TRIGGER minutes_stale_au AFTER UPDATE OF document ON minutes BEGIN
  INSERT INTO search_stale (kind, ref_id) VALUES ('minutes', new.session_id);
END;
CREATE TRIGGER minutes_stale_ad AFTER DELETE ON minutes BEGIN
  INSERT INTO search_stale (kind, ref_id) VALUES ('minutes', old.session_id);
END;

INSERT INTO search_stale (kind, ref_id) SELECT 'unit', id FROM unit WHERE deleted_at IS NULL ORDER BY rowid;
INSERT INTO search_stale (kind, ref_id) SELECT 'person', id FROM person WHERE deleted_at IS NULL ORDER BY rowid;
INSERT INTO search_stale (kind, ref_id) SELECT DISTINCT 'minutes', session_id FROM minutes ORDER BY session_id;
`;

export const migration: Migration = {
  version: 13,
  name: 'search-pinyin-minutes',
  up: (db) => db.exec(sql),
};
