/**
 * The follow-up exports of a programme as of a chosen day (issue 17): the digest (督办通报, counts per
 * lead unit, the overdue list, the closed list) and the ledger (督办台账, one row per task with its
 * history). The as-of day is the one asked for (default: today in the programme's zone); the lights
 * are counted by the board's own rule (core soonUntilOf), the counts by shared/followup-digest.
 */
import type { ActionStatus } from '../../shared/actions.js';
import { followupDigest, stateAsOf, type DigestTask, type TaskStateAsOf } from '../../shared/followup-digest.js';
import { punctuationOf, translatorFor } from '../../shared/i18n/translate.js';
import { zonedParts } from '../../shared/time-zone.js';
import { programmeExtensions, programmeProgress } from '../core/action-followup.js';
import { soonUntilOf } from '../core/actions-read.js';
import type { ReadContext } from '../core/context.js';
import { formatDate } from '../core/minutes-draft.js';
import { getProgramme } from '../core/programmes.js';
import { programmeTimeZone } from '../core/time-zone.js';
import { getUnit } from '../core/units.js';
import type { TableColumn, TableExportModel, TablePart } from './table-model.js';

export interface FollowupScope {
  programmeId: string;
  /** YYYY-MM-DD; today in the programme's zone when absent. */
  asOf?: string | undefined;
  /** The ledger of one lead unit. */
  unitId?: string | undefined;
  locale?: 'zh-CN' | 'en' | undefined;
  /** The digest's 发文字号 (文号); none when empty. */
  docNumber?: string | undefined;
}

/** The day each accepted task was last accepted, in the programme's zone, from the task history (one query). */
function closedDays(ctx: ReadContext, programmeId: string): Map<string, string> {
  const zone = programmeTimeZone(ctx, programmeId);
  const rows = ctx.db
    .prepare(
      `SELECT h.action_id, h.at FROM action_history h JOIN action_item a ON a.id = h.action_id
        WHERE a.programme_id = ? AND h.field IN ('status', 'statusUndo') AND h.new_value = 'accepted' ORDER BY h.id`,
    )
    .all(programmeId) as { action_id: string; at: string }[];
  // Later rows overwrite earlier ones: a task reopened and closed again is closed on the last day.
  return new Map(rows.map((r) => [r.action_id, zonedParts(new Date(r.at), zone).date]));
}

/** What the digest and the ledger need of a task: no owner, checklist or file count (the board's ActionItem has them). */
interface FollowupTask {
  digest: DigestTask;
  originalDueDate: string | null;
}

interface Followup {
  locale: 'zh-CN' | 'en';
  title: string;
  asOf: string;
  soonUntil: string;
  tasks: FollowupTask[];
  unitName: string | null;
}

interface TaskRow {
  id: string;
  title: string;
  lead_unit_id: string | null;
  lead_name: string | null;
  due_date: string | null;
  original_due_date: string | null;
  status: string;
}

/**
 * The programme's live tasks (of one lead unit when asked) in one query, in the board's order
 * (action.list: status, board position, creation), with the lead unit's name.
 */
