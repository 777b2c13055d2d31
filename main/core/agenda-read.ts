/**
 * Reading agenda items and speakers into the shapes of shared/agenda.ts, with spoken time summed
 * from the speech intervals (the open interval counts up to `now`).
 */
import { AppError } from '../../shared/contract/result.js';
import type { AgendaItem, AgendaKind, AgendaView, ItemStatus, ScheduledItem, Speaker, SpeakerStatus } from '../../shared/agenda.js';
import type { Person } from '../../shared/domain.js';
import { computeSchedule } from '../../shared/schedule.js';
import type { CoreContext, ReadContext } from './context.js';
import { PERSON_COLUMNS, PERSON_UNIT_JOIN, toPerson, type PersonRow } from './rows.js';
import { getSession, listSittings } from './sessions.js';

interface ItemRow {
  id: string;
  session_id: string;
  sitting_id: string | null;
  position: number;
  kind: string;
  title: string;
  presenter_id: string | null;
  presenter_name: string;
  planned_minutes: number;
  chair_notes: string;
  speaker_prompt: string;
  status: string;
  actual_start: string | null;
  actual_end: string | null;
}

interface SpeakerRow {
  id: string;
  agenda_item_id: string;
  position: number;
  person_id: string | null;
  free_name: string;
  planned_seconds: number;
  prompt: string;
  status: string;
  is_interjection: number;
  hide_countdown: number;
  started_at: string | null;
  ended_at: string | null;
  spoken_ms: number;
}

const ITEM_COLUMNS =
  'ai.id, ai.session_id, ai.sitting_id, ai.position, ai.kind, ai.title, ai.presenter_id, ai.presenter_name, ai.planned_minutes, ai.chair_notes, ai.speaker_prompt, ai.status, ai.actual_start, ai.actual_end';

function peopleById(ctx: ReadContext, ids: (string | null)[]): Map<string, Person> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = ctx.db
    .prepare(`SELECT ${PERSON_COLUMNS} FROM person pe ${PERSON_UNIT_JOIN} WHERE pe.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(wanted)) as PersonRow[];
  return new Map(rows.map((r) => [r.id, toPerson(r)]));
}

function toItem(row: ItemRow, people: Map<string, Person>): AgendaItem {
  return {
    id: row.id,
    sessionId: row.session_id,
    sittingId: row.sitting_id,
    position: row.position,
    kind: row.kind as AgendaKind,
    title: row.title,
    presenter: row.presenter_id ? (people.get(row.presenter_id) ?? null) : null,
    presenterName: row.presenter_name,
    plannedMinutes: row.planned_minutes,
    chairNotes: row.chair_notes,
    speakerPrompt: row.speaker_prompt,
    status: row.status as ItemStatus,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
  };
}

function toSpeaker(row: SpeakerRow, people: Map<string, Person>): Speaker {
  return {
    id: row.id,
    agendaItemId: row.agenda_item_id,
    position: row.position,
    person: row.person_id ? (people.get(row.person_id) ?? null) : null,
    freeName: row.free_name,
    plannedSeconds: row.planned_seconds,
    prompt: row.prompt,
    status: row.status as SpeakerStatus,
    isInterjection: row.is_interjection === 1,
    hideCountdown: row.hide_countdown === 1,
    spokenSeconds: Math.round(row.spoken_ms / 1000),
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}

/** Spoken milliseconds, first start and last end of each speaker, computed in SQL over speech rows. */
function speakerQuery(where: string): string {
  return `SELECT sp.id, sp.agenda_item_id, sp.position, sp.person_id, sp.free_name, sp.planned_seconds, sp.prompt,
                 sp.status, sp.is_interjection, sp.hide_countdown,
                 (SELECT min(started_at) FROM speech WHERE speaker_id = sp.id) AS started_at,
                 CASE WHEN EXISTS (SELECT 1 FROM speech WHERE speaker_id = sp.id AND ended_at IS NULL) THEN NULL
                      ELSE (SELECT max(ended_at) FROM speech WHERE speaker_id = sp.id) END AS ended_at,
                 coalesce((SELECT sum(unixepoch(coalesce(ended_at, @now), 'subsec') * 1000 - unixepoch(started_at, 'subsec') * 1000)
                             FROM speech WHERE speaker_id = sp.id), 0) AS spoken_ms
            FROM speaker sp ${where}
           ORDER BY sp.position`;
}

export function itemRows(ctx: ReadContext, sessionId: string): ItemRow[] {
  return ctx.db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM agenda_item ai WHERE ai.session_id = ? AND ai.deleted_at IS NULL ORDER BY ai.position`)
    .all(sessionId) as ItemRow[];
}

export function getItemRow(ctx: CoreContext, id: string, { includeDeleted = false } = {}): ItemRow {
  const row = ctx.db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM agenda_item ai WHERE ai.id = ? ${includeDeleted ? '' : 'AND ai.deleted_at IS NULL'}`)
    .get(id) as ItemRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'agenda_item', id });
  getSession(ctx, row.session_id);
  return row;
}

export function getItem(ctx: CoreContext, id: string): AgendaItem {
  const row = getItemRow(ctx, id);
  return toItem(row, peopleById(ctx, [row.presenter_id]));
}

export function listItems(ctx: ReadContext, sessionId: string): AgendaItem[] {
  const rows = itemRows(ctx, sessionId);
  const people = peopleById(ctx, rows.map((r) => r.presenter_id));
  return rows.map((r) => toItem(r, people));
}

export function speakersOfItems(ctx: ReadContext, itemIds: string[]): Speaker[] {
  if (itemIds.length === 0) return [];
  const rows = ctx.db
    .prepare(speakerQuery('WHERE sp.agenda_item_id IN (SELECT value FROM json_each(@ids))'))
    .all({ ids: JSON.stringify(itemIds), now: ctx.now().toISOString() }) as SpeakerRow[];
  const people = peopleById(ctx, rows.map((r) => r.person_id));
  return rows.map((r) => toSpeaker(r, people));
}

export function getSpeaker(ctx: CoreContext, id: string): Speaker {
  const row = ctx.db.prepare(speakerQuery('WHERE sp.id = @id')).get({ id, now: ctx.now().toISOString() }) as SpeakerRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'speaker', id });
  getItemRow(ctx, row.agenda_item_id);
  return toSpeaker(row, peopleById(ctx, [row.person_id]));
}

/** The whole agenda of a session with planned times, speakers, and per-sitting fit. */
export function agendaView(ctx: ReadContext, sessionId: string): AgendaView {
  const session = getSession(ctx, sessionId);
  const sittings = listSittings(ctx, sessionId);
  const items = listItems(ctx, sessionId);
  const speakers = speakersOfItems(ctx, items.map((i) => i.id));
  const schedule = computeSchedule(sittings, items);
  const scheduled: ScheduledItem[] = items.map((item) => {
    const times = schedule.times.get(item.id)!;
    return {
      ...item,
      plannedStart: times.plannedStart,
      plannedEnd: times.plannedEnd,
      speakers: speakers.filter((s) => s.agendaItemId === item.id),
    };
  });
  return { session, sittings: schedule.sittings, items: scheduled, unscheduledMinutes: schedule.unscheduledMinutes };
}
