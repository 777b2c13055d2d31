/**
 * The domain's vocabulary: enumerations and the shapes handlers return. Pure types and constants,
 * shared by main/ (which produces them) and renderer/ (which shows them).
 */
import type { Locale } from './contract/fields.js';

export const SESSION_MODES = ['briefing', 'discussion', 'decision'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_STATUSES = ['planned', 'live', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const UNIT_KINDS = ['party', 'government', 'department', 'township', 'enterprise', 'congress', 'cppcc', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const PERSON_CATEGORIES = [
  'leadership',
  'department_head',
  'township_leader',
  'deputy',
  'committee_member',
  'entrepreneur',
  'expert',
  'staff',
  'other',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const ATTENDANCE_ROLES = ['chair', 'presenter', 'speaker', 'attendee', 'secretary', 'observer'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

export const PRESENCES = ['invited', 'present', 'excused', 'absent', 'late'] as const;
export type Presence = (typeof PRESENCES)[number];

export const TRASH_KINDS = ['programme', 'stage', 'session', 'unit', 'person', 'agenda_item', 'note', 'plan', 'action_item', 'action_progress', 'action_file'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export interface Programme {
  id: string;
  title: string;
  description: string;
  locale: Locale;
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeSummary extends Programme {
  stageCount: number;
  sessionCount: number;
}

export interface Stage {
  id: string;
  programmeId: string;
  position: number;
  title: string;
  audience: string;
  purpose: string;
}

export interface Sitting {
  id: string;
  sessionId: string;
  position: number;
  date: string;
  startTime: string;
  endTime: string;
}

export interface Session {
  id: string;
  stageId: string;
  programmeId: string;
  position: number;
  title: string;
  theme: string;
  mode: SessionMode;
  venue: string;
  chairId: string | null;
  secretaryId: string | null;
  status: SessionStatus;
  minutesStatus: MinutesStatus;
}

export interface SessionSummary extends Session {
  sittings: Sitting[];
  participantCount: number;
}

export interface StageWithSessions extends Stage {
  sessions: SessionSummary[];
}

export interface ProgrammeDetail {
  programme: Programme;
  stages: StageWithSessions[];
}

export interface Unit {
  id: string;
  name: string;
  shortName: string;
  kind: UnitKind;
}

export interface Person {
  id: string;
  name: string;
  position: string;
  unitId: string | null;
  unitName: string | null;
  category: PersonCategory;
}

export interface Participant {
  sessionId: string;
  person: Person;
  role: AttendanceRole;
  presence: Presence;
}

export interface SessionDetail {
  session: Session;
  stage: Stage;
  programme: Programme;
  sittings: Sitting[];
  participants: Participant[];
}

/** Rows that others refer to: deleting one asks first, naming what refers to it (refs.of). */
export const REFERABLE_KINDS = ['programme', 'stage', 'unit', 'person'] as const;
export type ReferableKind = (typeof REFERABLE_KINDS)[number];

/** What can refer to a referable row, in the order the confirmation names them. */
export const REFERENCE_KINDS = [
  'leadsTasks',
  'coTasks',
  'unitOfPeople',
  'ownsTasks',
  'speakerOfNotes',
  'attendsSessions',
  'stages',
  'sessions',
  'tasks',
  'notes',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface References {
  kind: ReferableKind;
  id: string;
  /** The row's name or title, as the confirmation names it. */
  name: string;
  /** Only the kinds with live rows referring, count > 0. */
  refs: { kind: ReferenceKind; count: number }[];
}

export interface TrashItem {
  kind: TrashKind;
  id: string;
  label: string;
  deletedAt: string;
}

export interface Settings {
  /** null: follow the operating system's language. */
  language: Locale | null;
  theme: 'system' | 'light' | 'dark';
  /** 临期: an open task is due soon when its due date is within this many working days. */
  dueSoonDays: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
}

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
}
