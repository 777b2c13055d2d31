/** Reading notes into the shape of shared/notes.ts, with speaker, agenda item and plan resolved. */
import { AppError } from '../../shared/contract/result.js';
import type { Disposition, Note, NoteCategory } from '../../shared/notes.js';
import type { PersonCategory } from '../../shared/domain.js';
import type { CoreContext } from './context.js';
import { toPerson } from './rows.js';

export interface NoteRow {
  id: string;
  session_id: string;
  agenda_item_id: string | null;
  agenda_item_title: string | null;
  speaker_person_id: string | null;
  speaker_name: string;
  category: string;
  text: string;
  important: number;
  captured_at: string;
  captured_by: string;
  disposition: string | null;
  plan_id: string | null;
  plan_title: string | null;
  disposition_reason: string;
  version: number;
  updated_at: string;
  action_id: string | null;
}

/** The speaker's person columns come prefixed person_*; they are null for a free-text speaker. */
export const NOTE_SELECT = `
  SELECT n.id, n.session_id, n.agenda_item_id, ai.title AS agenda_item_title, n.speaker_person_id, n.speaker_name,
         n.category, n.text, n.important, n.captured_at, n.captured_by, n.disposition, n.plan_id, pl.title AS plan_title,
         n.disposition_reason, n.version, n.updated_at,
         pe.id AS person_id, pe.name AS person_name, pe.position AS person_position, pe.unit_id AS person_unit_id,
         pu.name AS person_unit_name, pe.category AS person_category,
         (SELECT a.id FROM action_item a WHERE a.note_id = n.id AND a.deleted_at IS NULL ORDER BY a.created_at LIMIT 1) AS action_id
    FROM note n
    LEFT JOIN agenda_item ai ON ai.id = n.agenda_item_id
    LEFT JOIN plan pl ON pl.id = n.plan_id AND pl.deleted_at IS NULL
    LEFT JOIN person pe ON pe.id = n.speaker_person_id
    LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL`;

export type JoinedNoteRow = NoteRow & {
  person_id: string | null;
  person_name: string | null;
  person_position: string | null;
  person_unit_id: string | null;
  person_unit_name: string | null;
  person_category: PersonCategory | null;
};

export function toNote(row: JoinedNoteRow): Note {
  const speaker = row.person_id
    ? toPerson({
        id: row.person_id,
        name: row.person_name ?? '',
        position: row.person_position ?? '',
        unit_id: row.person_unit_id,
        unit_name: row.person_unit_name,
        category: row.person_category ?? 'other',
      })
    : null;
  return {
    id: row.id,
    sessionId: row.session_id,
    agendaItemId: row.agenda_item_id,
    agendaItemTitle: row.agenda_item_title,
    speaker,
    speakerName: speaker ? speaker.name : row.speaker_name,
    category: row.category as NoteCategory,
    text: row.text,
    important: row.important === 1,
    capturedAt: row.captured_at,
    capturedBy: row.captured_by,
    disposition: row.disposition as Disposition | null,
    planId: row.plan_id,
    planTitle: row.plan_title,
    dispositionReason: row.disposition_reason,
    version: row.version,
    updatedAt: row.updated_at,
    actionId: row.action_id,
  };
}

export function getNote(ctx: CoreContext, id: string, { includeDeleted = false } = {}): Note {
  const row = ctx.db.prepare(`${NOTE_SELECT} WHERE n.id = ? ${includeDeleted ? '' : 'AND n.deleted_at IS NULL'}`).get(id) as
    | JoinedNoteRow
    | undefined;
  if (!row) throw new AppError('not_found', { entity: 'note', id });
  return toNote(row);
}
