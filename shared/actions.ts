/** Action items and the board (issue 4/7). */
import type { Person, Unit } from './domain.js';

export const ACTION_STATUSES = ['proposed', 'assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * The moves a task may make. Accepted and cancelled are ends that can only be reopened; a task must
 * have a lead unit before it leaves "proposed" (a task without an owner unit is not assigned).
 */
export const STATUS_MOVES: Record<ActionStatus, readonly ActionStatus[]> = {
  proposed: ['assigned', 'in_progress', 'cancelled'],
  assigned: ['proposed', 'in_progress', 'cancelled'],
  in_progress: ['assigned', 'submitted', 'cancelled'],
  submitted: ['in_progress', 'accepted', 'cancelled'],
  accepted: ['in_progress'],
  cancelled: ['proposed'],
};

export function canMove(from: ActionStatus, to: ActionStatus): boolean {
  return from === to || STATUS_MOVES[from].includes(to);
}

/** Statuses in which a passed due date means overdue (submitted work is waiting on the office, not late). */
export const OPEN_STATUSES: readonly ActionStatus[] = ['proposed', 'assigned', 'in_progress'];
export const DUE_SOON_DAYS = 7;

export type DueState = 'none' | 'ok' | 'soon' | 'overdue';

export function dueState(dueDate: string | null, status: ActionStatus, today: string): DueState {
  if (!dueDate || !OPEN_STATUSES.includes(status)) return 'none';
  if (dueDate < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + DUE_SOON_DAYS);
  return dueDate <= soon.toISOString().slice(0, 10) ? 'soon' : 'ok';
}

export interface ChecklistItem {
  id: string;
  text: string;
  done: boolean;
}

export interface ActionItem {
  id: string;
  programmeId: string;
  sessionId: string | null;
  sessionTitle: string | null;
  stageId: string | null;
  agendaItemId: string | null;
  noteId: string | null;
  title: string;
  description: string;
  deliverable: string;
  leadUnit: Unit | null;
  coUnits: Unit[];
  owner: Person | null;
  dueDate: string | null;
  dueRule: string;
  status: ActionStatus;
  priority: Priority;
  boardPosition: number;
  checklist: ChecklistItem[];
  /** Derived from the due date, the status and today's date (the core's clock). */
  due: DueState;
  overdue: boolean;
  updatedAt: string;
}

export interface ActionHistoryEntry {
  at: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface ActionDetail extends ActionItem {
  history: ActionHistoryEntry[];
  /** The note this task came from, when there is one. */
  sourceNote: { id: string; text: string; speakerName: string } | null;
}

export interface UnitObligations {
  unit: Unit;
  lead: ActionItem[];
  cooperating: ActionItem[];
}
