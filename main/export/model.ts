/**
 * What each export shows, as plain data in the export's language: built from the core in one read
 * transaction, then handed to a format writer (DOCX, XLSX, CSV, Markdown, HTML, PDF). Writers only
 * lay out; every word a reader sees is decided here or in the stored minutes.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { resources } from '../../shared/i18n/index.js';
import type { MinutesDocument } from '../../shared/minutes.js';
import { localDay } from '../../shared/local-day.js';
import { AppError } from '../../shared/contract/result.js';
import type { Core } from '../core/core.js';
import type { ReadContext } from '../core/context.js';
import { filterActions } from '../core/actions.js';
import { draftMinutes, formatDate } from '../core/minutes-draft.js';
import { latestMinutes } from '../core/minutes.js';
import { listOpinions } from '../core/opinions.js';
import { getProgramme } from '../core/programmes.js';
import { getSession } from '../core/sessions.js';
import { agendaExport } from './agenda-model.js';

/** A table with a title: the shape of the task breakdown, the opinions report and the agenda. */
export interface TableModel {
  /** Document title, e.g. "清源县…专题研讨 任务分解表". */
  title: string;
  /** One line under the title: the session or programme, and the date of the export. */
  subtitle: string;
  columns: TableColumn[];
  rows: Record<string, string | number>[];
  /** "Label: value" lines between the title and the table (the agenda's time, venue, chair, attendees). */
  fields?: { label: string; value: string }[];
  /**
   * The rows split under headings (the agenda's days), for the printed formats; `rows` still holds
   * them all, in order. A part with an empty heading follows the previous part without one.
   */
  parts?: { heading: string; rows: Record<string, string | number>[] }[];
}

export interface TableColumn {
  key: string;
  label: string;
  /** Relative width; in a spreadsheet, the column width in characters. */
  width: number;
  /**
   * The row field holding this column's date as YYYY-MM-DD: text formats show `key` (a date in
   * words), spreadsheets write this as a real date so that it sorts and filters as one.
   */
  dateKey?: string;
}

export interface MinutesModel {
  kind: 'minutes';
  locale: Locale;
  /** Whether the exported minutes are the approved version (a draft is marked as such). */
  approved: boolean;
  document: MinutesDocument;
  labels: MinutesLabels;
}

export interface MinutesLabels {
  minutes: string;
  draft: string;
  time: string;
  venue: string;
  chair: string;
  recorder: string;
  attendees: string;
  excused: string;
  absent: string;
  agenda: string;
  /** Column header of the agenda table: one item of the agenda. */
  item: string;
  planned: string;
  actual: string;
  presenter: string;
  discussion: string;
  decisions: string;
  actions: string;
  closing: string;
  page: string;
  no: string;
  task: string;
  lead: string;
  co: string;
  deadline: string;
  deliverable: string;
  status: string;
}

export interface TableExportModel {
  kind: 'tasks' | 'opinions' | 'agenda';
  locale: Locale;
  table: TableModel;
}

export type ExportModel = MinutesModel | TableExportModel;

const LABELS: Record<Locale, MinutesLabels> = {
  'zh-CN': {
    minutes: '会议纪要',
    draft: '（草稿）',
    time: '时间',
    venue: '地点',
    chair: '主持',
    recorder: '记录',
    attendees: '出席',
    excused: '请假',
    absent: '缺席',
    agenda: '会议议程',
    item: '议题',
    planned: '计划时间',
    actual: '实际时间',
    presenter: '报告人',
    discussion: '发言摘要',
    decisions: '会议议定事项',
    actions: '任务分解',
    closing: '会议要求',
    page: '第 {n} 页',
    no: '序号',
    task: '任务',
    lead: '牵头单位',
    co: '配合单位',
    deadline: '完成时限',
    deliverable: '成果形式',
    status: '状态',
  },
  en: {
    minutes: 'Minutes',
    draft: ' (draft)',
    time: 'Time',
    venue: 'Venue',
    chair: 'Chair',
    recorder: 'Minutes taken by',
    attendees: 'Present',
    excused: 'Absent with leave',
    absent: 'Absent',
    agenda: 'Agenda',
    item: 'Item',
    planned: 'Planned',
    actual: 'Actual',
    presenter: 'Presenter',
    discussion: 'Summary of statements',
    decisions: 'Decisions',
    actions: 'Action items',
    closing: 'Requirements',
    page: 'Page {n}',
    no: 'No.',
    task: 'Task',
    lead: 'Lead unit',
    co: 'Co-operating units',
    deadline: 'Deadline',
    deliverable: 'Deliverable',
    status: 'Status',
  },
};

export interface ExportScope {
  sessionId?: string | undefined;
  programmeId?: string | undefined;
  locale?: Locale | undefined;
}

/** Runs `read` in one read transaction, so a model never mixes two states of the database. */
export function readModel<T>(core: Core, now: () => Date, read: (ctx: ReadContext) => T): T {
  return core.db.transaction(() => read({ db: core.db, now })).deferred();
}

function localeOf(ctx: ReadContext, scope: ExportScope): Locale {
  if (scope.locale) return scope.locale;
  const programmeId = scope.sessionId ? getSession(ctx, scope.sessionId).programmeId : scope.programmeId!;
  return getProgramme(ctx, programmeId).locale;
}

function subtitleOf(ctx: ReadContext, scope: ExportScope, locale: Locale): string {
  const where = scope.sessionId ? getSession(ctx, scope.sessionId).title : getProgramme(ctx, scope.programmeId!).title;
  const today = localDay(ctx.now());
  return locale === 'zh-CN' ? `${where}（${formatDate(today, locale)}导出）` : `${where} (exported ${formatDate(today, locale)})`;
}

