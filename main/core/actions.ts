import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { AppError } from '../../shared/contract/result.js';
import { checkMove, hasDeliverable, moveRefusal, needsLead, type ActionDetail, type ActionItem, type ActionStatus } from '../../shared/actions.js';
import { parseDueRule } from '../../shared/due-rule.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { restoreFromTrash, softDelete } from './entity-lifecycle.js';
import { readHistory, recordChange } from './action-history.js';
import { ACTION_SELECT, actionRow, getAction, toActions, today, type ActionRow } from './actions-read.js';
import { addCheck, checkHandlers } from './action-checks.js';
import { fileHandlers, listFiles } from './action-files.js';
import { followUp, followUpHandlers } from './action-followup.js';
import { getItemRow } from './agenda-read.js';
import { boardColumn, moveInOrder, renumberBoardColumn } from './ordering.js';
import { getPerson } from './people.js';
import { getSession } from './sessions.js';
import { nowIso, requireLive } from './sql.js';
import { getUnit } from './units.js';
import { readCalendar } from './work-calendar.js';

/** The date a spoken rule counts from: the session's first sitting, else today. */
function baseDate(ctx: CoreContext, sessionId: string | null | undefined): string {
  if (sessionId) {
    const first = ctx.db.prepare('SELECT date FROM sitting WHERE session_id = ? ORDER BY position LIMIT 1').pluck().get(sessionId) as
      | string
      | undefined;
    if (first) return first;
  }
  return today(ctx);
}

function resolveDue(ctx: CoreContext, sessionId: string | null, rule: string): { date: string; rule: string } {
  const parsed = parseDueRule(rule, baseDate(ctx, sessionId), readCalendar(ctx));
  if (!parsed.ok) throw new AppError('validation', undefined, [{ path: 'dueRule', code: `due_${parsed.reason}` }]);
  return { date: parsed.date, rule: parsed.rule };
}

const unitName = (ctx: CoreContext, id: string | null) => (id ? getUnit(ctx, id).name : null);
const personName = (ctx: CoreContext, id: string | null) => (id ? getPerson(ctx, id).name : null);

function coUnitIds(ctx: CoreContext, actionId: string): string[] {
  return ctx.db.prepare('SELECT unit_id FROM action_co_unit WHERE action_id = ? ORDER BY position').pluck().all(actionId) as string[];
}

function setCoUnits(ctx: CoreContext, actionId: string, ids: string[], leadUnitId: string | null) {
  const unique = [...new Set(ids)];
  if (leadUnitId && unique.includes(leadUnitId)) throw new AppError('validation', undefined, [{ path: 'coUnitIds', code: 'lead_also_co' }]);
  unique.forEach((id) => getUnit(ctx, id));
  const before = coUnitIds(ctx, actionId).map((id) => unitName(ctx, id)).join('、');
  ctx.db.prepare('DELETE FROM action_co_unit WHERE action_id = ?').run(actionId);
  const insert = ctx.db.prepare('INSERT INTO action_co_unit (action_id, unit_id, position) VALUES (?, ?, ?)');
  unique.forEach((id, index) => insert.run(actionId, id, index));
  recordChange(ctx, actionId, 'coUnits', before || null, unique.map((id) => unitName(ctx, id)).join('、') || null);
}

/** Refuses a move the transition rule (shared/actions.ts checkMove) does not allow, with its reason. */
function requireMove(row: ActionRow, to: ActionStatus, reason: string | undefined) {
  const from = row.status as ActionStatus;
  // The checklist only asks the user to confirm (the UI's business); it never refuses a move.
  const subject = { status: from, hasLead: row.lead_unit_id !== null, checklist: [], hasDeliverable: hasDeliverable(row.deliverable, row.deliverable_files) };
  const verdict = checkMove({ ...subject, hasReason: Boolean(reason?.trim()) }, to);
  if (!verdict.ok) throw new AppError('invalid_state', moveRefusal(from, to, verdict.reason));
}

/**
 * Whether moving the task back to `to` undoes its latest status change (from `to` to where it is
 * now). Undo restores exactly what was, so it may go where the rule would not lead (e.g. cancelled
 * back to in progress), but only that one step back.
 */
