import { AppError } from '../../shared/contract/result.js';
import type { Speaker } from '../../shared/agenda.js';
import type { CoreContext, HandlerMap } from './context.js';
import { getItemRow, getSpeaker, speakersOfItems } from './agenda-read.js';
import { moveInOrder } from './ordering.js';
import { nowIso, requireLive } from './sql.js';

export function speakerIds(ctx: CoreContext, itemId: string): string[] {
  return ctx.db.prepare('SELECT id FROM speaker WHERE agenda_item_id = ? ORDER BY position').pluck().all(itemId) as string[];
}

export function renumberSpeakers(ctx: CoreContext, ids: string[]) {
  const update = ctx.db.prepare('UPDATE speaker SET position = ?, updated_at = ? WHERE id = ?');
  const at = nowIso(ctx);
  ids.forEach((id, index) => update.run(index, at, id));
}

export interface NewSpeaker {
  personId?: string | undefined;
  freeName?: string | undefined;
  plannedSeconds?: number | undefined;
  prompt?: string | undefined;
  status?: 'waiting' | 'speaking';
  isInterjection?: boolean;
  hideCountdown?: boolean | undefined;
}

/** Inserts a speaker at `position` (default: the end of the queue) and returns its id. */
export function insertSpeaker(ctx: CoreContext, itemId: string, speaker: NewSpeaker, position?: number): string {
  const item = getItemRow(ctx, itemId);
  if (speaker.personId) requireLive(ctx, 'person', speaker.personId);
  const id = ctx.newId();
  const at = nowIso(ctx);
  const existing = speakerIds(ctx, itemId);
  ctx.db
    .prepare(
      `INSERT INTO speaker (id, agenda_item_id, position, person_id, free_name, planned_seconds, prompt, status, is_interjection, hide_countdown, created_at, updated_at)
       VALUES (@id, @itemId, @position, @personId, @freeName, @plannedSeconds, @prompt, @status, @isInterjection, @hideCountdown, @at, @at)`,
    )
    .run({
      id,
      itemId,
      position: existing.length,
      personId: speaker.personId ?? null,
      freeName: speaker.personId ? '' : (speaker.freeName ?? ''),
      plannedSeconds: speaker.plannedSeconds ?? 300,
      prompt: speaker.prompt ?? item.speaker_prompt,
      status: speaker.status ?? 'waiting',
      isInterjection: speaker.isInterjection ? 1 : 0,
      hideCountdown: speaker.hideCountdown ? 1 : 0,
      at,
    });
  if (position !== undefined && position < existing.length) renumberSpeakers(ctx, moveInOrder([...existing, id], id, position));
  return id;
}

function speakerSession(ctx: CoreContext, speakerId: string): { itemId: string; sessionId: string; status: string } {
  const row = ctx.db
    .prepare('SELECT sp.agenda_item_id AS itemId, ai.session_id AS sessionId, sp.status FROM speaker sp JOIN agenda_item ai ON ai.id = sp.agenda_item_id WHERE sp.id = ?')
    .get(speakerId) as { itemId: string; sessionId: string; status: string } | undefined;
  if (!row) throw new AppError('not_found', { entity: 'speaker', id: speakerId });
  return row;
}

export const speakerHandlers: HandlerMap<'speaker'> = {
  'speaker.add': (input, ctx) => {
    const item = getItemRow(ctx, input.agendaItemId);
    const id = insertSpeaker(ctx, input.agendaItemId, input, input.position);
    ctx.changed('agenda', item.session_id, id);
    return getSpeaker(ctx, id);
  },

  'speaker.update': (input, ctx) => {
    const { sessionId } = speakerSession(ctx, input.id);
    getSpeaker(ctx, input.id);
    ctx.db
      .prepare(
        `UPDATE speaker SET planned_seconds = coalesce(@plannedSeconds, planned_seconds), prompt = coalesce(@prompt, prompt),
                hide_countdown = coalesce(@hideCountdown, hide_countdown), updated_at = @at WHERE id = @id`,
      )
      .run({
        id: input.id,
        plannedSeconds: input.plannedSeconds ?? null,
        prompt: input.prompt ?? null,
        hideCountdown: input.hideCountdown === undefined ? null : Number(input.hideCountdown),
        at: nowIso(ctx),
      });
    ctx.changed('agenda', sessionId, input.id);
    return getSpeaker(ctx, input.id);
  },

  'speaker.move': (input, ctx): Speaker[] => {
    const { itemId, sessionId } = speakerSession(ctx, input.id);
    getItemRow(ctx, itemId);
    renumberSpeakers(ctx, moveInOrder(speakerIds(ctx, itemId), input.id, input.position));
    ctx.changed('agenda', sessionId, input.id);
    return speakersOfItems(ctx, [itemId]);
  },

  'speaker.remove': (input, ctx) => {
    const { itemId, sessionId, status } = speakerSession(ctx, input.id);
    getItemRow(ctx, itemId);
    // A speech that happened is part of the record (times, totals): only a queue entry can go.
    if (status === 'speaking' || status === 'done') throw new AppError('invalid_state', { reason: 'speaker_spoke' });
    ctx.db.prepare('DELETE FROM speaker WHERE id = ?').run(input.id);
    renumberSpeakers(ctx, speakerIds(ctx, itemId));
    ctx.changed('agenda', sessionId, input.id);
    return null;
  },
};
