/**
 * The board's pure logic: filtering, columns and swimlanes, where a moved card lands and which
 * position that is on the server, the optimistic view of a move. No React, no DOM: unit-tested in
 * test/unit/board-model.test.ts.
 *
 * Positions: the server keeps one order per programme and status column (board_position 0..n-1,
 * renumbered on every move). A board may show only part of a column (a session's board, a filter),
 * so a drop is described by the visible card it lands before, and translated to the programme-wide
 * position from that card's boardPosition.
 */
import { ACTION_STATUSES, checkMove, moveSubject, type ActionItem, type ActionStatus, type MoveVerdict } from '../../../../shared/actions.js';
import type { Unit } from '../../../../shared/domain.js';

export interface BoardFilters {
  /** As lead or as co-operating unit. */
  unitId?: string;
  ownerId?: string;
  sessionId?: string;
  stageId?: string;
  status?: ActionStatus;
  overdue?: boolean;
}

export function matchesFilters(action: ActionItem, filters: BoardFilters): boolean {
  if (filters.unitId && action.leadUnit?.id !== filters.unitId && !action.coUnits.some((u) => u.id === filters.unitId)) return false;
  if (filters.ownerId && action.owner?.id !== filters.ownerId) return false;
  if (filters.sessionId && action.sessionId !== filters.sessionId) return false;
  if (filters.stageId && action.stageId !== filters.stageId) return false;
  if (filters.status && action.status !== filters.status) return false;
  if (filters.overdue && !action.overdue) return false;
  return true;
}

export function filterActions(actions: readonly ActionItem[], filters: BoardFilters): ActionItem[] {
  const any = Object.values(filters).some(Boolean);
  return any ? actions.filter((a) => matchesFilters(a, filters)) : [...actions];
}

export type Columns = Record<ActionStatus, ActionItem[]>;

export function emptyColumns(): Columns {
  return { proposed: [], assigned: [], in_progress: [], submitted: [], accepted: [], cancelled: [] };
}

/** Cards by status, each column in board order (stable: ties keep the server's order). */
export function groupColumns(actions: readonly ActionItem[]): Columns {
  const columns = emptyColumns();
  for (const action of actions) columns[action.status].push(action);
  for (const status of ACTION_STATUSES) columns[status].sort((a, b) => a.boardPosition - b.boardPosition);
  return columns;
}

/**
 * `next` with every column that holds the same cards as in `previous` replaced by the previous
 * array (and `previous` itself when nothing changed), so unchanged columns skip re-rendering.
 */
export function reuseColumns(previous: Columns, next: Columns): Columns {
  let same = true;
  const out = emptyColumns();
  for (const status of ACTION_STATUSES) {
    const a = previous[status];
    const b = next[status];
    const equal = a.length === b.length && a.every((item, i) => item === b[i]);
    out[status] = equal ? a : b;
    if (!equal) same = false;
  }
  return same ? previous : out;
}

export interface Lane {
  /** The lead unit's id, or '' for tasks without one. */
  key: string;
  unit: Unit | null;
  actions: ActionItem[];
}

/** Swimlanes by lead unit: units in name order (the collator's), tasks without a lead last. */
export function groupLanes(actions: readonly ActionItem[], compareNames: (a: string, b: string) => number): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const action of actions) {
    const key = action.leadUnit?.id ?? '';
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, unit: action.leadUnit, actions: [] };
      lanes.set(key, lane);
    }
    lane.actions.push(action);
  }
  return [...lanes.values()].sort((a, b) => {
    if (!a.unit) return 1;
    if (!b.unit) return -1;
    return compareNames(a.unit.name, b.unit.name);
  });
}

/** Where a lifted card would land: a column, and its index among that column's other visible cards. */
export interface Target {
  status: ActionStatus;
  index: number;
}

/** The column's visible cards without the one being moved. */
export function othersIn(columns: Columns, status: ActionStatus, movingId: string): ActionItem[] {
  return columns[status].filter((a) => a.id !== movingId);
}

