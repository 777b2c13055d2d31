/**
 * What each export shows, as plain data in the export's language: built from the core in one read
 * transaction, then handed to a format writer (DOCX, XLSX, CSV, Markdown, HTML, PDF). Writers only
 * lay out; every word a reader sees is the stored minutes' or comes from shared/i18n (the document
 * namespace) through translatorFor(locale), here or, for page furniture, in the writer.
 */
import { ACTION_STATUSES, type ActionStatus } from '../../shared/actions.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { Messages } from '../../shared/i18n/shape.js';
import { punctuationOf, translatorFor } from '../../shared/i18n/translate.js';
import type { documentWords } from '../../shared/i18n/zh-CN/document.js';
import type { MinutesDocument, MinutesVersion } from '../../shared/minutes.js';
import { DISPOSITIONS, type Disposition } from '../../shared/notes.js';
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

/**
 * The words of the minutes in the model's language (shared/i18n, document:minutes): the labels a
 * writer prints. Those with placeholders (heading, issued) are filled with translatorFor(locale).
 */
export type MinutesLabels = Messages<(typeof documentWords)['minutes']>;

export type ExportModel = MinutesModel | TableExportModel;

/** The minutes' words, looked up once per language: every export of the minutes reads them. */
const labelsOf = (locale: Locale): MinutesLabels => translatorFor(locale)('document:minutes', { returnObjects: true }) as MinutesLabels;

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
  return translatorFor(locale)('document:exported', { where, date: formatDate(today, locale) });
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

/** The stored minutes (the chosen or latest version), or a fresh draft from the session when none is stored yet. */
export function minutesModel(ctx: ReadContext, scope: ExportScope): MinutesModel {
  if (!scope.sessionId) throw new AppError('validation', undefined, [{ path: 'sessionId', code: 'required' }]);
  getSession(ctx, scope.sessionId);
  const chosen = chosenVersion(ctx, scope.sessionId, scope.version);
  // A chosen version prints in the language it was written in; otherwise another language gets a fresh draft.
  const locale = scope.version !== undefined && chosen ? chosen.locale : (scope.locale ?? chosen?.locale ?? localeOf(ctx, scope));
  const stored = chosen && chosen.locale === locale ? chosen : null;
  const document = stored ? stored.document : draftMinutes(ctx, scope.sessionId, locale);
  const approved = stored?.status === 'approved';
  return {
    kind: 'minutes',
    locale,
    approved,
    version: stored?.version ?? null,
    // The Export menu's own words for a version: the printed copy says what the menu offered.
    versionLine: stored ? translatorFor(locale)(approved ? 'export:version.approved' : 'export:version.draft', { version: stored.version }) : '',
    issueDay: formatDate(document.issueDate || exportDay(ctx, scope), locale),
    document,
    labels: labelsOf(locale),
  };
}

export function tasksModel(ctx: ReadContext, scope: ExportScope): TableExportModel {
  const locale = localeOf(ctx, scope);
  const t = translatorFor(locale);
  const labels = labelsOf(locale);
  const comma = punctuationOf(locale).list;
  // One lookup per status, not one per row: a programme can have thousands of tasks.
  const statusWord = Object.fromEntries(ACTION_STATUSES.map((s) => [s, t(`errors:status.${s}`)])) as Record<ActionStatus, string>;
  const actions = filterActions(ctx, scope.sessionId ? { sessionId: scope.sessionId } : { programmeId: scope.programmeId! }).filter((a) => a.status !== 'cancelled');
  // A task whose extension (延期) was approved shows its original due date beside the current one;
  // the column is there when any task has one.
  const extended = actions.some((a) => a.originalDueDate !== null);
  return {
    kind: 'tasks',
    locale,
    table: {
      // The document the Export menu names: one term, one key.
      title: t('export:kind.tasks'),
      subtitle: subtitleOf(ctx, scope, locale),
      columns: [
        // 序号 and a date such as 2027年12月31日 stay on one line in the printed table too.
        { key: 'no', label: labels.no, width: 8 },
        { key: 'task', label: labels.task, width: 36 },
        { key: 'lead', label: labels.lead, width: 14 },
        { key: 'co', label: labels.co, width: 20 },
        // The date, and beside it the deadline as it was spoken ("一个月内"): a spreadsheet sorts by the first.
        { key: 'deadline', label: labels.deadline, width: 20, dateKey: 'dueDate' },
        { key: 'rule', label: t('document:tasks.rule'), width: 13 },
        ...(extended ? [{ key: 'original', label: t('document:tasks.originalDeadline'), width: 20, dateKey: 'originalDueDate' }] : []),
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
        original: a.originalDueDate ? formatDate(a.originalDueDate, locale) : '',
        originalDueDate: a.originalDueDate ?? '',
        deliverable: a.deliverable,
        status: statusWord[a.status],
      })),
    },
  };
}

export function opinionsModel(ctx: ReadContext, scope: ExportScope): TableExportModel {
  const locale = localeOf(ctx, scope);
  const programmeId = scope.programmeId ?? getSession(ctx, scope.sessionId!).programmeId;
  const view = listOpinions(ctx, { programmeId, ...(scope.sessionId ? { sessionId: scope.sessionId } : {}) });
  const t = translatorFor(locale);
  const dispositionWord = Object.fromEntries(DISPOSITIONS.map((d) => [d, t(`document:opinions.dispositions.${d}`)])) as Record<Disposition, string>;
  return {
    kind: 'opinions',
    locale,
    table: {
      title: t('document:opinions.title'),
      subtitle: subtitleOf(ctx, scope, locale),
      columns: [
        { key: 'no', label: t('document:minutes.no'), width: 8 },
        { key: 'speaker', label: t('document:opinions.raisedBy'), width: 16 },
        { key: 'session', label: t('document:opinions.session'), width: 22 },
        { key: 'opinion', label: t('document:opinions.opinion'), width: 44 },
        { key: 'disposition', label: t('document:opinions.disposition'), width: 14 },
        { key: 'plan', label: t('document:opinions.plan'), width: 20 },
        { key: 'reason', label: t('document:opinions.reason'), width: 24 },
      ],
      rows: view.opinions.map((o, index) => ({
        no: index + 1,
        speaker: o.speaker?.unitName ? `${o.speakerName}${t('document:punctuation.aside', { text: o.speaker.unitName })}` : o.speakerName,
        session: o.sessionTitle,
        opinion: o.text,
        disposition: o.disposition ? dispositionWord[o.disposition] : '',
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