/** The stored minutes (latest version), or a fresh draft from the session when none is stored yet. */
export function minutesModel(ctx: ReadContext, scope: ExportScope): MinutesModel {
  if (!scope.sessionId) throw new AppError('validation', undefined, [{ path: 'sessionId', code: 'required' }]);
  getSession(ctx, scope.sessionId);
  const stored = latestMinutes(ctx, scope.sessionId);
  const locale = scope.locale ?? stored?.locale ?? localeOf(ctx, scope);
  const document = stored && stored.locale === locale ? stored.document : draftMinutes(ctx, scope.sessionId, locale);
  return { kind: 'minutes', locale, approved: stored?.status === 'approved' && stored.locale === locale, document, labels: LABELS[locale] };
}

export function tasksModel(ctx: ReadContext, scope: ExportScope): TableExportModel {
  const locale = localeOf(ctx, scope);
  const labels = LABELS[locale];
  const comma = locale === 'zh-CN' ? '、' : ', ';
  const actions = filterActions(ctx, scope.sessionId ? { sessionId: scope.sessionId } : { programmeId: scope.programmeId! }).filter((a) => a.status !== 'cancelled');
  const zh = locale === 'zh-CN';
  return {
    kind: 'tasks',
    locale,
    table: {
      title: zh ? '任务分解表' : 'Task breakdown',
      subtitle: subtitleOf(ctx, scope, locale),
      columns: [
        // 序号 and a date such as 2027年12月31日 stay on one line in the printed table too.
        { key: 'no', label: labels.no, width: 8 },
        { key: 'task', label: labels.task, width: 36 },
        { key: 'lead', label: labels.lead, width: 14 },
        { key: 'co', label: labels.co, width: 20 },
        // The date, and beside it the deadline as it was spoken ("一个月内"): a spreadsheet sorts by the first.
        { key: 'deadline', label: labels.deadline, width: 20, dateKey: 'dueDate' },
        { key: 'rule', label: zh ? '时限要求' : 'Time allowed', width: 13 },
        { key: 'deliverable', label: labels.deliverable, width: 30 },
        { key: 'status', label: labels.status, width: 10 },
      ],
      rows: actions.map((a, index) => ({
        no: index + 1,
        task: a.checklist.length ? `${a.title}\n${a.checklist.map((c) => `· ${c.text}`).join('\n')}` : a.title,
        lead: a.leadUnit?.name ?? '',
        co: a.coUnits.map((u) => u.name).join(comma),
        deadline: a.dueDate ? formatDate(a.dueDate, locale) : '',
        dueDate: a.dueDate ?? '',
        rule: a.dueRule,
        deliverable: a.deliverable,
        status: resources[locale].errors.status[a.status],
      })),
    },
  };
}

const DISPOSITION_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { pending: '待研究', to_incorporate: '拟纳入', incorporated: '已采纳', declined: '未采纳', deferred: '暂缓' },
  en: { pending: 'Pending', to_incorporate: 'To be incorporated', incorporated: 'Incorporated', declined: 'Declined', deferred: 'Deferred' },
};

export function opinionsModel(ctx: ReadContext, scope: ExportScope): TableExportModel {
  const locale = localeOf(ctx, scope);
  const programmeId = scope.programmeId ?? getSession(ctx, scope.sessionId!).programmeId;
  const view = listOpinions(ctx, { programmeId, ...(scope.sessionId ? { sessionId: scope.sessionId } : {}) });
  const zh = locale === 'zh-CN';
  return {
    kind: 'opinions',
    locale,
    table: {
      title: zh ? '意见建议办理情况表' : 'Opinions and how each was handled',
      subtitle: subtitleOf(ctx, scope, locale),
      columns: [
        { key: 'no', label: zh ? '序号' : 'No.', width: 8 },
        { key: 'speaker', label: zh ? '提出人' : 'Raised by', width: 16 },
        { key: 'session', label: zh ? '研讨会' : 'Session', width: 22 },
        { key: 'opinion', label: zh ? '意见建议' : 'Opinion', width: 44 },
        { key: 'disposition', label: zh ? '办理情况' : 'Disposition', width: 14 },
        { key: 'plan', label: zh ? '纳入文件' : 'Plan', width: 20 },
        { key: 'reason', label: zh ? '说明' : 'Reason', width: 24 },
      ],
      rows: view.opinions.map((o, index) => ({
        no: index + 1,
        speaker: !o.speaker?.unitName ? o.speakerName : zh ? `${o.speakerName}（${o.speaker.unitName}）` : `${o.speakerName} (${o.speaker.unitName})`,
        session: o.sessionTitle,
        opinion: o.text,
        disposition: o.disposition ? DISPOSITION_WORDS[locale][o.disposition]! : '',
        plan: o.planTitle ?? '',
        reason: o.dispositionReason,
      })),
    },
  };
}

export function agendaModel(ctx: ReadContext, scope: ExportScope): TableExportModel {
  if (!scope.sessionId) throw new AppError('validation', undefined, [{ path: 'sessionId', code: 'required' }]);
  return agendaExport(ctx, scope.sessionId, localeOf(ctx, scope));
}

export function buildModel(ctx: ReadContext, kind: ExportModel['kind'], scope: ExportScope): ExportModel {
  if (kind === 'minutes') return minutesModel(ctx, scope);
  if (kind === 'tasks') return tasksModel(ctx, scope);
  if (kind === 'opinions') return opinionsModel(ctx, scope);
  return agendaModel(ctx, scope);
}
