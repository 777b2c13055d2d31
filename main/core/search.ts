import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchKind } from '../../shared/notes.js';
import type { CoreContext, HandlerMap } from './context.js';

interface IndexRow {
  kind: SearchKind;
  ref_id: string;
  title: string;
  body: string;
}

const MAX_TERMS = 8;
/** The trigram tokenizer needs three characters; Chinese queries are often one or two (人才, 税). */
const TRIGRAM_MIN = 3;

function escapeLike(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

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

function findRows(ctx: CoreContext, terms: string[], limit: number): IndexRow[] {
  if (terms.every((t) => [...t].length >= TRIGRAM_MIN)) {
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    // Newest first, not by rank: ranking scores every match (tens of thousands for a common phrase in a
    // big programme), and for meeting notes the latest hits are the ones people look for.
    return ctx.db
      .prepare('SELECT kind, ref_id, title, body FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?')
      .all(match, limit * 2) as IndexRow[];
  }
  const where = terms.map(() => "(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')").join(' AND ');
  const params = terms.flatMap((t) => [escapeLike(t), escapeLike(t)]);
  return ctx.db.prepare(`SELECT kind, ref_id, title, body FROM search_index WHERE ${where} LIMIT ?`).all(...params, limit * 2) as IndexRow[];
}

/** Where a hit lives, and whether it is still live (a note of a trashed session is not a hit). */
function locate(ctx: CoreContext, row: IndexRow): { sessionId: string | null; programmeId: string | null; title: string } | null {
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
      .get(row.ref_id) as { sessionId: string; programmeId: string; title: string } | undefined;
    return found ?? null;
  }
  if (row.kind === 'action') {
    const found = ctx.db
      .prepare(
        `SELECT a.session_id AS sessionId, a.programme_id AS programmeId FROM action_item a
           JOIN programme p ON p.id = a.programme_id AND p.deleted_at IS NULL WHERE a.id = ? AND a.deleted_at IS NULL`,
      )
      .get(row.ref_id) as { sessionId: string | null; programmeId: string } | undefined;
    return found ? { ...found, title: row.title } : null;
  }
  if (row.kind === 'session') {
    const found = ctx.db
      .prepare(
        `SELECT s.id AS sessionId, st.programme_id AS programmeId FROM session s
           JOIN stage st ON st.id = s.stage_id AND st.deleted_at IS NULL
           JOIN programme p ON p.id = st.programme_id AND p.deleted_at IS NULL WHERE s.id = ?`,
      )
      .get(row.ref_id) as { sessionId: string; programmeId: string } | undefined;
    return found ? { ...found, title: row.title } : null;
  }
  return { sessionId: null, programmeId: null, title: row.title };
}

export const searchHandlers: HandlerMap<'search'> = {
  'search.query': (input, ctx): SearchHit[] => {
    const terms = [...new Set(input.query.split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
    const limit = input.limit ?? 50;
    const hits: SearchHit[] = [];
    for (const row of findRows(ctx, terms, limit)) {
      const where = locate(ctx, row);
      if (!where) continue;
      const source = row.body.trim() ? row.body : row.title;
      hits.push({
        kind: row.kind,
        id: row.ref_id,
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
