import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchKind } from '../../shared/notes.js';
import type { CoreContext, HandlerMap } from './context.js';
import { catchUpSearchIndex, searchSource } from './search-index.js';

interface EntryRow {
  kind: SearchKind;
  refId: string;
}

const MAX_TERMS = 8;
/** The trigram tokenizer needs three characters; Chinese queries are often one or two (人才, 税). */
const TRIGRAM_MIN = 3;
/** Above every character: `term < prefix + TOP` bounds a prefix range of the index's vocabulary. */
const TOP = '\u{10FFFF}';

/** A window of `text` around the first match, every match wrapped in highlight marks. */
export function snippetAround(text: string, terms: string[], radius = 24): string {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  const start = first === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, first - radius);
  const end = Math.min(text.length, (first === Number.MAX_SAFE_INTEGER ? 0 : first) + radius * 2);
  let window = text.slice(start, end);
  for (const term of terms) {
    const pattern = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    window = window.replace(pattern, (m) => `${HIGHLIGHT_START}${m}${HIGHLIGHT_END}`);
  }
  return `${start > 0 ? '…' : ''}${window}${end < text.length ? '…' : ''}`;
}

/** Beyond this many trigrams, a short term's OR group costs FTS5 more than collecting its rows does. */
const MAX_TRIGRAMS_PER_TERM = 250;

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * The newest entries that contain every term. A term of three or more characters is a phrase of the
 * trigram index. A shorter term is the start of some trigram (every indexed value ends with padding,
 * see search-index.ts): the trigrams in the vocabulary range [term, term + TOP), read from the list of
 * terms alone, become an OR group in the same FTS5 query, so FTS5 walks the rows newest first and
 * stops at the limit. A short term that starts too many trigrams (a very common character) is
 * matched by the rows of its occurrences instead (`search_terms`). Never a pass over every row.
 */
function findEntries(ctx: CoreContext, terms: string[], limit: number): EntryRow[] {
  const groups: string[] = [];
  const crowded: string[] = [];
  for (const term of terms) {
    if ([...term].length >= TRIGRAM_MIN) {
      groups.push(quote(term));
      continue;
    }
    // The vocabulary holds the tokenizer's case-folded trigrams.
    const prefix = term.toLowerCase();
    const trigrams = ctx.db.prepare('SELECT term FROM search_term_rows WHERE term >= ? AND term < ?').pluck().all(prefix, prefix + TOP) as string[];
    if (trigrams.length === 0) return [];
    if (trigrams.length > MAX_TRIGRAMS_PER_TERM) crowded.push(prefix);
    else groups.push(`(${trigrams.map(quote).join(' OR ')})`);
  }
  const inOccurrences = (column: string) => `${column} IN (SELECT doc FROM search_terms WHERE term >= ? AND term < ?)`;
  const ranges = (list: string[]) => list.flatMap((t) => [t, t + TOP]);
  let hits: string;
  let params: unknown[];
  if (groups.length > 0) {
    const also = crowded.map(() => ` AND ${inOccurrences('rowid')}`).join('');
    // Newest first, not by rank: ranking scores every match (tens of thousands for a common phrase in a
    // big programme), and for meeting notes the latest hits are the ones people look for.
    hits = `SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ?${also} ORDER BY rowid DESC LIMIT ?`;
    params = [groups.join(' AND '), ...ranges(crowded), limit];
  } else {
    const [first, ...rest] = crowded;
    const also = rest.map(() => ` AND ${inOccurrences('doc')}`).join('');
    hits = `SELECT DISTINCT doc AS id FROM search_terms WHERE term >= ? AND term < ?${also} ORDER BY doc DESC LIMIT ?`;
    params = [...ranges([first!]), ...ranges(rest), limit];
  }
  return ctx.db
    .prepare(`SELECT e.kind, e.ref_id AS refId FROM (${hits}) AS hit JOIN search_entry e ON e.id = hit.id ORDER BY hit.id DESC`)
    .all(...params) as EntryRow[];
}

/** Where a hit lives, and whether it is still live (a note of a trashed session is not a hit). */
function locate(ctx: CoreContext, row: EntryRow, title: string): { sessionId: string | null; programmeId: string | null; title: string } | null {
  if (row.kind === 'note') {
    const found = ctx.db
      .prepare(
        `SELECT n.session_id AS sessionId, st.programme_id AS programmeId, coalesce(pe.name, nullif(n.speaker_name, ''), s.title) AS title
           FROM note n JOIN session s ON s.id = n.session_id AND s.deleted_at IS NULL
           JOIN stage st ON st.id = s.stage_id AND st.deleted_at IS NULL
           JOIN programme p ON p.id = st.programme_id AND p.deleted_at IS NULL
           LEFT JOIN person pe ON pe.id = n.speaker_person_id
          WHERE n.id = ?`,
      )
      .get(row.refId) as { sessionId: string; programmeId: string; title: string } | undefined;
    return found ?? null;
  }
  if (row.kind === 'action') {
    const found = ctx.db
      .prepare(
        `SELECT a.session_id AS sessionId, a.programme_id AS programmeId FROM action_item a
           JOIN programme p ON p.id = a.programme_id AND p.deleted_at IS NULL WHERE a.id = ? AND a.deleted_at IS NULL`,
      )
      .get(row.refId) as { sessionId: string | null; programmeId: string } | undefined;
    return found ? { ...found, title } : null;
  }
  if (row.kind === 'session' || row.kind === 'minutes') {
    // Minutes are named after their session: the title they are listed under is the session's.
    const found = ctx.db
      .prepare(
        `SELECT s.id AS sessionId, st.programme_id AS programmeId, s.title FROM session s
           JOIN stage st ON st.id = s.stage_id AND st.deleted_at IS NULL
           JOIN programme p ON p.id = st.programme_id AND p.deleted_at IS NULL WHERE s.id = ? AND s.deleted_at IS NULL`,
      )
      .get(row.refId) as { sessionId: string; programmeId: string; title: string } | undefined;
    return found ? { ...found, title: row.kind === 'minutes' ? found.title : title } : null;
  }
  return { sessionId: null, programmeId: null, title };
}

export const searchHandlers: HandlerMap<'search'> = {
  'search.query': (input, ctx): SearchHit[] => {
    const terms = [...new Set(input.query.split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
    const limit = input.limit ?? 50;
    if (terms.length === 0) return [];
    // A search never misses a saved word: what saves marked stale is indexed first, in this transaction.
    catchUpSearchIndex(ctx.db);
    const hits: SearchHit[] = [];
    for (const row of findEntries(ctx, terms, limit * 2)) {
      const words = searchSource(ctx.db, row.kind, row.refId);
      const where = words && locate(ctx, row, words.title);
      if (!words || !where) continue;
      const source = words.body.trim() ? words.body : words.title;
      hits.push({
        kind: row.kind,
        id: row.refId,
        title: where.title,
        snippet: snippetAround(source, terms),
        sessionId: where.sessionId,
        programmeId: where.programmeId,
      });
      if (hits.length >= limit) break;
    }
    return hits;
  },
};
