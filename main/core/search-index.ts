import type BetterSqlite3 from 'better-sqlite3';
import { minutesPlainText } from '../../shared/minutes.js';
import type { SearchKind } from '../../shared/notes.js';
import { ENTITIES, SOFT_DELETABLE } from './entities.js';
import type { SearchSource, SourceSpec } from './search-source.js';

/**
 * Brings the full-text index up to date with what saves marked stale (migration 7 explains why the
 * index catches up after a save instead of inside it). Everything here runs inside the caller's
 * transaction: the search handler's, or the idle catch-up's own (see idle-work.ts).
 */

/**
 * Appended to every indexed value, so that every character, the last two included, starts a
 * trigram: "王芳" is indexed as "王芳 ", "芳  ", and the one-character query 王 finds it as the prefix
 * of a trigram.
 */
export const INDEX_PADDING = '  ';

export type { SearchSource } from './search-source.js';

/**
 * The words each kind is found by, for one live row: the entity definitions' `search`
 * (entities.ts), and a session's minutes, which are not an entity of their own (they live and go
 * with their session). The search handler reads the same words back for its snippets, so what is
 * indexed and what is shown cannot drift apart.
 */
const SOURCES = {
  ...Object.fromEntries(
    SOFT_DELETABLE.flatMap((kind) => {
      const search = ENTITIES[kind].search;
      return search ? [[search.kind, search]] : [];
    }),
  ),
  // By the text of its latest version (the draft being written, or the approved record); the hit is
  // named after the session (search.ts `locate`), so the title stays empty here.
  minutes: {
    sql: `SELECT '' AS title, document AS body FROM minutes WHERE session_id = ? ORDER BY version DESC LIMIT 1`,
    words: (row: SearchSource) => ({ title: '', body: minutesPlainText(parseJson(row.body)) }),
  },
} as Record<SearchKind, SourceSpec>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readSource(statement: BetterSqlite3.Statement, kind: SearchKind, refId: string): SearchSource | undefined {
  const row = statement.get(refId) as SearchSource | undefined;
  if (!row) return undefined;
  const words = SOURCES[kind].words;
  return words ? words(row) : row;
}

export function searchSource(db: BetterSqlite3.Database, kind: SearchKind, refId: string): SearchSource | undefined {
  return readSource(db.prepare(SOURCES[kind].sql), kind, refId);
}

/** What goes into the index for a thing's words: every value padded, the hidden keys after the body. */
function indexedBody(source: SearchSource): string {
  return source.body + INDEX_PADDING + (source.keys ? source.keys + INDEX_PADDING : '');
}

interface StaleRow {
  seq: number;
  kind: SearchKind;
  refId: string;
}

/** How many stale marks are waiting (a thing changed twice counts twice). */
export function staleCount(db: BetterSqlite3.Database): number {
  return db.prepare('SELECT count(*) FROM search_stale').pluck().get() as number;
}

/**
 * Works through up to `max` stale marks, oldest first, and returns how many it took. Each thing's
 * old index row is removed by its key and, when it is still live, its current words are indexed.
 */
export function catchUpSearchIndex(db: BetterSqlite3.Database, max = Number.MAX_SAFE_INTEGER): number {
  const batch = db.prepare('SELECT seq, kind, ref_id AS refId FROM search_stale ORDER BY seq LIMIT ?').all(max) as StaleRow[];
  if (batch.length === 0) return 0;
  const sources = Object.fromEntries(Object.entries(SOURCES).map(([kind, spec]) => [kind, db.prepare(spec.sql)])) as Record<
    SearchKind,
    BetterSqlite3.Statement
  >;
  const findEntry = db.prepare('SELECT id FROM search_entry WHERE kind = ? AND ref_id = ?').pluck();
  const addEntry = db.prepare('INSERT INTO search_entry (kind, ref_id) VALUES (?, ?)');
  const dropEntry = db.prepare('DELETE FROM search_entry WHERE id = ?');
  const unindex = db.prepare('DELETE FROM search_fts WHERE rowid = ?');
  const index = db.prepare('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  const done = db.prepare('DELETE FROM search_stale WHERE seq = ?');

  const seen = new Set<string>();
  for (const { seq, kind, refId } of batch) {
    done.run(seq);
    // A thing changed several times has several marks: indexing it once reads its latest words.
    const key = `${kind}\u0000${refId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = findEntry.get(kind, refId) as number | undefined;
    const source = readSource(sources[kind], kind, refId);
    if (entry !== undefined) unindex.run(entry);
    if (source) {
      // An edited thing keeps its entry, and so its place in "newest first".
      const id = entry ?? Number(addEntry.run(kind, refId).lastInsertRowid);
      index.run(id, source.title + INDEX_PADDING, indexedBody(source));
    } else if (entry !== undefined) {
      dropEntry.run(entry);
    }
  }
  return batch.length;
}
