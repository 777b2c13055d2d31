import { AppError } from '../../shared/contract/result.js';
import type { Disposition, NoteVersion, NoteCategory } from '../../shared/notes.js';
import type { CoreContext, HandlerMap } from './context.js';
import { restoreFromTrash, softDelete } from './entity-lifecycle.js';
import { getItemRow } from './agenda-read.js';
import { getNote, type NoteRow } from './notes-read.js';
import { allNotes, notePage } from './notes-list.js';
import { getSession } from './sessions.js';
import { nowIso, requireLive } from './sql.js';

function requireItemOf(ctx: CoreContext, sessionId: string, itemId: string | null | undefined) {
  if (!itemId) return;
  if (getItemRow(ctx, itemId).session_id !== sessionId) throw new AppError('not_found', { entity: 'agenda_item', id: itemId });
}

type StoredNote = NoteRow & { deleted_at: string | null };

/**
 * The note as it is, before an edit, goes into its history first: nothing typed is ever lost, and
 * where it stood (speaker, agenda item, opinion mark with plan and reason) is kept with what it said.
 * The caller then writes the change and bumps `version`.
 */
function keepVersion(ctx: CoreContext, current: StoredNote) {
  ctx.db
    .prepare(
      `INSERT INTO note_version (note_id, version, text, category, speaker_person_id, speaker_name, important, edited_at,
                                 agenda_item_id, disposition, plan_id, disposition_reason)
       VALUES (@id, @version, @text, @category, @speaker_person_id, @speaker_name, @important, @updated_at,
               @agenda_item_id, @disposition, @plan_id, @disposition_reason)`,
    )
    .run({
      id: current.id,
      version: current.version,
      text: current.text,
      category: current.category,
      speaker_person_id: current.speaker_person_id,
      speaker_name: current.speaker_name,
      important: current.important,
      updated_at: current.updated_at,
      agenda_item_id: current.agenda_item_id,
      disposition: current.disposition,
      plan_id: current.plan_id,
      disposition_reason: current.disposition_reason,
    });
}

/** The opinion mark an edit asks for: kept as it is, marked (an existing disposition stays), or removed. */
function markedDisposition(current: StoredNote, opinion: boolean | undefined) {
  if (opinion === undefined || opinion === (current.disposition !== null)) {
    return { disposition: current.disposition, planId: current.plan_id, reason: current.disposition_reason };
  }
  return opinion ? { disposition: 'pending', planId: null, reason: '' } : { disposition: null, planId: null, reason: '' };
}

function noteSession(ctx: CoreContext, id: string, { includeDeleted = false } = {}): StoredNote {
  const row = ctx.db.prepare('SELECT * FROM note WHERE id = ?').get(id) as StoredNote | undefined;
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
                           disposition, captured_at, captured_by, created_at, updated_at)
         VALUES (@id, @sessionId, @agendaItemId, @speakerPersonId, @speakerName, @category, @text, @important,
                 @disposition, @at, @capturedBy, @at, @at)`,
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
        disposition: input.opinion ? 'pending' : null,
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
    keepVersion(ctx, current);
    const speakerChanged = input.speakerPersonId !== undefined || input.speakerName !== undefined;
    const mark = markedDisposition(current, input.opinion);
    ctx.db
      .prepare(
        `UPDATE note SET text = @text, category = @category, important = @important, agenda_item_id = @agendaItemId,
                         speaker_person_id = @speakerPersonId, speaker_name = @speakerName, disposition = @disposition,
                         plan_id = @planId, disposition_reason = @reason, version = version + 1, updated_at = @at
          WHERE id = @id`,
      )
      .run({
        ...mark,
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
        `SELECT nv.version, nv.text, nv.category, coalesce(pe.name, nv.speaker_name) AS speaker_name, nv.important, nv.edited_at,
                nv.agenda_item_id, ai.title AS agenda_item_title, nv.disposition, nv.disposition_reason
           FROM note_version nv LEFT JOIN person pe ON pe.id = nv.speaker_person_id
                LEFT JOIN agenda_item ai ON ai.id = nv.agenda_item_id
          WHERE nv.note_id = ? ORDER BY nv.version DESC`,
      )
      .all(input.id) as {
      version: number;
      text: string;
      category: string;
      speaker_name: string;
      important: number;
      edited_at: string;
      agenda_item_id: string | null;
      agenda_item_title: string | null;
      disposition: string | null;
      disposition_reason: string;
    }[];
    return rows.map((r) => ({
      version: r.version,
      text: r.text,
      category: r.category as NoteCategory,
      speakerName: r.speaker_name,
      important: r.important === 1,
      agendaItemId: r.agenda_item_id,
      agendaItemTitle: r.agenda_item_title,
      disposition: r.disposition as Disposition | null,
      dispositionReason: r.disposition_reason,
      editedAt: r.edited_at,
    }));
  },

  'note.delete': (input, ctx) => {
    noteSession(ctx, input.id);
    softDelete(ctx, 'note', input.id);
    return null;
  },

  'note.restore': (input, ctx) => {
    restoreFromTrash(ctx, 'note', input.id);
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
    // Marking, unmarking and answering an opinion are edits: the version before keeps its mark, plan and reason.
    keepVersion(ctx, current);
    ctx.db
      .prepare('UPDATE note SET disposition = ?, plan_id = ?, disposition_reason = ?, version = version + 1, updated_at = ? WHERE id = ?')
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
