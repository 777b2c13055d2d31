import { DOC_NUMBER_MAX, docNumber as docNumberSchema, LOCALES, type Locale } from '../../../shared/contract/fields.js';
import type { AppErrorPayload } from '../../../shared/contract/result.js';
import { translatorFor } from '../../../shared/i18n/translate.js';
import { EXPORT_FORMATS, EXPORT_KINDS, FOLLOWUP_KINDS, FORMATS_OF, SESSION_ONLY_KINDS, type ExportFormat, type ExportKind } from '../../../shared/minutes.js';
import { CliError, UsageError, optionalString, requireString, type Command, type Values } from '../command.js';
import { findChromium } from '../../export/pdf/chromium.js';
import { dataDirFrom } from '../defaults.js';
import { exportToFile } from '../export-file.js';
import { DISK_FULL } from '../open-errors.js';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${what} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

interface Request {
  kind: ExportKind;
  format: ExportFormat;
  scope: { sessionId: string } | { programmeId: string };
  locale?: Locale;
  /** Minutes only: the stored version (any approved one, or the latest). */
  version?: number;
  /** Follow-up only: the as-of day and the lead unit of a unit's ledger. */
  asOf?: string;
  unitId?: string;
  /** The digest only: its 文号. */
  docNumber?: string;
}

/**
 * `convene export followup`: one command for the digest and the ledger. PDF and Word give the digest
 * (督办通报), xlsx the ledger (督办台账); --ledger asks for the Word ledger, --unit for one unit's ledger.
 */
function followupKind(values: Values, format: ExportFormat): ExportKind {
  const ledger = values.ledger === true || optionalString(values, 'unit') !== undefined || format === 'xlsx';
  if (ledger && format === 'pdf') throw new UsageError('the ledger is exported as xlsx or docx; pdf gives the digest');
  if (!ledger && !FORMATS_OF['followup-digest'].includes(format)) throw new UsageError(`followup can be exported as pdf or docx (the digest) or xlsx (the ledger), not ${format}`);
  return ledger ? 'followup-ledger' : 'followup-digest';
}

/** A calendar day as YYYY-MM-DD that exists (2025-02-30 does not). */
function asOfFrom(values: Values): string | undefined {
  const asOf = optionalString(values, 'as-of');
  if (asOf === undefined) return undefined;
  const day = new Date(`${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== asOf) {
    throw new UsageError(`--as-of takes a date as YYYY-MM-DD (e.g. 2025-10-09), not '${asOf}'`);
  }
  return asOf;
}

/** --doc-number, checked as the app checks it: one line, not too long, no control characters; absent when empty. */
function docNumberFrom(values: Values, kind: ExportKind): string | undefined {
  const raw = optionalString(values, 'doc-number');
  if (raw === undefined) return undefined;
  if (kind !== 'followup-digest') throw new UsageError('--doc-number is for the followup digest only (--format pdf or docx, without --ledger)');
  const parsed = docNumberSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--doc-number takes one line of at most ${DOC_NUMBER_MAX} characters, without control characters (e.g. 清政督〔2026〕3号)`);
  return parsed.data || undefined;
}

