import type { Migration } from './migration.js';

/**
 * The search index catches up after the save instead of inside it.
 *
 * Until now every save fed FTS5 in its own transaction: FTS5 writes a new index segment at every
 * commit and merges segments as they pile up, so about one note save in fifty paid for a merge
 * (p99 4–6 ms against p50 0.5 ms over 100,000 notes). And each edit or deletion found its old index
 * row by `kind`/`ref_id`, columns FTS5 cannot index: a full pass over the index per edit.
 *
 * Now:
 * - a save only marks what changed as stale (`search_stale`, one small row appended in the same
 *   transaction, so a crash cannot lose the mark);
 * - main/core/search-index.ts brings the index up to date from the stale marks in batches: when the
 *   app is idle, and always before a search runs, so a search never misses a saved word;
 * - `search_entry` maps each searchable thing to its index row, so an edit finds it by key;
 * - the index is contentless (the words are read from their own tables), so the text is not stored
 *   twice;
 * - every indexed value ends with two spaces, so every character, even the last of a two-character
 *   name, starts a trigram: one- and two-character queries become a prefix range over the index's
 *   vocabulary (`search_terms`) instead of a LIKE over every row.
 */
/** What each searchable kind is found by: a change to one of these columns makes it stale. */
const WATCHED = [
  { kind: 'note', table: 'note', columns: 'speaker_name, text, deleted_at' },
  { kind: 'session', table: 'session', columns: 'title, theme, venue, deleted_at' },
  { kind: 'person', table: 'person', columns: 'name, position, unit_id, deleted_at' },
  {
    kind: 'unit',
    table: 'unit',
    columns: 'name, short_name, deleted_at',
    // A person is found by the name of their unit too, so renaming a unit makes its people stale.
    alsoOnUpdate: "INSERT INTO search_stale (kind, ref_id) SELECT 'person', id FROM person WHERE unit_id = new.id;",
  },
  { kind: 'action', table: 'action_item', columns: 'title, description, deliverable, deleted_at' },
] as const;

function staleTriggers(watched: (typeof WATCHED)[number]): string {
  const { kind, table, columns } = watched;
  const mark = (row: 'new' | 'old') => `INSERT INTO search_stale (kind, ref_id) VALUES ('${kind}', ${row}.id);`;
  return `
CREATE TRIGGER ${kind}_stale_ai AFTER INSERT ON ${table} BEGIN
  ${mark('new')}
END;
CREATE TRIGGER ${kind}_stale_au AFTER UPDATE OF ${columns} ON ${table} BEGIN
  ${mark('new')}${'alsoOnUpdate' in watched ? `\n  ${watched.alsoOnUpdate}` : ''}
END;
CREATE TRIGGER ${kind}_stale_ad AFTER DELETE ON ${table} BEGIN
  ${mark('old')}
END;`;
}

const sql = `
DROP TRIGGER note_ai;
DROP TRIGGER note_au;
DROP TRIGGER note_ad;
DROP TRIGGER session_ai;
DROP TRIGGER session_au;
DROP TRIGGER session_ad;
DROP TRIGGER person_ai;
DROP TRIGGER person_au;
DROP TRIGGER person_ad;
DROP TRIGGER unit_ai;
DROP TRIGGER unit_au;
DROP TRIGGER unit_ad;
DROP TRIGGER action_ai;
DROP TRIGGER action_au;
DROP TRIGGER action_ad;
DROP TABLE search_index;

-- One row per searchable thing; its id is its row in search_fts, and ids grow with time, so
-- "newest first" is "highest id first".
CREATE TABLE search_entry (
  id     INTEGER PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ('note', 'session', 'person', 'unit', 'action')),
  ref_id TEXT NOT NULL,
  UNIQUE (kind, ref_id)
) STRICT;

-- What changed since the index last caught up, in the order it changed. Append-only, without a
-- unique key: a mark is then one row at the end of one page, the cheapest write a save can add to
-- its commit. A thing changed twice has two marks; catching up is idempotent.
CREATE TABLE search_stale (
  seq    INTEGER PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ('note', 'session', 'person', 'unit', 'action')),
  ref_id TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'trigram');
-- Every trigram with the rows it occurs in: one- and two-character queries read a prefix range of it.
CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_fts, instance);

${WATCHED.map(staleTriggers).join('\n')}

-- Everything that exists is stale once: the index is rebuilt from its sources, oldest first, when
-- the upgraded app first catches up.
INSERT INTO search_stale (kind, ref_id) SELECT 'unit', id FROM unit WHERE deleted_at IS NULL ORDER BY rowid;
INSERT INTO search_stale (kind, ref_id) SELECT 'person', id FROM person WHERE deleted_at IS NULL ORDER BY rowid;
INSERT INTO search_stale (kind, ref_id) SELECT 'session', id FROM session WHERE deleted_at IS NULL ORDER BY rowid;
INSERT INTO search_stale (kind, ref_id) SELECT 'action', id FROM action_item WHERE deleted_at IS NULL ORDER BY rowid;
INSERT INTO search_stale (kind, ref_id) SELECT 'note', id FROM note WHERE deleted_at IS NULL ORDER BY rowid;
`;

export const migration: Migration = {
  version: 7,
  name: 'search-catch-up',
  up: (db) => db.exec(sql),
};
