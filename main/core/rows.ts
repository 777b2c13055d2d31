/**
 * Row-to-domain mapping, in one place so every handler returns the same shapes.
 * Column lists (`*_COLUMNS`) and mappers travel together.
 */
import type { Locale } from '../../shared/contract/fields.js';
import type {
  AttendanceRole,
  MinutesStatus,
  Person,
  PersonCategory,
  Presence,
  Programme,
  Session,
  SessionMode,
  SessionStatus,
  Sitting,
  Stage,
  Unit,
  UnitKind,
} from '../../shared/domain.js';

export interface ProgrammeRow {
  id: string;
  title: string;
  description: string;
  locale: string;
  created_at: string;
  updated_at: string;
}
export const PROGRAMME_COLUMNS = 'p.id, p.title, p.description, p.locale, p.created_at, p.updated_at';
export const toProgramme = (r: ProgrammeRow): Programme => ({
  id: r.id,
  title: r.title,
  description: r.description,
  locale: r.locale as Locale,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface StageRow {
  id: string;
  programme_id: string;
  position: number;
  title: string;
  audience: string;
  purpose: string;
}
export const STAGE_COLUMNS = 'st.id, st.programme_id, st.position, st.title, st.audience, st.purpose';
export const toStage = (r: StageRow): Stage => ({
  id: r.id,
  programmeId: r.programme_id,
  position: r.position,
  title: r.title,
  audience: r.audience,
  purpose: r.purpose,
});

export interface SessionRow {
  id: string;
  stage_id: string;
  programme_id: string;
  position: number;
  title: string;
  theme: string;
  mode: string;
  venue: string;
  chair_id: string | null;
  secretary_id: string | null;
  status: string;
  minutes_status: string;
}
export const SESSION_COLUMNS =
  's.id, s.stage_id, st.programme_id, s.position, s.title, s.theme, s.mode, s.venue, s.chair_id, s.secretary_id, s.status, s.minutes_status';
export const toSession = (r: SessionRow): Session => ({
  id: r.id,
  stageId: r.stage_id,
  programmeId: r.programme_id,
  position: r.position,
  title: r.title,
  theme: r.theme,
  mode: r.mode as SessionMode,
  venue: r.venue,
  chairId: r.chair_id,
  secretaryId: r.secretary_id,
  status: r.status as SessionStatus,
  minutesStatus: r.minutes_status as MinutesStatus,
});

export interface SittingRow {
  id: string;
  session_id: string;
  position: number;
  date: string;
  start_time: string;
  end_time: string;
}
export const SITTING_COLUMNS = 'si.id, si.session_id, si.position, si.date, si.start_time, si.end_time';
export const toSitting = (r: SittingRow): Sitting => ({
  id: r.id,
  sessionId: r.session_id,
  position: r.position,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
});

export interface UnitRow {
  id: string;
  name: string;
  short_name: string;
  kind: string;
}
export const UNIT_COLUMNS = 'u.id, u.name, u.short_name, u.kind';
export const toUnit = (r: UnitRow): Unit => ({ id: r.id, name: r.name, shortName: r.short_name, kind: r.kind as UnitKind });

export interface PersonRow {
  id: string;
  name: string;
  position: string;
  unit_id: string | null;
  unit_name: string | null;
  category: string;
}
/** Needs `LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL`. */
export const PERSON_COLUMNS = 'pe.id, pe.name, pe.position, pe.unit_id, pu.name AS unit_name, pe.category';
export const PERSON_UNIT_JOIN = 'LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL';
export const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  position: r.position,
  unitId: r.unit_id,
  unitName: r.unit_name,
  category: r.category as PersonCategory,
});

export interface ParticipantRow extends PersonRow {
  session_id: string;
  role: string;
  presence: string;
}
export const toParticipant = (r: ParticipantRow) => ({
  sessionId: r.session_id,
  person: toPerson(r),
  role: r.role as AttendanceRole,
  presence: r.presence as Presence,
});
