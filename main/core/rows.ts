/**
 * Row-to-domain mapping, in one place so every handler returns the same shapes.
 * Column lists (`*_COLUMNS`) and mappers travel together; the row types are the stored shapes of
 * tables.ts, narrowed to the columns each list selects.
 */
import type { Person, Programme, Session, Sitting, Stage, Unit } from '../../shared/domain.js';
import type { StoredRowOf } from './tables.js';

export type ProgrammeRow = Pick<StoredRowOf<'programme'>, 'id' | 'title' | 'description' | 'locale' | 'created_at' | 'updated_at'>;
export const PROGRAMME_COLUMNS = 'p.id, p.title, p.description, p.locale, p.created_at, p.updated_at';
export const toProgramme = (r: ProgrammeRow): Programme => ({
  id: r.id,
  title: r.title,
  description: r.description,
  locale: r.locale,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type StageRow = Pick<StoredRowOf<'stage'>, 'id' | 'programme_id' | 'position' | 'title' | 'audience' | 'purpose'>;
export const STAGE_COLUMNS = 'st.id, st.programme_id, st.position, st.title, st.audience, st.purpose';
export const toStage = (r: StageRow): Stage => ({
  id: r.id,
  programmeId: r.programme_id,
  position: r.position,
  title: r.title,
  audience: r.audience,
  purpose: r.purpose,
});

export type SessionRow = Pick<
  StoredRowOf<'session'>,
  'id' | 'stage_id' | 'position' | 'title' | 'theme' | 'mode' | 'venue' | 'chair_id' | 'secretary_id' | 'status' | 'minutes_status'
> & { programme_id: string };
export const SESSION_COLUMNS =
  's.id, s.stage_id, st.programme_id, s.position, s.title, s.theme, s.mode, s.venue, s.chair_id, s.secretary_id, s.status, s.minutes_status';
export const toSession = (r: SessionRow): Session => ({
  id: r.id,
  stageId: r.stage_id,
  programmeId: r.programme_id,
  position: r.position,
  title: r.title,
  theme: r.theme,
  mode: r.mode,
  venue: r.venue,
  chairId: r.chair_id,
  secretaryId: r.secretary_id,
  status: r.status,
  minutesStatus: r.minutes_status,
});

export type SittingRow = Pick<StoredRowOf<'sitting'>, 'id' | 'session_id' | 'position' | 'date' | 'start_time' | 'end_time'>;
export const SITTING_COLUMNS = 'si.id, si.session_id, si.position, si.date, si.start_time, si.end_time';
export const toSitting = (r: SittingRow): Sitting => ({
  id: r.id,
  sessionId: r.session_id,
  position: r.position,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
});

export type UnitRow = Pick<StoredRowOf<'unit'>, 'id' | 'name' | 'short_name' | 'kind'>;
export const UNIT_COLUMNS = 'u.id, u.name, u.short_name, u.kind';
export const toUnit = (r: UnitRow): Unit => ({ id: r.id, name: r.name, shortName: r.short_name, kind: r.kind });

export type PersonRow = Pick<StoredRowOf<'person'>, 'id' | 'name' | 'position' | 'unit_id' | 'category'> & { unit_name: string | null };
/** Needs `LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL`. */
export const PERSON_COLUMNS = 'pe.id, pe.name, pe.position, pe.unit_id, pu.name AS unit_name, pe.category';
export const PERSON_UNIT_JOIN = 'LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL';
export const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  position: r.position,
  unitId: r.unit_id,
  unitName: r.unit_name,
  category: r.category,
});

export type ParticipantRow = PersonRow & Pick<StoredRowOf<'attendance'>, 'session_id' | 'role' | 'presence'>;
export const toParticipant = (r: ParticipantRow) => ({
  sessionId: r.session_id,
  person: toPerson(r),
  role: r.role,
  presence: r.presence,
});
