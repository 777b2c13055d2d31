/**
 * The shapes of the built-in sample workshop.
 *
 * `SampleText` is what a language supplies (data/zh-CN.ts, data/en.ts): every entry keyed by the
 * keys of data/structure.ts, so both languages hold exactly the same entries. `Sample` is the
 * language's text joined with the structure: what the loader writes, section by section.
 */
import type { AgendaKind } from '../../shared/agenda.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { AttendanceRole, PersonCategory, Presence, SessionMode, UnitKind } from '../../shared/domain.js';
import type { Disposition, NoteCategory } from '../../shared/notes.js';
import type { ActionStatus, Priority } from '../../shared/actions.js';
import type { ActionKey, AgendaItemKey, MinutesKey, NoteKey, PersonKey, PlanKey, SessionKey, StageKey, UnitKey } from './data/structure.js';

export type { ActionKey, AgendaItemKey, MinutesKey, NoteKey, PersonKey, PlanKey, SessionKey, StageKey, UnitKey };

/** The words of one agenda item. `speakerPrompt` is '' for items without a speaker queue. */
export interface AgendaItemText {
  title: string;
  chairNotes: string;
  speakerPrompt: string;
}

export interface SampleText {
  programme: { title: string; description: string };
  units: Record<UnitKey, { name: string; shortName: string }>;
  people: Record<PersonKey, { name: string; position: string }>;
  stages: Record<StageKey, { title: string; audience: string; purpose: string }>;
  sessions: Record<SessionKey, { title: string; theme: string; venue: string }>;
  /** Per session, per item of its agenda (data/structure.ts `AGENDAS`). */
  agendas: { [S in SessionKey]: Record<AgendaItemKey<S>, AgendaItemText> };
  plans: Record<PlanKey, { title: string; description: string }>;
  /** What was said, and the reason given for a declined or deferred opinion ('' for the rest). */
  notes: Record<NoteKey, { text: string; reason: string }>;
  /** A task's words; `dueRule` as it was spoken ("一个月内"), `checklist` the required contents in order. */
  actions: Record<ActionKey, { title: string; description: string; deliverable: string; dueRule: string; checklist: string[] }>;
  /** The requirements the chair closed with, as the approved minutes print them (会议要求). */
  minutes: Record<MinutesKey, { closing: string }>;
}

export interface SampleUnit {
  key: UnitKey;
  name: string;
  shortName: string;
  kind: UnitKind;
}

export interface SamplePerson {
  key: PersonKey;
  name: string;
  position: string;
  unit: UnitKey | null;
  category: PersonCategory;
}

export interface SampleStage {
  key: StageKey;
  title: string;
  audience: string;
  purpose: string;
}

export interface SampleSitting {
  date: string;
  startTime: string;
  endTime: string;
}

export interface SampleAttendance {
  person: PersonKey;
  role: AttendanceRole;
  presence: Presence;
}

export interface SampleSpeaker {
  person: PersonKey;
  plannedSeconds: number;
  /** What the chair asks this speaker to address: the item's prompt. */
  prompt: string;
}

export interface SampleAgendaItem {
  key: string;
  kind: AgendaKind;
  /** Index into the session's `sittings`. */
  sitting: number;
  title: string;
  presenter: PersonKey | null;
  plannedMinutes: number;
  chairNotes: string;
  speakerPrompt: string;
  speakers: SampleSpeaker[];
}

export interface SampleSession {
  key: SessionKey;
  stage: StageKey;
  title: string;
  theme: string;
  venue: string;
  mode: SessionMode;
  chair: PersonKey;
  secretary: PersonKey;
  sittings: SampleSitting[];
  attendance: SampleAttendance[];
  /** In order; each item's position is its index. */
  agenda: SampleAgendaItem[];
}

export interface SamplePlan {
  key: PlanKey;
  title: string;
  description: string;
}

export interface SampleNote {
  key: NoteKey;
  session: SessionKey;
  /** The agenda item's key within its session. */
  item: string;
  speaker: PersonKey;
  category: NoteCategory;
  text: string;
  important: boolean;
  /** The instant it was captured (ISO, UTC), within the item's sitting in China Standard Time. */
  capturedAt: string;
  /** Who recorded it: the session's secretary, by name. */
  capturedBy: string;
  disposition: Disposition | null;
  plan: PlanKey | null;
  reason: string;
}

export interface SampleAction {
  key: ActionKey;
  session: SessionKey;
  /** The agenda item's key within its session. */
  item: string;
  note: NoteKey | null;
  title: string;
  description: string;
  deliverable: string;
  lead: UnitKey;
  co: readonly UnitKey[];
  owner: PersonKey;
  /** The spoken rule and the date it gives from the session's first sitting. */
  dueRule: string;
  dueDate: string;
  status: ActionStatus;
  priority: Priority;
  checklist: { text: string; done: boolean }[];
}

export interface SampleMinutes {
  session: MinutesKey;
  closing: string;
  /** The instant they were approved (ISO, UTC). */
  approvedAt: string;
}

/** Lists are in the order the rows are written (stages and sessions: their positions). */
export interface Sample {
  locale: Locale;
  programme: SampleText['programme'];
  units: SampleUnit[];
  people: SamplePerson[];
  stages: SampleStage[];
  sessions: SampleSession[];
  plans: SamplePlan[];
  /** In the order they were captured within each session. */
  notes: SampleNote[];
  /** In board order within each status. */
  actions: SampleAction[];
  minutes: SampleMinutes[];
}
