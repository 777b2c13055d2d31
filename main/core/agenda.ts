import { AppError } from '../../shared/contract/result.js';
import type { CoreContext, HandlerMap } from './context.js';
import { restoreFromTrash, softDelete } from './entity-lifecycle.js';
import { agendaView, getItem, getItemRow, itemRows, listItems } from './agenda-read.js';
import { moveInOrder, renumberAgenda } from './ordering.js';
import { getSession } from './sessions.js';
import { nowIso, requireLive, updateColumns } from './sql.js';
import { findTemplate } from './templates.js';

function requireSittingOf(ctx: CoreContext, sessionId: string, sittingId: string | null | undefined) {
  if (!sittingId) return;
  const row = ctx.db.prepare('SELECT 1 FROM sitting WHERE id = ? AND session_id = ?').get(sittingId, sessionId);
  if (!row) throw new AppError('not_found', { entity: 'sitting', id: sittingId });
}

/** A new item joins the sitting of the item before it, or the last sitting, so a long agenda fills in naturally. */
function defaultSitting(ctx: CoreContext, sessionId: string): string | null {
  const last = itemRows(ctx, sessionId).at(-1);
  if (last?.sitting_id) return last.sitting_id;
  const first = ctx.db.prepare('SELECT id FROM sitting WHERE session_id = ? ORDER BY position LIMIT 1').get(sessionId) as
    | { id: string }
    | undefined;
  return first?.id ?? null;
}

export interface NewItem {
  kind: string;
  title: string;
  plannedMinutes: number;
  presenterId?: string | null | undefined;
  presenterName?: string | undefined;
  chairNotes?: string | undefined;
  speakerPrompt?: string | undefined;
  sittingId?: string | null | undefined;
}

export function insertItem(ctx: CoreContext, sessionId: string, item: NewItem, position?: number): string {
  if (item.presenterId) requireLive(ctx, 'person', item.presenterId);
  requireSittingOf(ctx, sessionId, item.sittingId);
  const id = ctx.newId();
  const at = nowIso(ctx);
  const sittingId = item.sittingId === undefined ? defaultSitting(ctx, sessionId) : item.sittingId;
  const count = itemRows(ctx, sessionId).length;
  ctx.db
    .prepare(
      `INSERT INTO agenda_item (id, session_id, sitting_id, position, kind, title, presenter_id, presenter_name,
                                planned_minutes, chair_notes, speaker_prompt, created_at, updated_at)
       VALUES (@id, @sessionId, @sittingId, @position, @kind, @title, @presenterId, @presenterName, @plannedMinutes, @chairNotes, @speakerPrompt, @at, @at)`,
    )
    .run({
      id,
      sessionId,
      sittingId,
      position: count,
      kind: item.kind,
      title: item.title,
      presenterId: item.presenterId ?? null,
      presenterName: item.presenterName ?? '',
      plannedMinutes: item.plannedMinutes,
      chairNotes: item.chairNotes ?? '',
      speakerPrompt: item.speakerPrompt ?? '',
      at,
    });
  if (position !== undefined && position < count) {
    renumberAgenda(ctx, moveInOrder(itemRows(ctx, sessionId).map((r) => r.id), id, position));
  }
  return id;
}

export const agendaHandlers: HandlerMap<'agenda'> = {
  'agenda.list': (input, ctx) => agendaView(ctx, input.sessionId),

  'agenda.create': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const id = insertItem(ctx, input.sessionId, input, input.position);
    ctx.changed('agenda', input.sessionId, id);
    return getItem(ctx, id);
  },

  'agenda.update': (input, ctx) => {
    const row = getItemRow(ctx, input.id);
    if (input.presenterId) requireLive(ctx, 'person', input.presenterId);
    requireSittingOf(ctx, row.session_id, input.sittingId);
    const sets = updateColumns(input, {
      kind: 'kind',
      title: 'title',
      plannedMinutes: 'planned_minutes',
      presenterId: 'presenter_id',
      presenterName: 'presenter_name',
      chairNotes: 'chair_notes',
      speakerPrompt: 'speaker_prompt',
      sittingId: 'sitting_id',
    });
    ctx.db.prepare(`UPDATE agenda_item SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`).run({ ...input, at: nowIso(ctx) });
    ctx.changed('agenda', row.session_id, input.id);
    return getItem(ctx, input.id);
  },

  'agenda.move': (input, ctx) => {
    const row = getItemRow(ctx, input.id);
    if (input.sittingId !== undefined) {
      requireSittingOf(ctx, row.session_id, input.sittingId);
      ctx.db.prepare('UPDATE agenda_item SET sitting_id = ? WHERE id = ?').run(input.sittingId, input.id);
    }
    renumberAgenda(ctx, moveInOrder(itemRows(ctx, row.session_id).map((r) => r.id), input.id, input.position));
    ctx.changed('agenda', row.session_id, input.id);
    return listItems(ctx, row.session_id);
  },

  'agenda.delete': (input, ctx) => {
    getItemRow(ctx, input.id);
    softDelete(ctx, 'agenda_item', input.id);
    return null;
  },

  'agenda.restore': (input, ctx) => {
    // Back to where it was: its old position among the live items (entities.ts).
    restoreFromTrash(ctx, 'agenda_item', input.id);
    return getItem(ctx, input.id);
  },

  'agenda.applyTemplate': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const template = findTemplate(ctx, input.templateId);
    if (input.replace) {
      const running = itemRows(ctx, input.sessionId).some((r) => r.status !== 'pending');
      if (running) throw new AppError('invalid_state', { reason: 'agenda_started' });
      // Last first, so each keeps the position it goes back to if restored.
      for (const item of itemRows(ctx, input.sessionId).reverse()) softDelete(ctx, 'agenda_item', item.id);
    }
    for (const item of template.items) {
      insertItem(ctx, input.sessionId, {
        kind: item.kind,
        title: item.title,
        plannedMinutes: item.plannedMinutes,
        chairNotes: item.chairNotes ?? '',
        speakerPrompt: item.speakerPrompt ?? '',
      });
    }
    ctx.changed('agenda', input.sessionId);
    return listItems(ctx, input.sessionId);
  },
};
