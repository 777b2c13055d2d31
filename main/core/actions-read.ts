/** Reading action items with their units, owner, checklist and derived due state. */
import { AppError } from '../../shared/contract/result.js';
import { dueState, type ActionItem, type ActionStatus, type ChecklistItem, type Priority } from '../../shared/actions.js';
import type { Unit } from '../../shared/domain.js';
import { localDay } from '../../shared/local-day.js';
import { zonedParts } from '../../shared/time-zone.js';
import { addWorkingDays } from '../../shared/work-calendar/index.js';
import { readSettings } from './settings.js';
import { programmeTimeZone } from './time-zone.js';
import { readCalendar } from './work-calendar.js';
import type { CoreContext, ReadContext } from './context.js';
import { PERSON_COLUMNS, PERSON_UNIT_JOIN, UNIT_COLUMNS, toPerson, toUnit, type PersonRow, type UnitRow } from './rows.js';

export interface ActionRow {
  id: string;
  programme_id: string;
  session_id: string | null;
  session_title: string | null;
  stage_id: string | null;
  agenda_item_id: string | null;
  note_id: string | null;
  title: string;
  description: string;
  deliverable: string;
  lead_unit_id: string | null;
  owner_person_id: string | null;
  due_date: string | null;
  original_due_date: string | null;
  /** Live deliverable files: 办结 may rest on one. */
  deliverable_files: number;
  due_rule: string;
  status: string;
  priority: string;
  board_position: number;
  updated_at: string;
  created_at: string;
}

export const ACTION_SELECT = `
  SELECT a.id, a.programme_id, a.session_id, s.title AS session_title, s.stage_id, a.agenda_item_id, a.note_id, a.title,
         a.description, a.deliverable, a.lead_unit_id, a.owner_person_id, a.due_date, a.original_due_date, a.due_rule, a.status, a.priority,
         a.board_position, a.updated_at, a.created_at,
         (SELECT count(*) FROM action_file f WHERE f.action_id = a.id AND f.role = 'deliverable' AND f.deleted_at IS NULL) AS deliverable_files
    FROM action_item a LEFT JOIN session s ON s.id = a.session_id`;

/** Today's date on the machine running the meeting, from the core's clock. */
export function today(ctx: ReadContext): string {
  return localDay(ctx.now());
}

/**
 * The last day of the due-soon window from a day: the dueSoonDays setting counted in working days on
 * the user's calendar. The board's lights and the follow-up digest (any as-of day) use this one rule.
 */
export function soonUntilOf(ctx: ReadContext): (day: string) => string {
  const calendar = readCalendar(ctx);
  const { dueSoonDays } = readSettings(ctx);
  return (day) => addWorkingDays(calendar, day, dueSoonDays);
}

/**
 * Today in each programme's own time zone (the room's day, not this machine's) and the last day of
 * its due-soon window: N working days on the official calendar (docs/WORKING-DAYS.md). Counted once
 * per programme per read.
 */
export function dueDays(ctx: ReadContext): (programmeId: string) => { day: string; soonUntil: string } {
  const soonUntil = soonUntilOf(ctx);
  const now = ctx.now();
  const known = new Map<string, { day: string; soonUntil: string }>();
  return (programmeId) => {
    let found = known.get(programmeId);
    if (!found) {
      const day = zonedParts(now, programmeTimeZone(ctx, programmeId)).date;
      found = { day, soonUntil: soonUntil(day) };
      known.set(programmeId, found);
    }
    return found;
  };
}

/** Loads units, owners, co-units and checklists for many actions in four queries, not four per action. */
export function toActions(ctx: ReadContext, rows: ActionRow[]): ActionItem[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const units = new Map(
    (ctx.db.prepare(`SELECT ${UNIT_COLUMNS} FROM unit u`).all() as UnitRow[]).map((r) => [r.id, toUnit(r)] as [string, Unit]),
  );
  const ownerIds = JSON.stringify([...new Set(rows.map((r) => r.owner_person_id).filter(Boolean))]);
  const owners = new Map(
    (
      ctx.db
        .prepare(`SELECT ${PERSON_COLUMNS} FROM person pe ${PERSON_UNIT_JOIN} WHERE pe.id IN (SELECT value FROM json_each(?))`)
        .all(ownerIds) as PersonRow[]
    ).map((r) => [r.id, toPerson(r)]),
  );
  const coRows = ctx.db
    .prepare('SELECT action_id, unit_id FROM action_co_unit WHERE action_id IN (SELECT value FROM json_each(?)) ORDER BY position')
    .all(ids) as { action_id: string; unit_id: string }[];
  const checks = ctx.db
    .prepare('SELECT id, action_id, text, done FROM action_check WHERE action_id IN (SELECT value FROM json_each(?)) ORDER BY position')
    .all(ids) as { id: string; action_id: string; text: string; done: number }[];
  const coByAction = new Map<string, Unit[]>();
  for (const co of coRows) {
    const unit = units.get(co.unit_id);
    if (unit) coByAction.set(co.action_id, [...(coByAction.get(co.action_id) ?? []), unit]);
  }
  const checksByAction = new Map<string, ChecklistItem[]>();
  for (const c of checks) {
    checksByAction.set(c.action_id, [...(checksByAction.get(c.action_id) ?? []), { id: c.id, text: c.text, done: c.done === 1 }]);
  }
  const dueDay = dueDays(ctx);
  return rows.map((r) => {
    const { day, soonUntil } = dueDay(r.programme_id);
    const due = dueState(r.due_date, r.status as ActionStatus, day, soonUntil);
    return {
      id: r.id,
      programmeId: r.programme_id,
      sessionId: r.session_id,
      sessionTitle: r.session_title,
      stageId: r.stage_id,
      agendaItemId: r.agenda_item_id,
      noteId: r.note_id,
      title: r.title,
      description: r.description,
      deliverable: r.deliverable,
      deliverableFiles: r.deliverable_files,
      leadUnit: r.lead_unit_id ? (units.get(r.lead_unit_id) ?? null) : null,
      coUnits: coByAction.get(r.id) ?? [],
      owner: r.owner_person_id ? (owners.get(r.owner_person_id) ?? null) : null,
      dueDate: r.due_date,
      originalDueDate: r.original_due_date,
      dueRule: r.due_rule,
      status: r.status as ActionStatus,
      priority: r.priority as Priority,
      boardPosition: r.board_position,
      checklist: checksByAction.get(r.id) ?? [],
      due,
      overdue: due === 'overdue',
      updatedAt: r.updated_at,
    };
  });
}

export function actionRow(ctx: CoreContext, id: string, { includeDeleted = false } = {}): ActionRow {
  const row = ctx.db.prepare(`${ACTION_SELECT} WHERE a.id = ? ${includeDeleted ? '' : 'AND a.deleted_at IS NULL'}`).get(id) as
    | ActionRow
    | undefined;
  if (!row) throw new AppError('not_found', { entity: 'action_item', id });
  return row;
}

export function getAction(ctx: CoreContext, id: string): ActionItem {
  return toActions(ctx, [actionRow(ctx, id)])[0]!;
}
