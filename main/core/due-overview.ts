/**
 * What is due, across programmes (issue 17, point 7): open tasks due this week, overdue ones, and
 * those awaiting acceptance (submitted). Lights come from toActions, as the board's do: each
 * programme's own day (its time zone) and the working-day calendar; "this week" ends on the Sunday
 * of the programme's week.
 */
import type { DueItem, DueOverview } from '../../shared/due-overview.js';
import type { HandlerMap, ReadContext } from './context.js';
import { ACTION_SELECT, dueDays, toActions, type ActionRow } from './actions-read.js';

/** The Sunday ending the week (Monday to Sunday) of a YYYY-MM-DD day. */
export function weekEnd(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}

export function dueOverview(ctx: ReadContext): DueOverview {
  const rows = ctx.db
    .prepare(
      `${ACTION_SELECT} JOIN programme p ON p.id = a.programme_id AND p.deleted_at IS NULL
        WHERE a.deleted_at IS NULL AND a.status NOT IN ('accepted', 'cancelled') AND (a.due_date IS NOT NULL OR a.status = 'submitted')
        ORDER BY a.due_date IS NULL, a.due_date, a.created_at, a.id`,
    )
    .all() as ActionRow[];
  const titles = new Map((ctx.db.prepare('SELECT id, title FROM programme').all() as { id: string; title: string }[]).map((p) => [p.id, p.title]));
  const days = dueDays(ctx);
  const overview: DueOverview = { thisWeek: [], overdue: [], submitted: [] };
  for (const action of toActions(ctx, rows)) {
    const item: DueItem = {
      id: action.id,
      title: action.title,
      programmeId: action.programmeId,
      sessionId: action.sessionId,
      dueDate: action.dueDate,
      due: action.due,
      status: action.status,
      programmeTitle: titles.get(action.programmeId) ?? '',
      leadUnitName: action.leadUnit?.name ?? null,
    };
    if (action.status === 'submitted') overview.submitted.push(item);
    else if (action.due === 'overdue') overview.overdue.push(item);
    else if (action.dueDate && action.dueDate <= weekEnd(days(action.programmeId).day)) overview.thisWeek.push(item);
  }
  return overview;
}

export const dueOverviewHandlers: HandlerMap<'home'> = {
  'home.due': (_input, ctx) => dueOverview(ctx),
};
