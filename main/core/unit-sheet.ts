/**
 * A unit's task sheet out and back (issue 17): the open tasks a unit leads or co-handles, for the
 * sheet the office sends it; and the returned sheet judged against the database. The preview and the
 * import run the same plan, so the import adds exactly the progress reports the preview listed, and
 * nothing else: a task is found by its id only, and only progress reports are ever written.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { AppError } from '../../shared/contract/result.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import {
  MAX_PROGRESS_CHARS,
  readUnitSheet,
  type UnitSheetPreview,
  type UnitSheetPreviewRow,
} from '../../shared/unit-sheet.js';
import type { ActionStatus } from '../../shared/actions.js';
import { addProgress, listProgress } from './action-followup.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { getProgramme } from './programmes.js';
import { readSettings } from './settings.js';
import { nowIso } from './sql.js';
import { getUnit } from './units.js';

/** One open task on a unit's sheet. */
export interface UnitSheetTask {
  id: string;
  role: 'lead' | 'co';
  title: string;
  dueDate: string | null;
  status: ActionStatus;
  latest: string;
}

/** What the sheet is made of: the programme, the unit, and its open tasks, lead ones first, in board order. */
export function unitSheetTasks(ctx: ReadContext, programmeId: string, unitId: string) {
  const programme = getProgramme(ctx, programmeId);
  const unit = getUnit(ctx as CoreContext, unitId);
  const rows = ctx.db
    .prepare(
      `SELECT a.id, a.title, a.due_date, a.status, CASE WHEN a.lead_unit_id = ? THEN 'lead' ELSE 'co' END AS role
         FROM action_item a
        WHERE a.programme_id = ? AND a.deleted_at IS NULL AND a.status NOT IN ('accepted', 'cancelled')
          AND (a.lead_unit_id = ? OR EXISTS (SELECT 1 FROM action_co_unit c WHERE c.action_id = a.id AND c.unit_id = ?))
        ORDER BY role DESC, a.due_date IS NULL, a.due_date, a.board_position, a.id`,
    )
    .all(unitId, programmeId, unitId, unitId) as { id: string; title: string; due_date: string | null; status: ActionStatus; role: 'lead' | 'co' }[];
  const tasks: UnitSheetTask[] = rows.map((r) => {
    const progress = listProgress(ctx, r.id);
    const last = progress[progress.length - 1];
    return { id: r.id, role: r.role, title: r.title, dueDate: r.due_date, status: r.status, latest: last ? `${last.date} ${last.text}` : '' };
  });
  return { programme: { id: programme.id, title: programme.title, locale: programme.locale as Locale | undefined }, unit: { id: unit.id, name: unit.name }, tasks };
}

interface ReportToAdd {
  actionId: string;
  date: string;
  text: string;
  reporterUnitId: string | null;
  reporterPersonId: string | null;
}

export interface UnitSheetPlan {
  preview: UnitSheetPreview;
  reports: ReportToAdd[];
}

const refuseSheet = (code: string) => new AppError('validation', undefined, [{ path: 'rows', code }]);

/**
 * Each filled-in row against the database. Reads only. The reporter's name is matched to a person of
 * the sheet's unit; a name that matches no one is kept in the text, so nothing the unit wrote is lost.
 */
