/** Action items and the board (issue 4/7). */
import type { ActionFile } from './action-files.js';
import type { Person, Unit } from './domain.js';

export const ACTION_STATUSES = ['proposed', 'assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * The moves a task may make: one step along the way, back one step, or to cancelled. Accepted and
 * cancelled are ends that can only be reopened: an accepted task goes back to submitted (the
 * acceptance was a mistake) or to in progress (more work is needed); a cancelled one to proposed.
 */
export const STATUS_MOVES: Record<ActionStatus, readonly ActionStatus[]> = {
  proposed: ['assigned', 'in_progress', 'cancelled'],
  assigned: ['proposed', 'in_progress', 'cancelled'],
  in_progress: ['assigned', 'submitted', 'cancelled'],
  submitted: ['in_progress', 'accepted', 'cancelled'],
  accepted: ['submitted', 'in_progress'],
  cancelled: ['proposed'],
};

/** A status that can hold a task without a lead unit (a task without an owner unit is not assigned). */
export const needsLead = (status: ActionStatus) => status !== 'proposed' && status !== 'cancelled';

/** What the transition rule looks at. */
export interface MoveSubject {
  status: ActionStatus;
  /** Whether the task has a lead unit. */
  hasLead: boolean;
  checklist: readonly { done: boolean }[];
  /** Whether the deliverable is recorded (办结 needs it); left out by a caller that only asks about the way. */
  hasDeliverable?: boolean;
  /** Whether the move gives a reason (reopening an accepted task needs one); left out: not asked. */
  hasReason?: boolean;
}

export type MoveRefusal = 'move_not_allowed' | 'lead_unit_required' | 'deliverable_required' | 'reopen_reason_required';

/**
 * The verdict on a move: refused with a reason, or allowed, perhaps after the user confirms
 * (accepting a task whose required contents are not all ticked off: `unchecked` of them).
 */
export type MoveVerdict = { ok: true; confirm: null } | { ok: true; confirm: 'checklist_unfinished'; unchecked: number } | { ok: false; reason: MoveRefusal };

/**
 * THE transition rule. Keyboard moves, drags, the detail panel's status list and the core's
 * action.move all ask this one function, so the board never offers what the core refuses.
 * Staying in the same column (a reorder) is always allowed.
 */
export function checkMove(task: MoveSubject, to: ActionStatus): MoveVerdict {
  if (task.status === to) return { ok: true, confirm: null };
  if (!STATUS_MOVES[task.status].includes(to)) return { ok: false, reason: 'move_not_allowed' };
  if (needsLead(to) && !task.hasLead) return { ok: false, reason: 'lead_unit_required' };
  // Accepted is 办结 (closed): only with the deliverable recorded, and reopened only with a reason.
  if (to === 'accepted' && task.hasDeliverable === false) return { ok: false, reason: 'deliverable_required' };
  if (task.status === 'accepted' && task.hasReason === false) return { ok: false, reason: 'reopen_reason_required' };
  const unchecked = task.checklist.filter((c) => !c.done).length;
  if (to === 'accepted' && unchecked > 0) return { ok: true, confirm: 'checklist_unfinished', unchecked };
  return { ok: true, confirm: null };
}

/**
 * The params of the invalid_state error that refuses a move (errors:reason.move_not_allowed names
 * both statuses): what the core sends, and what the UI shows when it refuses without asking.
 */
export function moveRefusal(from: ActionStatus, to: ActionStatus, reason: MoveRefusal): Record<string, string> {
  return reason === 'move_not_allowed' ? { reason, from, to } : { reason };
}

/** The subject of checkMove for a task as the UI has it. */
export const moveSubject = (action: Pick<ActionItem, 'status' | 'leadUnit' | 'checklist' | 'deliverable' | 'deliverableFiles'>): MoveSubject => ({
  status: action.status,
  hasLead: action.leadUnit !== null,
  checklist: action.checklist,
  hasDeliverable: hasDeliverable(action.deliverable, action.deliverableFiles),
});

/** Whether the deliverable counts as recorded: a text, or at least one live deliverable file. */
export const hasDeliverable = (text: string, deliverableFiles = 0) => text.trim() !== '' || deliverableFiles > 0;

/** Statuses in which a passed due date means overdue (submitted work is waiting on the office, not late). */
export const OPEN_STATUSES: readonly ActionStatus[] = ['proposed', 'assigned', 'in_progress'];
/** 临期: due within this many working days (a setting, docs/WORKING-DAYS.md). */
export const DEFAULT_DUE_SOON_DAYS = 3;
export const MAX_DUE_SOON_DAYS = 30;

export type DueState = 'none' | 'ok' | 'soon' | 'overdue';

/**
 * 逾期 when the due date is before today; 临期 when it is no later than `soonUntil`, the last day
 * of the due-soon window (shared/work-calendar addWorkingDays(today, N): computed once per read, not
 * once per task); only for tasks still open.
 */
export function dueState(dueDate: string | null, status: ActionStatus, today: string, soonUntil: string): DueState {
  if (!dueDate || !OPEN_STATUSES.includes(status)) return 'none';
  if (dueDate < today) return 'overdue';
  return dueDate <= soonUntil ? 'soon' : 'ok';
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
  /** How many live files the deliverable has (办结 may rest on one instead of a text). */
  deliverableFiles: number;
  leadUnit: Unit | null;
  coUnits: Unit[];
  owner: Person | null;
  /** The current due date (after any approved extension). */
  dueDate: string | null;
  /** The due date before the first approved extension; null while none was approved. */
  originalDueDate: string | null;
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

export const EXTENSION_STATUSES = ['requested', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** A progress report (进展) on a task, in date order. */
export interface ActionProgress {
  id: string;
  actionId: string;
  date: string;
  text: string;
  reporterUnit: { id: string; name: string } | null;
  reporterPerson: { id: string; name: string } | null;
  createdAt: string;
}

/** An extension request (延期申请): a new date and a reason, decided by the office. */
export interface ActionExtension {
  id: string;
  actionId: string;
  requestedDate: string;
  reason: string;
  status: ExtensionStatus;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string;
}

export interface ActionDetail extends ActionItem {
  history: ActionHistoryEntry[];
  progress: ActionProgress[];
  extensions: ActionExtension[];
  /** Live files of its live progress reports and its deliverable, in the order attached. */
  files: ActionFile[];
  /** The note this task came from, when there is one. */
  sourceNote: { id: string; text: string; speakerName: string } | null;
}

export interface UnitObligations {
  unit: Unit;
  lead: ActionItem[];
  cooperating: ActionItem[];
}
