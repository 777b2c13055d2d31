import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { DISPOSITIONS, type Disposition, type Opinion } from '../../shared/notes.js';
import type { HandlerMap, ReadContext } from './context.js';
import { NOTE_SELECT, toNote, type JoinedNoteRow } from './notes-read.js';
import { requireLive } from './sql.js';

/** Notes of a programme that need an answer (those with a disposition), across all its sessions. */
const PROGRAMME_NOTES = `n.deleted_at IS NULL AND n.disposition IS NOT NULL AND n.session_id IN (
  SELECT s.id FROM session s JOIN stage st ON st.id = s.stage_id
   WHERE st.programme_id = @programmeId AND s.deleted_at IS NULL AND st.deleted_at IS NULL)`;

/** The opinions of a programme (or one session), as `opinion.list` answers and the opinions export shows. */
export function listOpinions(ctx: ReadContext, input: ParsedInputOf<'opinion.list'>) {
  requireLive(ctx, 'programme', input.programmeId);
  const where = [PROGRAMME_NOTES];
  if (input.disposition) where.push('n.disposition = @disposition');
  if (input.planId) where.push('n.plan_id = @planId');
  if (input.speakerCategory) where.push('pe.category = @speakerCategory');
  if (input.sessionId) where.push('n.session_id = @sessionId');
  const params = {
    programmeId: input.programmeId,
    disposition: input.disposition ?? null,
    planId: input.planId ?? null,
    speakerCategory: input.speakerCategory ?? null,
    sessionId: input.sessionId ?? null,
  };
  const rows = ctx.db
    .prepare(
      `SELECT q.*, s.title AS session_title FROM (${NOTE_SELECT} WHERE ${where.join(' AND ')}) q
         JOIN session s ON s.id = q.session_id ORDER BY q.captured_at`,
    )
    .all(params) as (JoinedNoteRow & { session_title: string })[];
  const opinions: Opinion[] = rows.map((row) => {
    const note = toNote(row);
    return { ...note, sessionTitle: row.session_title, speakerCategory: note.speaker?.category ?? null };
  });
  const countRows = ctx.db
    .prepare(`SELECT n.disposition, count(*) AS count FROM note n WHERE ${PROGRAMME_NOTES} GROUP BY n.disposition`)
    .all({ programmeId: input.programmeId }) as { disposition: Disposition; count: number }[];
  const counts = Object.fromEntries(DISPOSITIONS.map((d) => [d, 0])) as Record<Disposition, number>;
  for (const row of countRows) counts[row.disposition] = row.count;
  return { opinions, counts, total: countRows.reduce((sum, r) => sum + r.count, 0) };
}

export const opinionHandlers: HandlerMap<'opinion'> = {
  'opinion.list': (input, ctx) => listOpinions(ctx, input),
};
