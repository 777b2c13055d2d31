import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { AppError, type FieldIssue } from '../../shared/contract/result.js';
import { FOLLOWUP_KINDS, FORMATS_OF, MIME_OF, SESSION_ONLY_KINDS } from '../../shared/minutes.js';
import type { ReadContext } from '../core/context.js';
import { getProgramme } from '../core/programmes.js';
import { getSession, listSittings } from '../core/sessions.js';
import type { AsyncHandlers } from './context.js';
import { directoryRows } from '../core/directory-import.js';
import { zonedParts, DEFAULT_TIME_ZONE } from '../../shared/time-zone.js';
import { readSettings } from '../core/settings.js';
import { readXlsxRows, renderDirectory } from './directory-files.js';
import { exportFileName } from './filename.js';
import { digestModel, ledgerModel } from './followup-model.js';
import { buildModel, exportDay, readModel, type ExportScope } from './model.js';
import { isPaperDrawing, paperDrawingModel } from './paper-model.js';
import { renderExport } from './render.js';
import { unitSheetTasks } from '../core/unit-sheet.js';
import { programmeTimeZone } from '../core/time-zone.js';
import { renderUnitSheet } from './unit-sheet-file.js';


/** Refuses, before anything is read, a format the kind does not offer or a scope it cannot take. */
function validate(input: ParsedInputOf<'export.render'>): void {
  const issues: FieldIssue[] = [];
  if (!FORMATS_OF[input.kind].includes(input.format)) issues.push({ path: 'format', code: 'format_unavailable' });
  // The minutes, the agenda and the room's paper belong to one session; tasks and opinions also gather a whole programme.
  if (SESSION_ONLY_KINDS.includes(input.kind) && !input.sessionId) issues.push({ path: 'sessionId', code: 'required' });
  // A version is a version of the minutes: the tables have none.
  if (input.version !== undefined && input.kind !== 'minutes') issues.push({ path: 'version', code: 'unrecognized_keys' });
  // The follow-up digest and ledger are of a programme as of a day; only they take a day and a unit.
  const followup = FOLLOWUP_KINDS.includes(input.kind);
  if (followup && !input.programmeId) issues.push({ path: 'programmeId', code: 'required' });
  if (!followup && input.asOf !== undefined) issues.push({ path: 'asOf', code: 'unrecognized_keys' });
  if (input.unitId !== undefined && input.kind !== 'followup-ledger') issues.push({ path: 'unitId', code: 'unrecognized_keys' });
  if (input.docNumber !== undefined && input.kind !== 'followup-digest') issues.push({ path: 'docNumber', code: 'unrecognized_keys' });
  if (issues.length > 0) throw new AppError('validation', undefined, issues);
}

/** What the file is named after: the session and its first day, or the programme and today. */
function nameSource(ctx: ReadContext, scope: ExportScope): { title: string; date: string } {
  if (scope.sessionId) {
    const days = listSittings(ctx, scope.sessionId).map((s) => s.date).sort();
    return { title: getSession(ctx, scope.sessionId).title, date: days[0] ?? exportDay(ctx, scope) };
  }
  return { title: getProgramme(ctx, scope.programmeId!).title, date: exportDay(ctx, scope) };
}

/** Exports: Word, spreadsheets, CSV, Markdown, HTML and PDF of minutes, tasks, opinions and agendas. */
export const exportHandlers: AsyncHandlers = {
  'export.render': async (input, { core, now, pdf }) => {
    validate(input);
    const scope: ExportScope = { sessionId: input.sessionId, programmeId: input.programmeId, locale: input.locale, version: input.version };
    // One read transaction for the model and the name, then rendering off the transaction.
    const { model, name } = readModel(core, now, (ctx) => ({
      model: isPaperDrawing(input.kind)
        ? paperDrawingModel(ctx, input.kind, scope)
        : input.kind === 'followup-digest' || input.kind === 'followup-ledger'
          ? (input.kind === 'followup-digest' ? digestModel : ledgerModel)(ctx, { ...scope, programmeId: input.programmeId!, asOf: input.asOf, unitId: input.unitId, docNumber: input.docNumber })
          : buildModel(ctx, input.kind, scope),
      // A follow-up export is named after its as-of day.
      name: { ...nameSource(ctx, scope), ...(input.asOf ? { date: input.asOf } : {}) },
    }));
    const bytes = await renderExport(model, input.format, (html) => pdf.print(html, input.jobId));
    return {
      fileName: exportFileName({
        ...name,
        kind: input.kind,
        locale: model.locale,
        format: input.format,
        ...(model.kind === 'minutes' && model.version !== null ? { version: model.version, approved: model.approved } : {}),
      }),
      mime: MIME_OF[input.format],
      base64: bytes.toString('base64'),
      bytes: bytes.length,
    };
  },
  'export.progress': (input, { pdf }) => Promise.resolve(pdf.progress(input.jobId)),
  'directory.readSheet': async (input) => ({ rows: await readXlsxRows(Buffer.from(input.base64, 'base64')) }),
  'directory.export': async (input, { core, now }) => {
    const { rows, language } = readModel(core, now, (ctx) => ({ rows: directoryRows(ctx), language: readSettings(ctx).language }));
    // The directory belongs to no programme: its day is the one of the default zone, as a new programme's.
    const day = zonedParts(now(), DEFAULT_TIME_ZONE).date;
    return renderDirectory(rows, input.format, input.locale ?? language ?? 'zh-CN', day);
  },
  'followup.exportSheet': async (input, { core, now }) => {
    const { source, language, day } = readModel(core, now, (ctx) => ({
      source: unitSheetTasks(ctx, input.programmeId, input.unitId),
      language: readSettings(ctx).language,
      day: zonedParts(now(), programmeTimeZone(ctx, input.programmeId)).date,
    }));
    return renderUnitSheet(source, input.locale ?? language ?? source.programme.locale ?? 'zh-CN', day);
  },
};