function undoesLastMove(ctx: CoreContext, actionId: string, from: ActionStatus, to: ActionStatus): boolean {
  const last = ctx.db
    .prepare("SELECT old_value, new_value FROM action_history WHERE action_id = ? AND field IN ('status', 'statusUndo') ORDER BY id DESC LIMIT 1")
    .get(actionId) as { old_value: string | null; new_value: string | null } | undefined;
  return last?.old_value === to && last.new_value === from;
}

function programmeOfSession(ctx: CoreContext, sessionId: string): string {
  return getSession(ctx, sessionId).programmeId;
}

interface CreateInput {
  programmeId?: string | undefined;
  sessionId?: string | undefined;
  agendaItemId?: string | undefined;
  noteId?: string | undefined;
  status?: ActionStatus | undefined;
  checklist?: string[] | undefined;
  title: string;
  description?: string | undefined;
  deliverable?: string | undefined;
  leadUnitId?: string | null | undefined;
  coUnitIds?: string[] | undefined;
  ownerId?: string | null | undefined;
  dueRule?: string | undefined;
  dueDate?: string | null | undefined;
  priority?: string | undefined;
}

export function createAction(ctx: CoreContext, input: CreateInput): string {
  const programmeId = input.sessionId ? programmeOfSession(ctx, input.sessionId) : input.programmeId!;
  if (input.programmeId && input.programmeId !== programmeId) throw new AppError('not_found', { entity: 'session', id: input.sessionId! });
  requireLive(ctx, 'programme', programmeId);
  if (input.agendaItemId && (!input.sessionId || getItemRow(ctx, input.agendaItemId).session_id !== input.sessionId)) {
    throw new AppError('not_found', { entity: 'agenda_item', id: input.agendaItemId });
  }
  if (input.leadUnitId) getUnit(ctx, input.leadUnitId);
  if (input.ownerId) getPerson(ctx, input.ownerId);
  const status = input.status ?? 'proposed';
  if (needsLead(status) && !input.leadUnitId) throw new AppError('invalid_state', { reason: 'lead_unit_required' });
  const due = input.dueRule?.trim() ? resolveDue(ctx, input.sessionId ?? null, input.dueRule) : { date: input.dueDate ?? null, rule: '' };
  const id = ctx.newId();
  const at = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO action_item (id, programme_id, session_id, agenda_item_id, note_id, title, description, deliverable, lead_unit_id,
                                owner_person_id, due_date, due_rule, status, priority, board_position, created_at, updated_at)
       VALUES (@id, @programmeId, @sessionId, @agendaItemId, @noteId, @title, @description, @deliverable, @leadUnitId, @ownerId,
               @dueDate, @dueRule, @status, @priority, @position, @at, @at)`,
    )
    .run({
      id,
      programmeId,
      sessionId: input.sessionId ?? null,
      agendaItemId: input.agendaItemId ?? null,
      noteId: input.noteId ?? null,
      title: input.title,
      description: input.description ?? '',
      deliverable: input.deliverable ?? '',
      leadUnitId: input.leadUnitId ?? null,
      ownerId: input.ownerId ?? null,
      dueDate: due.date,
      dueRule: due.rule,
      status,
      priority: input.priority ?? 'normal',
      position: boardColumn(ctx, programmeId, status).length,
      at,
    });
  recordChange(ctx, id, 'created', null, input.title);
  if (input.coUnitIds?.length) setCoUnits(ctx, id, input.coUnitIds, input.leadUnitId ?? null);
  for (const text of input.checklist ?? []) addCheck(ctx, id, text);
  ctx.changed('action', programmeId, id);
  return id;
}

/** A note's first line, shortened to a card title. */
function titleFromNote(text: string): string {
  const firstLine = text.trim().split('\n')[0]!.trim();
  return [...firstLine].length > 60 ? `${[...firstLine].slice(0, 59).join('')}…` : firstLine;
}

function listActions(ctx: ReadContext, where: string[], params: Record<string, unknown>): ActionItem[] {
  const rows = ctx.db
    .prepare(`${ACTION_SELECT} WHERE a.deleted_at IS NULL AND ${where.join(' AND ')} ORDER BY a.status, a.board_position, a.created_at`)
    .all(params) as ActionRow[];
  return toActions(ctx, rows);
}

const UNIT_FILTER = '(a.lead_unit_id = @unitId OR EXISTS (SELECT 1 FROM action_co_unit c WHERE c.action_id = a.id AND c.unit_id = @unitId))';

/** The tasks a filter selects: `action.list`, the minutes draft and the task export. */
export function filterActions(ctx: ReadContext, input: ParsedInputOf<'action.list'>) {
  const where: string[] = [];
  if (input.programmeId) {
    requireLive(ctx, 'programme', input.programmeId);
    where.push('a.programme_id = @programmeId');
  }
  if (input.sessionId) {
    getSession(ctx, input.sessionId);
    where.push('a.session_id = @sessionId');
  }
  if (input.stageId) where.push('s.stage_id = @stageId');
  if (input.unitId) where.push(UNIT_FILTER);
  if (input.ownerId) where.push('a.owner_person_id = @ownerId');
  if (input.status) where.push('a.status = @status');
  const all = listActions(ctx, where, {
    programmeId: input.programmeId ?? null,
    sessionId: input.sessionId ?? null,
    stageId: input.stageId ?? null,
    unitId: input.unitId ?? null,
    ownerId: input.ownerId ?? null,
    status: input.status ?? null,
  });
  return input.overdue === undefined ? all : all.filter((a) => a.overdue === input.overdue);
}

export const actionHandlers: HandlerMap<'action'> = {
  'action.list': (input, ctx) => filterActions(ctx, input),

  'action.get': (input, ctx): ActionDetail => {
    const action = getAction(ctx, input.id);
    const note = action.noteId
      ? (ctx.db
          .prepare(`SELECT n.id, n.text, coalesce(pe.name, n.speaker_name) AS speakerName FROM note n LEFT JOIN person pe ON pe.id = n.speaker_person_id
                     WHERE n.id = ? AND n.deleted_at IS NULL`)
          .get(action.noteId) as { id: string; text: string; speakerName: string } | undefined)
      : undefined;
    return { ...action, history: readHistory(ctx, input.id), ...followUp(ctx, input.id), files: listFiles(ctx, input.id), sourceNote: note ?? null };
  },

  'action.create': (input, ctx) => {
    if (input.noteId) {
      const note = ctx.db.prepare('SELECT session_id FROM note WHERE id = ? AND deleted_at IS NULL').get(input.noteId) as { session_id: string } | undefined;
      if (!note || (input.sessionId && note.session_id !== input.sessionId)) throw new AppError('not_found', { entity: 'note', id: input.noteId });
    }
    return getAction(ctx, createAction(ctx, input));
  },

  'action.fromNote': (input, ctx) => {
    const note = ctx.db
      .prepare('SELECT id, session_id, agenda_item_id, text FROM note WHERE id = ? AND deleted_at IS NULL')
      .get(input.noteId) as { id: string; session_id: string; agenda_item_id: string | null; text: string } | undefined;
    if (!note) throw new AppError('not_found', { entity: 'note', id: input.noteId });
    const id = createAction(ctx, {
      sessionId: note.session_id,
      ...(note.agenda_item_id ? { agendaItemId: note.agenda_item_id } : {}),
      noteId: note.id,
      title: titleFromNote(note.text),
      description: note.text,
    });
    ctx.changed('note', note.session_id, note.id);
    return getAction(ctx, id);
  },

  'action.update': (input, ctx) => {
    const row = actionRow(ctx, input.id);
    const at = nowIso(ctx);
    const set = (column: string, field: string, value: string | null, shown: (v: string | null) => string | null = (v) => v) => {
      const old = (row as unknown as Record<string, string | null>)[column] ?? null;
      if (old === value) return;
      ctx.db.prepare(`UPDATE action_item SET ${column} = ? WHERE id = ?`).run(value, input.id);
      recordChange(ctx, input.id, field, shown(old), shown(value));
    };
    if (input.title !== undefined) set('title', 'title', input.title);
    if (input.description !== undefined) set('description', 'description', input.description);
    if (input.deliverable !== undefined) set('deliverable', 'deliverable', input.deliverable);
    if (input.priority !== undefined) set('priority', 'priority', input.priority);
    if (input.leadUnitId !== undefined) {
      if (input.leadUnitId) getUnit(ctx, input.leadUnitId);
      if (!input.leadUnitId && needsLead(row.status as ActionStatus)) {
        throw new AppError('invalid_state', { reason: 'lead_unit_required' });
      }
      set('lead_unit_id', 'leadUnit', input.leadUnitId, (id) => unitName(ctx, id));
    }
    if (input.ownerId !== undefined) {
      if (input.ownerId) getPerson(ctx, input.ownerId);
      set('owner_person_id', 'owner', input.ownerId, (id) => personName(ctx, id));
    }
    if (input.coUnitIds !== undefined) {
      const lead = input.leadUnitId !== undefined ? input.leadUnitId : row.lead_unit_id;
      setCoUnits(ctx, input.id, input.coUnitIds, lead);
    } else if (input.leadUnitId && coUnitIds(ctx, input.id).includes(input.leadUnitId)) {
      throw new AppError('validation', undefined, [{ path: 'leadUnitId', code: 'lead_also_co' }]);
    }
    if (input.dueRule !== undefined && input.dueRule.trim()) {
      const due = resolveDue(ctx, row.session_id, input.dueRule);
      set('due_rule', 'dueRule', due.rule);
      set('due_date', 'dueDate', due.date);
    } else if (input.dueDate !== undefined) {
      // A date picked by hand replaces the spoken rule (it no longer describes the date).
      set('due_date', 'dueDate', input.dueDate);
      set('due_rule', 'dueRule', input.dueRule?.trim() ? input.dueRule.trim() : '');
    }
    ctx.db.prepare('UPDATE action_item SET updated_at = ? WHERE id = ?').run(at, input.id);
    ctx.changed('action', row.programme_id, input.id);
    return getAction(ctx, input.id);
  },

  'action.move': (input, ctx) => {
    const row = actionRow(ctx, input.id);
    const from = row.status as ActionStatus;
    if (from !== input.status) {
      const undo = input.undo === true && undoesLastMove(ctx, input.id, from, input.status);
      if (!undo) requireMove(row, input.status, input.reason);
      ctx.db.prepare('UPDATE action_item SET status = ?, updated_at = ? WHERE id = ?').run(input.status, nowIso(ctx), input.id);
      recordChange(ctx, input.id, input.undo === true ? 'statusUndo' : 'status', from, input.status);
      // Why a closed task was reopened stays in its history, right after the move.
      if (!undo && from === 'accepted' && input.reason?.trim()) recordChange(ctx, input.id, 'reopenReason', null, input.reason.trim());
      renumberBoardColumn(ctx, boardColumn(ctx, row.programme_id, from));
    }
    const column = boardColumn(ctx, row.programme_id, input.status);
    renumberBoardColumn(ctx, moveInOrder(column, input.id, input.position));
    ctx.changed('action', row.programme_id, input.id);
    return getAction(ctx, input.id);
  },

  'action.delete': (input, ctx) => {
    actionRow(ctx, input.id);
    softDelete(ctx, 'action_item', input.id);
    return null;
  },

  'action.restore': (input, ctx) => {
    restoreFromTrash(ctx, 'action_item', input.id);
    return getAction(ctx, input.id);
  },

  ...checkHandlers,
  ...followUpHandlers,
  ...fileHandlers,

  'action.parseDue': (input, ctx) => {
    if (input.sessionId) getSession(ctx, input.sessionId);
    const base = baseDate(ctx, input.sessionId);
    return { ...resolveDue(ctx, input.sessionId ?? null, input.rule), baseDate: base };
  },

  'action.forUnit': (input, ctx) => {
    const unit = getUnit(ctx, input.unitId);
    const scope = input.programmeId ? ['a.programme_id = @programmeId'] : [];
    if (input.programmeId) requireLive(ctx, 'programme', input.programmeId);
    const params = { unitId: input.unitId, programmeId: input.programmeId ?? null };
    const live = "a.programme_id IN (SELECT id FROM programme WHERE deleted_at IS NULL)";
    return {
      unit,
      lead: listActions(ctx, [...scope, live, 'a.lead_unit_id = @unitId'], params),
      cooperating: listActions(ctx, [...scope, live, 'EXISTS (SELECT 1 FROM action_co_unit c WHERE c.action_id = a.id AND c.unit_id = @unitId)'], params),
    };
  },
};