export function planUnitSheet(ctx: ReadContext, rows: string[][], locale: Locale): UnitSheetPlan {
  const sheet = readUnitSheet(rows);
  if (!sheet.ok) throw refuseSheet(sheet.problem);
  const programme = ctx.db.prepare('SELECT id FROM programme WHERE id = ? AND deleted_at IS NULL').get(sheet.programmeId);
  if (!programme) throw refuseSheet('unknown_programme');
  const unit = ctx.db.prepare('SELECT id FROM unit WHERE id = ? AND deleted_at IS NULL').get(sheet.unitId) as { id: string } | undefined;
  const tasks = new Map(
    (ctx.db.prepare('SELECT id, title FROM action_item WHERE programme_id = ? AND deleted_at IS NULL').all(sheet.programmeId) as { id: string; title: string }[]).map(
      (t) => [t.id, t.title],
    ),
  );
  const people = new Map<string, string[]>();
  if (unit) {
    for (const p of ctx.db.prepare('SELECT id, name FROM person WHERE unit_id = ? AND deleted_at IS NULL').all(unit.id) as { id: string; name: string }[]) {
      people.set(p.name, [...(people.get(p.name) ?? []), p.id]);
    }
  }
  const existing = ctx.db.prepare('SELECT 1 FROM action_progress WHERE action_id = ? AND date = ? AND text = ? AND deleted_at IS NULL');
  const t = translatorFor(locale);
  const seen = new Set<string>();
  const reports: ReportToAdd[] = [];
  const previews: UnitSheetPreviewRow[] = [];

  for (const c of sheet.candidates) {
    const title = tasks.get(c.taskId);
    const base = { line: c.line, taskId: title === undefined ? null : c.taskId, taskTitle: title ?? '', date: c.date ?? c.rawDate, text: c.text };
    const bad = (reason: UnitSheetPreviewRow['reason'], value?: string): UnitSheetPreviewRow => ({ ...base, status: 'bad', reason, ...(value ? { value } : {}) });
    if (!c.taskId) previews.push(bad('no_task_id'));
    else if (title === undefined) previews.push(bad('unknown_task', c.taskId));
    else if (!c.rawDate) previews.push(bad('no_date'));
    else if (c.date === null) previews.push(bad('bad_date', c.rawDate));
    else if (!c.text) previews.push(bad('no_text'));
    else {
      const matches = people.get(c.reporter) ?? [];
      const person = c.reporter && matches.length === 1 ? matches[0]! : null;
      const text = c.reporter && !person ? t('unitSheet:reporterNote', { text: c.text, reporter: c.reporter }) : c.text;
      const key = `${c.taskId}\u0000${c.date}\u0000${text}`;
      if (text.length > MAX_PROGRESS_CHARS) previews.push(bad('too_long', String(MAX_PROGRESS_CHARS)));
      else if (seen.has(key) || existing.get(c.taskId, c.date, text)) previews.push({ ...base, text, status: 'duplicate', reason: 'duplicate' });
      else {
        seen.add(key);
        reports.push({ actionId: c.taskId, date: c.date, text, reporterUnitId: unit?.id ?? null, reporterPersonId: person });
        previews.push({ ...base, text, status: 'new', reason: null });
      }
    }
  }
  const counts = {
    added: reports.length,
    duplicates: previews.filter((p) => p.status === 'duplicate').length,
    refused: previews.filter((p) => p.status === 'bad').length,
  };
  return { preview: { programmeId: sheet.programmeId, unitId: sheet.unitId, rows: previews, counts }, reports };
}

/** The words a reporter's unmatched name is kept in: the caller's language, else the app's. */
const localeOf = (ctx: ReadContext, given: Locale | undefined): Locale => given ?? readSettings(ctx).language ?? 'zh-CN';

export const unitSheetHandlers: HandlerMap<'followup'> = {
  'followup.importPreview': (input, ctx) => planUnitSheet(ctx, input.rows, localeOf(ctx, input.locale)).preview,

  /** The plan's reports through the same use case as the task panel's (history, change event), in the caller's one transaction. */
  'followup.import': (input, ctx) => {
    const plan = planUnitSheet(ctx, input.rows, localeOf(ctx, input.locale));
    const at = nowIso(ctx);
    const progressIds = plan.reports.map((report) => addProgress(ctx, report).id);
    return { counts: plan.preview.counts, skipped: plan.preview.rows.filter((r) => r.status !== 'new'), undo: { at, progressIds } };
  },

  /**
   * The reports that import added and that are still there go to the trash (restorable from there):
   * only those ids, made at or after the import began (each report takes its own stamp).
   */
  'followup.undoImport': (input, ctx) => {
    const live = ctx.db.prepare('SELECT 1 FROM action_progress WHERE id = ? AND created_at >= ? AND deleted_at IS NULL');
    let count = 0;
    for (const id of input.progressIds) {
      if (!live.get(id, input.at)) continue;
      softDelete(ctx, 'action_progress', id);
      count += 1;
    }
    return { count };
  },
};
