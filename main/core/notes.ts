import { AppError } from '../../shared/contract/result.js';
import type { NoteVersion, NoteCategory } from '../../shared/notes.js';
import type { CoreContext, HandlerMap } from './context.js';
import { getItemRow } from './agenda-read.js';
import { getNote, type NoteRow } from './notes-read.js';
import { allNotes, notePage } from './notes-list.js';
import { getSession } from './sessions.js';
import { nowIso, requireLive } from './sql.js';

function requireItemOf(ctx: CoreContext, sessionId: string, itemId: string | null | undefined) {
  if (!itemId) return;
  if (getItemRow(ctx, itemId).session_id !== sessionId) throw new AppError('not_found', { entity: 'agenda_item', id: itemId });
}

function noteSession(ctx: CoreContext, id: string, { includeDeleted = false } = {}): NoteRow & { deleted_at: string | null } {
  const row = ctx.db.prepare('SELECT * FROM note WHERE id = ?').get(id) as (NoteRow & { deleted_at: string | null }) | undefined;
  if (!row || (!includeDeleted && row.deleted_at)) throw new AppError('not_found', { entity: 'note', id });
  getSession(ctx, row.session_id);
  return row;
}

export const noteHandlers: HandlerMap<'note'> = {
  'note.list': (input, ctx) => notePage(ctx, input),
  'note.all': (input, ctx) => allNotes(ctx, input),

  'note.create': (input, ctx) => {
    if (input.id) {
      const existing = ctx.db.prepare('SELECT session_id FROM note WHERE id = ?').get(input.id) as { session_id: string } | undefined;
      // The same client id again is a retry of a save whose answer was lost: answer with the saved note.
      if (existing) {
        if (existing.session_id !== input.sessionId) throw new AppError('conflict', { reason: 'duplicate' });
        return getNote(ctx, input.id, { includeDeleted: true });
      }
    }
    getSession(ctx, input.sessionId);
    requireItemOf(ctx, input.sessionId, input.agendaItemId);
    if (input.speakerPersonId) requireLive(ctx, 'person', input.speakerPersonId);
    const id = input.id ?? ctx.newId();
    const at = nowIso(ctx);
    ctx.db
      .prepare(
        `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, speaker_name, category, text, important,
                           captured_at, captured_by, created_at, updated_at)
         VALUES (@id, @sessionId, @agendaItemId, @speakerPersonId, @speakerName, @category, @text, @important, @at, @capturedBy, @at, @at)`,
      )
      .run({
        id,
        sessionId: input.sessionId,
        agendaItemId: input.agendaItemId ?? null,
        speakerPersonId: input.speakerPersonId ?? null,
        speakerName: input.speakerPersonId ? '' : (input.speakerName ?? ''),
        category: input.category,
        text: input.text,
        important: input.important ? 1 : 0,
        capturedBy: input.capturedBy ?? '',
        at,
      });
    ctx.changed('note', input.sessionId, id);
    return getNote(ctx, id);
  },

  'note.update': (input, ctx) => {
    const current = noteSession(ctx, input.id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw new AppError('conflict', { reason: 'edited_elsewhere' });
    }
    requireItemOf(ctx, current.session_id, input.agendaItemId);
    if (input.speakerPersonId) requireLive(ctx, 'person', input.speakerPersonId);
    const at = nowIso(ctx);
    // The text before this edit goes into the history first: nothing typed is ever lost.
    ctx.db
      .prepare(
        `INSERT INTO note_version (note_id, version, text, category, speaker_person_id, speaker_name, important, edited_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(current.id, current.version, current.text, current.category, current.speaker_person_id, current.speaker_name, current.important, current.updated_at);
    const speakerChanged = input.speakerPersonId !== undefined || input.speakerName !== undefined;
    ctx.db
      .prepare(
        `UPDATE note SET text = @text, category = @category, important = @important, agenda_item_id = @agendaItemId,
                         speaker_person_id = @speakerPersonId, speaker_name = @speakerName, version = version + 1, updated_at = @at
          WHERE id = @id`,
      )
      .run({
        id: input.id,
        text: input.text ?? current.text,
        category: input.category ?? current.category,
        important: input.important === undefined ? current.important : input.important ? 1 : 0,
        agendaItemId: input.agendaItemId === undefined ? current.agenda_item_id : input.agendaItemId,
        speakerPersonId: speakerChanged ? (input.speakerPersonId ?? null) : current.speaker_person_id,
        speakerName: speakerChanged ? (input.speakerPersonId ? '' : (input.speakerName ?? '')) : current.speaker_name,
        at,
      });
    ctx.changed('note', current.session_id, input.id);
    return getNote(ctx, input.id);
  },

  'note.get': (input, ctx) => getNote(ctx, input.id),

  'note.history': (input, ctx): NoteVersion[] => {
    noteSession(ctx, input.id, { includeDeleted: true });
    const rows = ctx.db
      .prepare(
        `SELECT nv.version, nv.text, nv.category, coalesce(pe.name, nv.speaker_name) AS speaker_name, nv.important, nv.edited_at
           FROM note_version nv LEFT JOIN person pe ON pe.id = nv.speaker_person_id
          WHERE nv.note_id = ? ORDER BY nv.version DESC`,
      )
      .all(input.id) as { version: number; text: string; category: string; speaker_name: string; important: number; edited_at: string }[];
    return rows.map((r) => ({
      version: r.version,
      text: r.text,
      category: r.category as NoteCategory,
      speakerName: r.speaker_name,
      important: r.important === 1,
      editedAt: r.edited_at,
    }));
  },

  'note.delete': (input, ctx) => {
    const current = noteSession(ctx, input.id);
    ctx.db.prepare('UPDATE note SET deleted_at = ? WHERE id = ?').run(nowIso(ctx), input.id);
    ctx.changed('note', current.session_id, input.id);
    ctx.changed('trash');
    return null;
  },

  'note.restore': (input, ctx) => {
    const current = noteSession(ctx, input.id, { includeDeleted: true });
    if (!current.deleted_at) throw new AppError('invalid_state', { reason: 'not_in_trash' });
    ctx.db.prepare('UPDATE note SET deleted_at = NULL WHERE id = ?').run(input.id);
    ctx.changed('note', current.session_id, input.id);
    ctx.changed('trash');
    return getNote(ctx, input.id);
  },

  'note.setDisposition': (input, ctx) => {
    const current = noteSession(ctx, input.id);
    if (input.planId) {
      const plan = ctx.db
        .prepare(
          `SELECT 1 FROM plan pl JOIN session s ON s.id = @sessionId JOIN stage st ON st.id = s.stage_id
            WHERE pl.id = @planId AND pl.deleted_at IS NULL AND pl.programme_id = st.programme_id`,
        )
        .get({ planId: input.planId, sessionId: current.session_id });
      if (!plan) throw new AppError('not_found', { entity: 'plan', id: input.planId });
    }
    ctx.db
      .prepare('UPDATE note SET disposition = ?, plan_id = ?, disposition_reason = ?, updated_at = ? WHERE id = ?')
      .run(
        input.disposition,
        // Clearing the disposition clears its plan; otherwise an omitted plan keeps the one already linked.
        input.disposition === null ? null : input.planId === undefined ? current.plan_id : input.planId,
        input.reason?.trim() ?? '',
        nowIso(ctx),
        input.id,
      );
    ctx.changed('note', current.session_id, input.id);
    return getNote(ctx, input.id);
  },
};
