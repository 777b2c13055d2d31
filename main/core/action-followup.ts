/**
 * Follow-up of a task between meetings (督办, issue 17): progress reports (进展) and extension
 * requests (延期申请). Every change is in the task's history; a deleted report goes to the Trash.
 * The reads (`followUp`, `listProgress`, `listExtensions`) are named use cases: the task panel, the
 * digest and the ledger read the same rows.
 */
import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { AppError } from '../../shared/contract/result.js';
import type { ActionExtension, ActionProgress, ExtensionStatus } from '../../shared/actions.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { recordChange } from './action-history.js';
import { actionRow } from './actions-read.js';
import { progressLine } from './entities.js';
import { restoreFromTrash, softDelete } from './entity-lifecycle.js';
import { getPerson } from './people.js';
import { nowIso } from './sql.js';
import { getUnit } from './units.js';

interface ProgressRow {
  id: string;
  action_id: string;
  date: string;
  text: string;
  unit_id: string | null;
  unit_name: string | null;
  person_id: string | null;
  person_name: string | null;
  created_at: string;
}

const PROGRESS_SELECT = `
  SELECT p.id, p.action_id, p.date, p.text, u.id AS unit_id, u.name AS unit_name, pe.id AS person_id, pe.name AS person_name, p.created_at
    FROM action_progress p LEFT JOIN unit u ON u.id = p.reporter_unit_id LEFT JOIN person pe ON pe.id = p.reporter_person_id`;

const toProgress = (r: ProgressRow): ActionProgress => ({
  id: r.id,
  actionId: r.action_id,
  date: r.date,
  text: r.text,
  reporterUnit: r.unit_id ? { id: r.unit_id, name: r.unit_name ?? '' } : null,
  reporterPerson: r.person_id ? { id: r.person_id, name: r.person_name ?? '' } : null,
  createdAt: r.created_at,
});

/** A task's live progress reports, oldest first (by date, then as entered). */
export function listProgress(ctx: ReadContext, actionId: string): ActionProgress[] {
  const rows = ctx.db
    .prepare(`${PROGRESS_SELECT} WHERE p.action_id = ? AND p.deleted_at IS NULL ORDER BY p.date, p.created_at, p.id`)
    .all(actionId) as ProgressRow[];
  return rows.map(toProgress);
}

interface ExtensionRow {
  id: string;
  action_id: string;
  requested_date: string;
  reason: string;
  status: string;
  created_at: string;
  decided_at: string | null;
  decision_note: string;
}

const toExtension = (r: ExtensionRow): ActionExtension => ({
  id: r.id,
  actionId: r.action_id,
  requestedDate: r.requested_date,
  reason: r.reason,
  status: r.status as ExtensionStatus,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

/** A task's extension requests, oldest first. */
export function listExtensions(ctx: ReadContext, actionId: string): ActionExtension[] {
  const rows = ctx.db.prepare('SELECT * FROM action_extension WHERE action_id = ? ORDER BY created_at, id').all(actionId) as ExtensionRow[];
  return rows.map(toExtension);
}

/** Groups rows by task, keeping their order. */
function byAction<R extends { action_id: string }, T>(rows: R[], to: (row: R) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.action_id);
    if (list) list.push(to(row));
    else grouped.set(row.action_id, [to(row)]);
  }
  return grouped;
}

/**
 * `listProgress` of every live task of a programme in one query (the ledger of thousands of tasks must
 * not ask once per task): the same rows in the same order, by task id.
 */
export function programmeProgress(ctx: ReadContext, programmeId: string): Map<string, ActionProgress[]> {
  const rows = ctx.db
    .prepare(
      `${PROGRESS_SELECT} JOIN action_item a ON a.id = p.action_id
        WHERE a.programme_id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.date, p.created_at, p.id`,
    )
    .all(programmeId) as ProgressRow[];
  return byAction(rows, toProgress);
}

/** `listExtensions` of every live task of a programme in one query, by task id. */
export function programmeExtensions(ctx: ReadContext, programmeId: string): Map<string, ActionExtension[]> {
  const rows = ctx.db
    .prepare(
      `SELECT e.* FROM action_extension e JOIN action_item a ON a.id = e.action_id
        WHERE a.programme_id = ? AND a.deleted_at IS NULL ORDER BY e.created_at, e.id`,
    )
    .all(programmeId) as ExtensionRow[];
  return byAction(rows, toExtension);
}

/** What the task panel shows of a task's follow-up. */
export const followUp = (ctx: ReadContext, actionId: string) => ({ progress: listProgress(ctx, actionId), extensions: listExtensions(ctx, actionId) });