/** Every argument checked before the data folder is opened: a typo costs nothing. */
function requestFrom(values: Values, positionals: string[]): Request {
  const kindArg = positionals[0];
  if (kindArg === undefined) throw new UsageError(`say what to export: ${EXPORT_KINDS.join(', ')}`);
  const format = oneOf(requireString(values, 'format'), EXPORT_FORMATS, '--format');
  const kind = kindArg === 'followup' ? followupKind(values, format) : oneOf(kindArg, EXPORT_KINDS, 'what to export');
  const followup = FOLLOWUP_KINDS.includes(kind);
  if (!followup && (values['as-of'] !== undefined || values.unit !== undefined || values.ledger !== undefined)) {
    throw new UsageError('--as-of, --unit and --ledger are for followup only');
  }
  if (followup && !optionalString(values, 'programme')) throw new UsageError('followup is of a programme: give --programme ID');
  const asOf = asOfFrom(values);
  const unitId = optionalString(values, 'unit');
  const docNumber = docNumberFrom(values, kind);
  if (!FORMATS_OF[kind].includes(format)) throw new UsageError(`${kind} can be exported as ${FORMATS_OF[kind].join(', ')}, not ${format}`);
  const sessionId = optionalString(values, 'session');
  const programmeId = optionalString(values, 'programme');
  if (sessionId && programmeId) throw new UsageError('give --session or --programme, not both');
  if (!sessionId && !programmeId) throw new UsageError(SESSION_ONLY_KINDS.includes(kind) ? 'missing --session' : 'missing --session or --programme');
  if (programmeId && SESSION_ONLY_KINDS.includes(kind)) throw new UsageError(`${kind} belong to one session: use --session`);
  const lang = optionalString(values, 'lang');
  const versionArg = optionalString(values, 'version');
  if (versionArg !== undefined && kind !== 'minutes') throw new UsageError('--version is for minutes only');
  if (versionArg !== undefined && !/^[1-9]\d{0,5}$/.test(versionArg)) throw new UsageError(`--version takes a version number (1, 2, …), not '${versionArg}'`);
  return {
    kind,
    format,
    scope: sessionId ? { sessionId } : { programmeId: programmeId! },
    ...(lang ? { locale: oneOf(lang, LOCALES, '--lang') } : {}),
    ...(versionArg !== undefined ? { version: Number(versionArg) } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(unitId !== undefined ? { unitId } : {}),
    ...(docNumber !== undefined ? { docNumber } : {}),
  };
}

/** PDF is printed by headless Chromium; say so plainly before any work is done without it. */
function requireChromium(env: NodeJS.ProcessEnv): void {
  if (findChromium(undefined, env)) return;
  const configured = env.CONVENE_CHROMIUM?.trim();
  throw new CliError(
    configured
      ? `PDF export needs Chromium, but CONVENE_CHROMIUM points to ${configured}, which is not a file`
      : `PDF export needs Chromium, and none was found (looked for ${DEFAULT_CHROMIUM} and chromium or chrome on PATH): install it (e.g. apt-get install chromium) or set CONVENE_CHROMIUM to its path. Other formats work without it.`,
  );
}

function describe(error: AppErrorPayload): string {
  const p = error.params ?? {};
  if (error.code === 'storage_full') return DISK_FULL;
  if (error.code === 'not_found') return `no ${p.entity ?? 'record'} with id '${p.id ?? '?'}' (run 'convene list' to see the IDs)`;
  if (error.code === 'validation') {
    const issues = error.issues ?? [];
    // The version asked for: in words, as the Export menu would say it.
    if (issues.some((i) => i.path === 'version' && i.code === 'version_not_found')) return 'no such version of these minutes';
    if (issues.some((i) => i.path === 'version' && i.code === 'version_not_approved')) return 'that version of the minutes is not approved: only approved versions, and the latest, can be exported';
    return `refused: ${issues.map((i) => `${i.path || 'input'} ${i.code}`).join('; ')}`;
  }
  // The app's own English for a refusal (e.g. pdf_failed), else its code.
  const reason = typeof p.reason === 'string' ? translatorFor('en')(`errors:reason.${p.reason}` as never, { defaultValue: p.reason }) : '';
  return `export failed (${error.code}${reason ? `: ${reason}` : ''})`;
}

export const exportCommand: Command = {
  summary: 'export minutes, the task breakdown, the opinions report, the agenda or the room\'s paper to a file',
  usage: `Usage: convene export minutes|tasks|opinions|agenda|signin|namecards|seating (--session ID | --programme ID)
                      --format FORMAT [--lang zh-CN|en] [--version N] [--out FILE] [--force] [--data DIR]
       convene export followup --programme ID [--as-of YYYY-MM-DD] --format pdf|docx|xlsx [--ledger] [--unit ID]
                      [--doc-number TEXT] [--lang zh-CN|en] [--out FILE] [--force] [--data DIR]

Writes one export of a session (or, for tasks and opinions, of a whole programme) to a file and
prints its path. 'convene list' shows the IDs.

  minutes         the minutes (the stored version, else a draft from the session): ${FORMATS_OF.minutes.join(', ')}
  tasks           the task breakdown table: ${FORMATS_OF.tasks.join(', ')}
  opinions        opinions and how each was handled: ${FORMATS_OF.opinions.join(', ')}
  agenda          the session's agenda: ${FORMATS_OF.agenda.join(', ')}
  signin          the sign-in sheet (签到表), with empty rows for walk-ins: ${FORMATS_OF.signin.join(', ')}
  namecards       name cards (桌签), one folded A4 sheet per participant: ${FORMATS_OF.namecards.join(', ')}
  seating         the seating plan (座次图) by precedence, the chair at the centre: ${FORMATS_OF.seating.join(', ')}
  followup        where a programme's tasks stand as of a day: --format pdf or docx gives the digest (督办通报:
                  counts per lead unit, the overdue list with calendar days late, the closed list); --format xlsx,
                  or docx with --ledger, gives the ledger (督办台账: one row per task with its progress and extensions)

  --session ID    the session to export
  --programme ID  the programme to export (tasks and opinions only)
  --format F      ${EXPORT_FORMATS.join(', ')}; pdf needs Chromium (${DEFAULT_CHROMIUM}, or set CONVENE_CHROMIUM)
  --lang LOCALE   zh-CN or en: the language of the export's headings (default: the programme's)
  --as-of DAY     followup only: the day the digest or ledger is as of (default: today in the programme's zone)
  --ledger        followup only: the ledger as Word (docx) instead of the digest
  --unit ID       followup only: the ledger of one lead unit
  --doc-number T  followup digest only: its document number (文号, e.g. 清政督〔2026〕3号), printed centred
                  above the red line under the 版头; one line, at most ${DOC_NUMBER_MAX} characters
  --version N     minutes only: which stored version (any approved one, or the latest; default the latest)
  --out FILE      where to write (default: the export's own name, in the current folder)
  --force         replace FILE if it exists (otherwise an existing file is never touched)
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  positionals: 1,
  options: {
    session: { type: 'string' },
    programme: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    version: { type: 'string' },
    'as-of': { type: 'string' },
    ledger: { type: 'boolean' },
    unit: { type: 'string' },
    'doc-number': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    data: { type: 'string' },
  },
  async run(values, io, positionals) {
    const request = requestFrom(values, positionals);
    return exportToFile(
      dataDirFrom(optionalString(values, 'data'), io.env),
      {
        out: optionalString(values, 'out'),
        overwrite: values.force === true,
        ready: () => {
          if (request.format === 'pdf') requireChromium(io.env);
        },
      },
      (service) =>
        service.call('export.render', {
          kind: request.kind,
          format: request.format,
          ...request.scope,
          locale: request.locale,
          ...(request.version !== undefined ? { version: request.version } : {}),
          ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
          ...(request.unitId !== undefined ? { unitId: request.unitId } : {}),
          ...(request.docNumber !== undefined ? { docNumber: request.docNumber } : {}),
        }),
      describe,
      io,
    );
  },
};
