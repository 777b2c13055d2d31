/** Agenda, speaker queue and run-mode vocabulary and shapes (issue 2/7). */
import type { Locale } from './contract/fields.js';
import type { Person, Session, Sitting } from './domain.js';

export const AGENDA_KINDS = ['presentation', 'statements', 'discussion', 'break', 'summary'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/**
 * Items whose presenter holds the floor while the item runs and nobody from its queue speaks: the
 * capture line attributes notes to them, and their time counts in the speaking totals.
 */
export const PRESENTER_KINDS: readonly AgendaKind[] = ['presentation', 'summary'];

export const ITEM_STATUSES = ['pending', 'running', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const SPEAKER_STATUSES = ['waiting', 'speaking', 'done', 'skipped'] as const;
export type SpeakerStatus = (typeof SPEAKER_STATUSES)[number];

export const PROJECTOR_MODES = ['live', 'blank', 'break'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];

export interface Speaker {
  id: string;
  agendaItemId: string;
  position: number;
  person: Person | null;
  /** For someone not in the directory. */
  freeName: string;
  plannedSeconds: number;
  /** What the chair asked this speaker to address, e.g. "understanding, ideas, difficulties". */
  prompt: string;
  status: SpeakerStatus;
  isInterjection: boolean;
  /** The facilitator hid this speaker's countdown (e.g. a county head's interjection): the projector shows none. */
  hideCountdown: boolean;
  /** Seconds spoken so far (all intervals, the open one up to now). */
  spokenSeconds: number;
  startedAt: string | null;
  endedAt: string | null;
}

export interface AgendaItem {
  id: string;
  sessionId: string;
  sittingId: string | null;
  position: number;
  kind: AgendaKind;
  title: string;
  presenter: Person | null;
  presenterName: string;
  plannedMinutes: number;
  chairNotes: string;
  /** Default prompt for speakers added to this item. */
  speakerPrompt: string;
  status: ItemStatus;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface ScheduledItem extends AgendaItem {
  /** Planned start and end as HH:MM on the item's sitting (null when the item has no sitting). */
  plannedStart: string | null;
  plannedEnd: string | null;
  speakers: Speaker[];
}

export interface SittingSchedule {
  sitting: Sitting;
  plannedEnd: string;
  /** Minutes the agenda runs past the sitting's end time (0 when it fits). */
  overrunMinutes: number;
  totalMinutes: number;
}

export interface AgendaView {
  session: Session;
  sittings: SittingSchedule[];
  items: ScheduledItem[];
  /** Items not assigned to any sitting (a session without sittings, or not yet placed). */
  unscheduledMinutes: number;
}

export interface AgendaTemplateItem {
  kind: AgendaKind;
  title: string;
  plannedMinutes: number;
  chairNotes?: string;
  /** Default prompt for speakers of a round of statements. */
  speakerPrompt?: string;
}

export interface AgendaTemplate {
  id: string;
  name: string;
  locale: Locale;
  builtin: boolean;
  items: AgendaTemplateItem[];
}

export interface RunState {
  session: Session;
  /** The server's clock when this state was read: clients tick countdowns from it. */
  now: string;
  paused: boolean;
  pausedAt: string | null;
  /**
   * The session is live but its current sitting has ended (the morning sitting, before the afternoon
   * one): nothing runs until the facilitator resumes with the next sitting.
   */
  adjourned: boolean;
  adjournedAt: string | null;
  /** Which sitting is (or was last) held: 1 for the first. */
  sittingNo: number;
  /** No countdown on the projector for the whole session (a setting of the facilitator). */
  countdownHidden: boolean;
  projector: { mode: ProjectorMode; breakUntil: string | null; message: string };
  currentItem: ScheduledItem | null;
  currentSpeaker: Speaker | null;
  /** Waiting speakers of the current item, in order. */
  nextSpeakers: Speaker[];
  /** Items after the current one (or all pending items before the first starts). */
  upcomingItems: ScheduledItem[];
  /** Seconds the current item has run. */
  itemElapsedSeconds: number;
  /** Positive: running behind the planned schedule; negative: ahead. Null before the first item starts. */
  scheduleDeltaMinutes: number | null;
  sittings: Sitting[];
}

export interface SpeakingTotal {
  personId: string | null;
  name: string;
  unitName: string | null;
  seconds: number;
  speeches: number;
}