function progressRow(ctx: CoreContext, id: string, { deleted = false } = {}): ProgressRow & { programme_id: string } {
  const row = ctx.db
    .prepare(`${PROGRESS_SELECT.replace('SELECT p.id', 'SELECT a.programme_id, p.id')} JOIN action_item a ON a.id = p.action_id
               WHERE p.id = ? AND p.deleted_at IS ${deleted ? 'NOT NULL' : 'NULL'} AND a.deleted_at IS NULL`)
    .get(id) as (ProgressRow & { programme_id: string }) | undefined;
  if (!row) throw new AppError('not_found', { entity: 'action_progress', id });
  return row;
}

function extensionRow(ctx: CoreContext, id: string): ExtensionRow {
  const row = ctx.db.prepare('SELECT * FROM action_extension WHERE id = ?').get(id) as ExtensionRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'action_extension', id });
  return row;
}

/**
 * Adds a progress report (the task panel's, and a returned unit sheet's): its line in the task's
 * history, the task's change event.
 */
export function addProgress(ctx: CoreContext, input: ParsedInputOf<'action.progressAdd'>): ActionProgress {
  const action = actionRow(ctx, input.actionId);
  if (input.reporterUnitId) getUnit(ctx, input.reporterUnitId);
  if (input.reporterPersonId) getPerson(ctx, input.reporterPersonId);
  const id = ctx.newId();
  const at = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO action_progress (id, action_id, date, text, reporter_unit_id, reporter_person_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, action.id, input.date, input.text, input.reporterUnitId ?? null, input.reporterPersonId ?? null, at, at);
  recordChange(ctx, action.id, 'progress', null, progressLine(input));
  ctx.db.prepare('UPDATE action_item SET updated_at = ? WHERE id = ?').run(at, action.id);
  ctx.changed('action', action.programme_id, action.id);
  return toProgress(progressRow(ctx, id));
}

/** Closed and cancelled tasks take no extension: there is nothing left to be late with. */
const OPEN_FOR_EXTENSION = new Set(['proposed', 'assigned', 'in_progress', 'submitted']);

export const followUpHandlers: Pick<
  HandlerMap<'action'>,
  'action.progressAdd' | 'action.progressDelete' | 'action.progressRestore' | 'action.extensionRequest' | 'action.extensionDecide'
> = {
  'action.progressAdd': (input, ctx) => addProgress(ctx, input),

  'action.progressDelete': (input, ctx) => {
    progressRow(ctx, input.id);
    softDelete(ctx, 'action_progress', input.id);
    return null;
  },

  'action.progressRestore': (input, ctx) => {
    restoreFromTrash(ctx, 'action_progress', input.id);
    return toProgress(progressRow(ctx, input.id));
  },

  'action.extensionRequest': (input, ctx) => {
    const action = actionRow(ctx, input.actionId);
    if (!OPEN_FOR_EXTENSION.has(action.status)) throw new AppError('invalid_state', { reason: 'extension_task_closed' });
    if (!action.due_date) throw new AppError('invalid_state', { reason: 'extension_no_due_date' });
    if (input.requestedDate <= action.due_date) {
      throw new AppError('validation', undefined, [{ path: 'requestedDate', code: 'extension_not_later' }]);
    }
    const pending = ctx.db.prepare("SELECT 1 FROM action_extension WHERE action_id = ? AND status = 'requested'").get(action.id);
    if (pending) throw new AppError('invalid_state', { reason: 'extension_pending' });
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO action_extension (id, action_id, requested_date, reason, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, action.id, input.requestedDate, input.reason, nowIso(ctx));
    recordChange(ctx, action.id, 'extensionRequested', null, `${input.requestedDate} ${input.reason}`);
    ctx.changed('action', action.programme_id, action.id);
    return toExtension(extensionRow(ctx, id));
  },

  /**
   * The office decides a request once. Approving moves the current due date to the requested one and
   * keeps the first due date as the original; the spoken rule no longer describes the date, so it goes.
   */
  'action.extensionDecide': (input, ctx) => {
    const request = extensionRow(ctx, input.id);
    const action = actionRow(ctx, request.action_id);
    if (request.status !== 'requested') throw new AppError('invalid_state', { reason: 'extension_decided' });
    const at = nowIso(ctx);
    const status: ExtensionStatus = input.approve ? 'approved' : 'refused';
    const note = input.note?.trim() ?? '';
    ctx.db.prepare('UPDATE action_extension SET status = ?, decided_at = ?, decision_note = ? WHERE id = ?').run(status, at, note, request.id);
    if (input.approve) {
      ctx.db
        .prepare("UPDATE action_item SET original_due_date = coalesce(original_due_date, due_date), due_date = ?, due_rule = '' WHERE id = ?")
        .run(request.requested_date, action.id);
      recordChange(ctx, action.id, 'extensionApproved', action.due_date, request.requested_date);
    } else {
      recordChange(ctx, action.id, 'extensionRefused', null, note ? `${request.requested_date} ${note}` : request.requested_date);
    }
    ctx.db.prepare('UPDATE action_item SET updated_at = ? WHERE id = ?').run(at, action.id);
    ctx.changed('action', action.programme_id, action.id);
    return toExtension(extensionRow(ctx, request.id));
  },
};
