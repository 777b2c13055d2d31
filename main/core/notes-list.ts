/**
 * Listing a session's notes: every note in the order captured (minutes, exports), or one page,
 * newest first, older than a cursor (the capture screen: a big session's newest notes at once).
 */
import { NOTE_PAGE_SIZE } from '../../shared/contract/channels-notes.js';
import type { InputOf } from '../../shared/contract/channels.js';
import type { Note, NotePage } from '../../shared/notes.js';
import type { CoreContext, ReadContext } from './context.js';
import { NOTE_SELECT, toNote, type JoinedNoteRow } from './notes-read.js';
import { getSession } from './sessions.js';

type Filters = InputOf<'note.all'>;

/** The WHERE clause and its parameters for a session's live notes under the optional filters. */
function matching(ctx: ReadContext, input: Filters) {
  getSession(ctx, input.sessionId);
  const where = ['n.session_id = @sessionId', 'n.deleted_at IS NULL'];
  if (input.category) where.push('n.category = @category');
  if (input.speakerPersonId) where.push('n.speaker_person_id = @speakerPersonId');
  if (input.important !== undefined) where.push('n.important = @important');
  if (input.agendaItemId) where.push('n.agenda_item_id = @agendaItemId');
  const params = {
    sessionId: input.sessionId,
    category: input.category ?? null,
    speakerPersonId: input.speakerPersonId ?? null,
    important: input.important === undefined ? null : input.important ? 1 : 0,
    agendaItemId: input.agendaItemId ?? null,
  };
  return { where, params };
}

export function allNotes(ctx: ReadContext, input: Filters): Note[] {
  const { where, params } = matching(ctx, input);
  const rows = ctx.db.prepare(`${NOTE_SELECT} WHERE ${where.join(' AND ')} ORDER BY n.captured_at, n.rowid`).all(params) as JoinedNoteRow[];
  return rows.map(toNote);
}

/**
 * The cursor is the last note's capture time and rowid: the order is (captured_at, rowid), as in
 * allNotes, so the pages put together are exactly allNotes reversed, and a note saved meanwhile
 * (newer) never shifts the older pages. The index note_by_session(session_id, captured_at) (with
 * its implicit rowid) serves the order, so a page reads only its own rows, however big the session.
 */
export function notePage(ctx: CoreContext, input: InputOf<'note.list'>): NotePage {
  const { where, params } = matching(ctx, input);
  const counts = ctx.db
    .prepare(`SELECT coalesce(n.agenda_item_id, '') AS item, count(*) AS count FROM note n WHERE ${where.join(' AND ')} GROUP BY 1`)
    .all(params) as { item: string; count: number }[];
  const itemCounts: Record<string, number> = {};
  let total = 0;
  for (const { item, count } of counts) {
    itemCounts[item] = count;
    total += count;
  }
  const limit = input.limit ?? NOTE_PAGE_SIZE;
  const page = [...where];
  let cursor: { at: string; seq: number } | null = null;
  if (input.before) {
    const split = input.before.lastIndexOf('~');
    cursor = { at: input.before.slice(0, split), seq: Number(input.before.slice(split + 1)) };
    page.push('(n.captured_at, n.rowid) < (@at, @seq)');
  }
  // One more than asked tells whether an older page exists without counting.
  const rows = ctx.db
    .prepare(`${NOTE_SELECT.replace('SELECT n.id,', 'SELECT n.rowid AS seq, n.id,')} WHERE ${page.join(' AND ')} ORDER BY n.captured_at DESC, n.rowid DESC LIMIT @limit`)
    .all({ ...params, at: cursor?.at ?? null, seq: cursor?.seq ?? null, limit: limit + 1 }) as (JoinedNoteRow & { seq: number })[];
  const more = rows.length > limit;
  if (more) rows.length = limit;
  const last = rows[rows.length - 1];
  return { notes: rows.map(toNote), nextCursor: more && last ? `${last.captured_at}~${last.seq}` : null, total, itemCounts };
}