/** The target that leaves the card where it is. */
export function startTarget(columns: Columns, action: ActionItem): Target {
  const index = columns[action.status].findIndex((a) => a.id === action.id);
  return { status: action.status, index: Math.max(0, index) };
}

export function isUnchanged(columns: Columns, action: ActionItem, target: Target): boolean {
  const start = startTarget(columns, action);
  return start.status === target.status && start.index === target.index;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * One arrow key while a card is lifted: up/down within the column (stopping at its ends),
 * left/right to the neighbouring shown column, keeping the row when it can.
 */
export function stepTarget(columns: Columns, shown: readonly ActionStatus[], movingId: string, target: Target, direction: Direction): Target {
  if (direction === 'up' || direction === 'down') {
    const length = othersIn(columns, target.status, movingId).length;
    const index = Math.max(0, Math.min(length, target.index + (direction === 'down' ? 1 : -1)));
    return { ...target, index };
  }
  const at = shown.indexOf(target.status);
  const next = shown[at + (direction === 'right' ? 1 : -1)];
  if (at < 0 || next === undefined) return target;
  const length = othersIn(columns, next, movingId).length;
  return { status: next, index: Math.min(target.index, length) };
}

/** The visible card the moved one lands before (null: at the end of the column). */
export function cardBefore(columns: Columns, movingId: string, target: Target): ActionItem | null {
  return othersIn(columns, target.status, movingId)[target.index] ?? null;
}

/** The end of any column: the server clamps a position past the end to the end. */
export const END_OF_COLUMN = 100_000;

/**
 * The `position` for action.move: the index in the programme-wide column without the moved card,
 * taken from the neighbour's boardPosition (positions are the server's dense 0..n-1 per column).
 */
export function serverPosition(columns: Columns, moving: ActionItem, target: Target): number {
  const others = othersIn(columns, target.status, moving.id);
  const sameColumn = moving.status === target.status;
  const shift = (neighbour: ActionItem) => (sameColumn && moving.boardPosition < neighbour.boardPosition ? 1 : 0);
  const before = others[target.index];
  if (before) return Math.max(0, before.boardPosition - shift(before));
  const last = others[others.length - 1];
  if (last) return last.boardPosition + 1 - shift(last);
  return END_OF_COLUMN;
}

/**
 * The list as it will look once the server agrees: the moved card in its new column, between its
 * new neighbours (a fractional position; the refetch brings the renumbered order).
 */
export function applyMove(list: readonly ActionItem[], columns: Columns, moving: ActionItem, target: Target): ActionItem[] {
  const others = othersIn(columns, target.status, moving.id);
  const before = others[target.index];
  const last = others[others.length - 1];
  const boardPosition = before ? before.boardPosition - 0.5 : last ? last.boardPosition + 0.5 : 0;
  const moved: ActionItem = {
    ...moving,
    status: target.status,
    boardPosition,
    // Leaving the open statuses ends "overdue" (the server derives the same).
    ...(['proposed', 'assigned', 'in_progress'].includes(target.status) ? {} : { due: 'none' as const, overdue: false }),
  };
  return list.map((a) => (a.id === moving.id ? moved : a));
}

/** The transition rule's verdict on moving this card to `to` (the same function the core asks). */
/** A move on the board carries no reason: reopening a closed task is done in its panel, which asks why. */
export const moveVerdict = (action: ActionItem, to: ActionStatus, hasReason = false): MoveVerdict =>
  checkMove({ ...moveSubject(action), hasReason }, to);

/** The statuses shown as columns: all six, or the one the status filter asks for. */
export function shownStatuses(filters: BoardFilters): ActionStatus[] {
  return filters.status ? [filters.status] : [...ACTION_STATUSES];
}

/** Counts per column over the unfiltered list (the filtered count is the column's length). */
export function countByStatus(actions: readonly ActionItem[]): Record<ActionStatus, number> {
  const counts = { proposed: 0, assigned: 0, in_progress: 0, submitted: 0, accepted: 0, cancelled: 0 };
  for (const a of actions) counts[a.status]++;
  return counts;
}
