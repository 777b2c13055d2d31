import path from 'node:path';
import { LOCALES, type Locale } from '../../../shared/contract/fields.js';
import { AppError, type AppErrorPayload } from '../../../shared/contract/result.js';
import { MAX_IMPORT_XLSX_BYTES } from '../../../shared/directory-import.js';
import { unitSheetProblemText, unitSheetReasonText, type UnitSheetImportResult, type UnitSheetProblem } from '../../../shared/unit-sheet.js';
import { readXlsxRows } from '../../export/directory-files.js';
import { openRuntime } from '../../service/runtime.js';
import { CliError, UsageError, optionalString, requireString, type Command, type Io, type Values } from '../command.js';
import { dataDirFrom } from '../defaults.js';
import { importOrExport } from '../import-export.js';
import { exportToFile } from '../export-file.js';
import { readInputFile } from '../input-file.js';
import { describe as describeSheet } from './directory.js';

const SHEET_PROBLEMS: readonly string[] = ['not_unit_sheet', 'unknown_programme'] satisfies UnitSheetProblem[];

function describe(error: AppErrorPayload): string {
  const problem = error.issues?.find((i) => SHEET_PROBLEMS.includes(i.code))?.code as UnitSheetProblem | undefined;
  return problem ? unitSheetProblemText(problem, 'en') : describeSheet(error);
}

function langOf(values: Values): Locale | undefined {
  const lang = optionalString(values, 'lang');
  if (lang !== undefined && !(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, not '${lang}'`);
  return lang as Locale | undefined;
}

async function importFrom(file: string, values: Values, io: Io): Promise<number> {
  const source = path.resolve(file);
  const locale = langOf(values);
  // The file is read before the data folder is opened: a file that cannot be read leaves nothing behind.
  let rows: string[][];
  try {
    rows = await readXlsxRows(readInputFile(source, MAX_IMPORT_XLSX_BYTES, 'task sheet'));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${source} was not imported: ${describe(error.toPayload())}`);
    throw error;
  }
  const runtime = openRuntime({ dataDir: dataDirFrom(optionalString(values, 'data'), io.env) });
  try {
    const result = runtime.core.call('followup.import', { rows, ...(locale ? { locale } : {}) });
    if (!result.ok) throw new CliError(`${source} was not imported: ${describe(result.error)}`);
    const { counts, skipped } = result.value as UnitSheetImportResult;
    io.out(`${source}: ${counts.added} progress reports added; ${counts.duplicates} duplicates and ${counts.refused} refused rows not imported.`);
    for (const row of skipped) io.out(`  row ${row.line}${row.taskTitle ? ` (${row.taskTitle})` : ''}: ${unitSheetReasonText(row, 'en')}`);
    if (counts.added === 0) {
      io.err(`convene followup: nothing in ${source} could be imported.`);
      return 1;
    }
    return 0;
  } finally {
    runtime.close();
  }
}

function exportTo(values: Values, io: Io): Promise<number> {
  const programmeId = requireString(values, 'programme');
  const unitId = requireString(values, 'unit');
  const locale = langOf(values);
  return exportToFile(
    dataDirFrom(optionalString(values, 'data'), io.env),
    { out: optionalString(values, 'out'), overwrite: values.force === true },
    (service) => service.call('followup.exportSheet', { programmeId, unitId, ...(locale ? { locale } : {}) }),
    describe,
    io,
  );
}

export const followup: Command = {
  summary: "export a unit's task sheet (Excel) and import the progress it sends back",
  usage: `Usage: convene followup export --programme ID --unit ID [--lang zh-CN|en] [--out FILE] [--force] [--data DIR]
       convene followup import FILE.xlsx [--lang zh-CN|en] [--data DIR]

export writes the open tasks of a programme that the unit leads or co-handles (co-unit tasks
marked), one a row, with empty columns for the unit to fill in: progress date, progress, reported
by. A hidden column holds each task's id. (\`convene list\` shows programme and unit ids.)
import reads a returned sheet and adds only progress reports: a row is matched to its task by
that hidden id alone, so edited titles, formulas (read as their saved value, never evaluated) and
added rows change nothing else. Rows that cannot be imported are listed with the reason; a report
already there (same task, date and text) is not added twice. All or nothing; exit code 1 when
nothing could be imported.

  --programme ID  the programme
  --unit ID       the unit the sheet is for
  --lang LOCALE   zh-CN or en: the sheet's language (export), the words a reporter's name is kept in (import)
  --out FILE      where to write (default: the sheet's own name, in the current folder)
  --force         replace FILE if it exists (otherwise an existing file is never touched)
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  positionals: 2,
  options: {
    programme: { type: 'string' },
    unit: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    data: { type: 'string' },
  },
  run: importOrExport('followup', importFrom, exportTo),
};
