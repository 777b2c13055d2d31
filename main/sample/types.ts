/**
 * The shapes of the built-in sample workshop.
 *
 * `SampleText` is what a language supplies (data/zh-CN.ts, data/en.ts): every entry keyed by the
 * keys of data/structure.ts, so both languages hold exactly the same entries. `Sample` is the
 * language's text joined with the structure: what the loader writes, section by section.
 */
import type { Locale } from '../../shared/contract/fields.js';
import type { AttendanceRole, PersonCategory, Presence, SessionMode, UnitKind } from '../../shared/domain.js';
import type { PersonKey, SessionKey, StageKey, UnitKey } from './data/structure.js';

export type { PersonKey, SessionKey, StageKey, UnitKey };

export interface SampleText {
  programme: { title: string; description: string };
  units: Record<UnitKey, { name: string; shortName: string }>;
  people: Record<PersonKey, { name: string; position: string }>;
  stages: Record<StageKey, { title: string; audience: string; purpose: string }>;
  sessions: Record<SessionKey, { title: string; theme: string; venue: string }>;
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
}

/** Lists are in the order the rows are written (stages and sessions: their positions). */
export interface Sample {
  locale: Locale;
  programme: SampleText['programme'];
  units: SampleUnit[];
  people: SamplePerson[];
  stages: SampleStage[];
  sessions: SampleSession[];
}
