/**
 * What each export shows, as plain data in the export's language: built from the core in one read
 * transaction, then handed to a format writer (DOCX, XLSX, CSV, Markdown, HTML, PDF). Writers only
 * lay out; every word a reader sees is decided here or in the stored minutes.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { resources } from '../../shared/i18n/index.js';
import type { MinutesDocument, MinutesVersion } from '../../shared/minutes.js';
import { AppError } from '../../shared/contract/result.js';
import type { Core } from '../core/core.js';
import type { ReadContext } from '../core/context.js';
import { filterActions } from '../core/actions.js';
import { draftMinutes, formatDate } from '../core/minutes-draft.js';
import { latestMinutes, requireVersion } from '../core/minutes.js';
import { programmeTimeZone } from '../core/time-zone.js';
import { zonedParts } from '../../shared/time-zone.js';
import { listOpinions } from '../core/opinions.js';
import { getProgramme } from '../core/programmes.js';
import { getSession } from '../core/sessions.js';
import { agendaExport } from './agenda-model.js';
import { signinModel } from './paper-model.js';

export type { TableColumn, TableExportModel, TableModel } from './table-model.js';
import type { TableExportModel } from './table-model.js';

export interface MinutesModel {
  kind: 'minutes';
  locale: Locale;
  /** Whether the exported minutes are the approved version (a draft is marked as such). */
  approved: boolean;
  /** The stored version exported; null for a fresh draft nobody has saved yet. */
  version: number | null;
  /** "第 2 版（已审定）" / "Version 2 (approved)", under the title; empty for an unsaved draft. */
  versionLine: string;
  /** The 印发 date in words: the document's own, or the day of the export in the programme's zone. */
  issueDay: string;
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
  observers: string;
  excused: string;
  absent: string;
  unrecorded: string;
  /** Under 出席 when nobody's presence was recorded. */
  notTaken: string;
  docNumber: string;
  distribution: string;
  copyTo: string;
  /** "{issuer}, a full-width space, {date}印发" / "Issued by {issuer}, {date}". */
  issued: string;
  /** "第 {n} 版" + status. */
  version: string;
  approvedMark: string;
  draftMark: string;
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
    observers: '列席',
    excused: '请假',
    absent: '缺席',
    unrecorded: '出席情况未登记',
    notTaken: '未记录出席情况',
    docNumber: '文号',
    distribution: '分送',
    copyTo: '抄送',
    issued: '{issuer}\u3000{date}印发',
    version: '第 {n} 版',
    approvedMark: '（已审定）',
    draftMark: '（草稿）',
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
    observers: 'In attendance',
    excused: 'Absent with leave',
    absent: 'Absent',
    unrecorded: 'Presence not recorded',
    notTaken: 'Attendance was not taken',
    docNumber: 'Reference',
    distribution: 'Distribution',
    copyTo: 'Copy to',
    issued: 'Issued by {issuer}, {date}',
    version: 'Version {n}',
    approvedMark: ' (approved)',
    draftMark: ' (draft)',
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
  /** Minutes only: which stored version (any approved one, or the latest). */
  version?: number | undefined;
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

/** The day of the export on the calendar of the programme's zone (not UTC, not the machine's). */
export function exportDay(ctx: ReadContext, scope: ExportScope): string {
  const programmeId = scope.sessionId ? getSession(ctx, scope.sessionId).programmeId : scope.programmeId!;
  return zonedParts(ctx.now(), programmeTimeZone(ctx, programmeId)).date;
}

function subtitleOf(ctx: ReadContext, scope: ExportScope, locale: Locale): string {
  const where = scope.sessionId ? getSession(ctx, scope.sessionId).title : getProgramme(ctx, scope.programmeId!).title;
  const today = exportDay(ctx, scope);
  return locale === 'zh-CN' ? `${where}（${formatDate(today, locale)}导出）` : `${where} (exported ${formatDate(today, locale)})`;
}

/**
 * Which stored minutes an export takes: the version asked for, which must exist and, unless it is the
 * latest, be approved (an older draft cannot exist: a revision starts only from approved minutes);
 * without one, the latest version. Null when nothing is stored yet.
 */
function chosenVersion(ctx: ReadContext, sessionId: string, version: number | undefined): MinutesVersion | null {
  const latest = latestMinutes(ctx, sessionId);
  if (version === undefined || version === latest?.version) return latest;
  if (!latest || version > latest.version) throw new AppError('validation', undefined, [{ path: 'version', code: 'version_not_found' }]);
  const chosen = requireVersion(ctx, sessionId, version);
  if (chosen.status !== 'approved') throw new AppError('validation', undefined, [{ path: 'version', code: 'version_not_approved' }]);
  return chosen;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The stored minutes (the chosen or latest version), or a fresh draft from the session when none is stored yet. */
export function minutesModel(ctx: ReadContext, scope: ExportScope): MinutesModel {
  if (!scope.sessionId) throw new AppError('validation', undefined, [{ path: 'sessionId', code: 'required' }]);
  getSession(ctx, scope.sessionId);
  const chosen = chosenVersion(ctx, scope.sessionId, scope.version);
  // A chosen version prints in the language it was written in; otherwise another language gets a fresh draft.
  const locale = scope.version !== undefined && chosen ? chosen.locale : (scope.locale ?? chosen?.locale ?? localeOf(ctx, scope));
  const stored = chosen && chosen.locale === locale ? chosen : null;
  const document = stored ? stored.document : draftMinutes(ctx, scope.sessionId, locale);
  const labels = LABELS[locale];
  const approved = stored?.status === 'approved';
  return {
    kind: 'minutes',
    locale,
    approved,
    version: stored?.version ?? null,
    versionLine: stored ? `${fill(labels.version, { n: stored.version })}${approved ? labels.approvedMark : labels.draftMark}` : '',
    issueDay: formatDate(document.issueDate || exportDay(ctx, scope), locale),
    document,
    labels,
  };
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
  if (kind === 'signin') return signinModel(ctx, scope);
  return agendaModel(ctx, scope);
}