function followupTasks(ctx: ReadContext, programmeId: string, unitId: string | undefined, closed: Map<string, string>): FollowupTask[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.id, a.title, u.id AS lead_unit_id, u.name AS lead_name, a.due_date, a.original_due_date, a.status
         FROM action_item a LEFT JOIN unit u ON u.id = a.lead_unit_id
        WHERE a.deleted_at IS NULL AND a.programme_id = @programmeId AND (@unitId IS NULL OR u.id = @unitId)
        ORDER BY a.status, a.board_position, a.created_at`,
    )
    .all({ programmeId, unitId: unitId ?? null }) as TaskRow[];
  return rows.map((r) => ({
    originalDueDate: r.original_due_date,
    digest: {
      id: r.id,
      title: r.title,
      leadUnit: r.lead_unit_id ? { id: r.lead_unit_id, name: r.lead_name ?? '' } : null,
      dueDate: r.due_date,
      status: r.status as ActionStatus,
      closedOn: r.status === 'accepted' ? (closed.get(r.id) ?? null) : null,
    },
  }));
}

/** The co-operating units' names of every live task of the programme (the ledger's column), in their order, in one query. */
function coUnitNames(ctx: ReadContext, programmeId: string): Map<string, string[]> {
  const rows = ctx.db
    .prepare(
      `SELECT c.action_id, u.name FROM action_co_unit c JOIN unit u ON u.id = c.unit_id JOIN action_item a ON a.id = c.action_id
        WHERE a.programme_id = ? AND a.deleted_at IS NULL ORDER BY c.position`,
    )
    .all(programmeId) as { action_id: string; name: string }[];
  const names = new Map<string, string[]>();
  for (const r of rows) names.set(r.action_id, [...(names.get(r.action_id) ?? []), r.name]);
  return names;
}

/** What both exports read, in the caller's read transaction. */
function readFollowup(ctx: ReadContext, scope: FollowupScope): Followup {
  const programme = getProgramme(ctx, scope.programmeId);
  const unitName = scope.unitId ? getUnit(ctx, scope.unitId).name : null;
  const asOf = scope.asOf ?? zonedParts(ctx.now(), programmeTimeZone(ctx, scope.programmeId)).date;
  return {
    locale: scope.locale ?? programme.locale,
    title: programme.title,
    asOf,
    soonUntil: soonUntilOf(ctx)(asOf),
    unitName,
    tasks: followupTasks(ctx, scope.programmeId, scope.unitId, closedDays(ctx, scope.programmeId)),
  };
}

const date = (day: string | null, locale: 'zh-CN' | 'en') => (day ? formatDate(day, locale) : '');

export function digestModel(ctx: ReadContext, scope: FollowupScope): TableExportModel {
  const f = readFollowup(ctx, scope);
  const t = translatorFor(f.locale);
  const w = (key: string) => t(`document:followup.${key}` as never);
  const digest = followupDigest(
    f.tasks.map((x) => x.digest),
    f.asOf,
    () => f.soonUntil,
  );
  const unit = (name: string) => name || w('noUnit');
  const listPart = <T extends { task: DigestTask }>(heading: string, last: TableColumn, list: T[], lastCell: (item: T) => Record<string, string>): TablePart => ({
    heading,
    empty: w('none'),
    columns: [
      { key: 'no', label: t('document:minutes.no'), width: 7 },
      { key: 'task', label: w('task'), width: 36 },
      { key: 'unit', label: w('unit'), width: 19 },
      { key: 'due', label: w('due'), width: 20 },
      last,
    ],
    rows: list.map((item, i) => ({ no: i + 1, task: item.task.title, unit: unit(item.task.leadUnit?.name ?? ''), due: date(item.task.dueDate, f.locale), ...lastCell(item) })),
  });
  const countColumns = (['onTime', 'dueSoon', 'overdue', 'closed', 'closedLate'] as const).map((key) => ({ key, label: w(key), width: 12 }));
  const { totals } = digest;
  return {
    kind: 'followup-digest',
    locale: f.locale,
    table: {
      title: t('export:kind.followup-digest'),
      subtitle: `${f.title}${punctuationOf(f.locale).clause}${t('document:followup.asOf', { date: date(f.asOf, f.locale) })}`,
      ...(scope.docNumber?.trim() ? { docNumber: scope.docNumber.trim() } : {}),
      // The as-of day is in the line under the title; the totals in words before the tables.
      fields: [{ label: w('total'), value: t('document:followup.summary', { ...totals, total: totals.onTime + totals.dueSoon + totals.overdue + totals.closed }) }],
      columns: [{ key: 'unit', label: w('unit'), width: 28 }, ...countColumns],
      rows: [],
      parts: [
        {
          heading: w('counts'),
          columns: [{ key: 'unit', label: w('unit'), width: 28 }, ...countColumns],
          rows: [...digest.units.map(({ unitId: _, ...u }) => ({ ...u, unit: unit(u.unitName) })), { ...totals, unit: w('total') }],
        },
        // The overdue and closed lists: the same four columns, then days late or the close day.
        listPart(w('overdueList'), { key: 'daysLate', label: w('daysLate'), width: 12 }, digest.overdue, (o) => ({
          daysLate: t('document:followup.days', { count: o.daysLate }),
        })),
        listPart(w('closedList'), { key: 'closedOn', label: w('closedOn'), width: 22 }, digest.closed, (c) => ({
          closedOn: c.late ? `${date(c.closedOn, f.locale)}\n${t('document:punctuation.aside', { text: w('late') }).trim()}` : date(c.closedOn, f.locale),
        })),
      ],
    },
  };
}

export function ledgerModel(ctx: ReadContext, scope: FollowupScope): TableExportModel {
  const f = readFollowup(ctx, scope);
  const t = translatorFor(f.locale);
  const w = (key: string) => t(`document:followup.${key}` as never);
  const comma = punctuationOf(f.locale).list;
  const colon = punctuationOf(f.locale).colon;
  const stateWord: Record<Exclude<TaskStateAsOf, 'cancelled'>, string> = {
    closed: w('closed'),
    overdue: w('overdue'),
    dueSoon: w('dueSoon'),
    onTime: w('onTime'),
  };
  // The rows the task panel reads (listProgress, listExtensions), for all tasks at once: the ledger shows the same history.
  const progressOf = programmeProgress(ctx, scope.programmeId);
  const extensionsOf = programmeExtensions(ctx, scope.programmeId);
  const coUnits = coUnitNames(ctx, scope.programmeId);
  const rows = f.tasks.flatMap(({ digest, originalDueDate }) => {
    const state = stateAsOf(digest, f.asOf, f.soonUntil);
    if (state === 'cancelled') return [];
    const progress = (progressOf.get(digest.id) ?? []).filter((p) => p.date <= f.asOf);
    const latest = progress.at(-1);
    const extensions = extensionsOf.get(digest.id) ?? [];
    return [
      {
        task: digest.title,
        lead: digest.leadUnit?.name ?? '',
        co: (coUnits.get(digest.id) ?? []).join(comma),
        original: date(originalDueDate ?? digest.dueDate, f.locale),
        originalDueDate: originalDueDate ?? digest.dueDate ?? '',
        current: date(digest.dueDate, f.locale),
        dueDate: digest.dueDate ?? '',
        status: `${stateWord[state]}${comma}${t(`errors:status.${digest.status}`)}`,
        latest: latest ? `${date(latest.date, f.locale)}${colon}${latest.text}` : '',
        reports: progress.length,
        extensions: extensions
          .map((e) => `${date(e.requestedDate, f.locale)}${t('document:punctuation.aside', { text: t(`board:followUp.extensionStatus.${e.status}`) })}`)
          .join('\n'),
        closed: digest.closedOn && state === 'closed' ? date(digest.closedOn, f.locale) : '',
        closedOn: digest.closedOn && state === 'closed' ? digest.closedOn : '',
      },
    ];
  });
  const asOfLine = t('document:followup.asOf', { date: date(f.asOf, f.locale) });
  return {
    kind: 'followup-ledger',
    locale: f.locale,
    table: {
      title: f.unitName ? `${f.unitName} ${t('export:kind.followup-ledger')}` : t('export:kind.followup-ledger'),
      subtitle: `${f.title}${punctuationOf(f.locale).clause}${asOfLine}`,
      columns: [
        { key: 'no', label: t('document:minutes.no'), width: 6 },
        { key: 'task', label: w('task'), width: 30 },
        { key: 'lead', label: w('unit'), width: 14 },
        { key: 'co', label: w('coUnits'), width: 16 },
        { key: 'original', label: w('originalDue'), width: 17, dateKey: 'originalDueDate' },
        { key: 'current', label: w('currentDue'), width: 17, dateKey: 'dueDate' },
        { key: 'status', label: w('state'), width: 14 },
        { key: 'latest', label: w('latestProgress'), width: 36 },
        { key: 'reports', label: w('progressCount'), width: 10 },
        { key: 'extensions', label: w('extensions'), width: 20 },
        { key: 'closed', label: w('closedOn'), width: 17, dateKey: 'closedOn' },
      ],
      rows: rows.map((r, i) => ({ no: i + 1, ...r })),
    },
  };
}
