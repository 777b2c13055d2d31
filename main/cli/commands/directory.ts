import path from 'node:path';
import { LOCALES, type Locale } from '../../../shared/contract/fields.js';
import { AppError, type AppErrorPayload } from '../../../shared/contract/result.js';
import {
  MAX_IMPORT_CHARS,
  MAX_IMPORT_XLSX_BYTES,
  parseDirectoryRows,
  readDelimited,
  rowReasonText,
  sheetRefusalText,
  findBadCell,
  cellProblemText,
  decodeText,
  sheetProblemText,
  type ImportResult,
} from '../../../shared/directory-import.js';
import { openRuntime } from '../../service/runtime.js';
import { readXlsxRows } from '../../export/directory-files.js';
import { CliError, UsageError, optionalString, requireString, type Command, type Io, type Values } from '../command.js';
import { dataDirFrom } from '../defaults.js';
import { importOrExport } from '../import-export.js';
import { exportToFile } from '../export-file.js';
import { DISK_FULL } from '../open-errors.js';
import { readInputFile } from '../input-file.js';

const FORMATS = ['csv', 'xlsx'] as const;

export function describe(error: AppErrorPayload): string {
  if (error.code === 'storage_full') return DISK_FULL;
  const sheet = sheetRefusalText(error, 'en');
  if (sheet) return sheet;
  return `refused (${error.code}${(error.issues ?? []).map((i) => ` ${i.path || 'input'} ${i.code}`).join(';')})`;
}

/** The file's rows, read before the data folder is opened, so a file that cannot be read leaves nothing behind. */
async function rowsOf(file: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(file)) {
    const bytes = readInputFile(file, MAX_IMPORT_XLSX_BYTES, 'directory spreadsheet');
    try {
      return await readXlsxRows(bytes);
    } catch (error) {
      if (error instanceof AppError) throw new CliError(`${file} was not imported: ${describe(error.toPayload())}`);
      throw error;
    }
  }
  // Up to four bytes a character in UTF-8: the text limit in bytes.
  const text = decodeText(readInputFile(file, MAX_IMPORT_CHARS * 4, 'directory CSV'));
  const read = readDelimited(text);
  if (!read.ok) throw new CliError(`${file} was not imported: ${sheetProblemText(read.problem, 'en', read.limit)}`);
  return read.rows;
}

async function importFrom(file: string, values: Values, io: Io): Promise<number> {
  const source = path.resolve(file);
  const rows = await rowsOf(source);
  // The sheet as a whole (a header, some rows) is judged before the data folder is opened too.
  const sheet = parseDirectoryRows(rows);
  if (!sheet.ok) throw new CliError(`${source} was not imported: ${sheetProblemText(sheet.problem, 'en', sheet.limit)}`);
  const badCell = findBadCell(rows);
  if (badCell) throw new CliError(`${source} was not imported: ${cellProblemText(badCell, 'en')}`);
  // A new laptop's folder may be empty: importing creates the database, as bundle import does.
  const runtime = openRuntime({ dataDir: dataDirFrom(optionalString(values, 'data'), io.env) });
  try {
    const result = runtime.core.call('directory.import', { rows, createUnits: values['create-units'] === true });
    if (!result.ok) throw new CliError(`${source} was not imported: ${describe(result.error)}`);
    const { counts, skipped } = result.value as ImportResult;
    io.out(
      `${source}: ${counts.peopleAdded} people added, ${counts.unitsAdded} units added, ${counts.unitsMatched} existing units matched; ` +
        `${counts.duplicates} duplicates and ${counts.refused} refused rows not imported.`,
    );
    for (const row of skipped) io.out(`  row ${row.line}${row.name ? ` (${row.name})` : ''}: ${rowReasonText(row, 'en')}`);
    if (skipped.some((row) => row.reason === 'unit_unknown')) io.out('Add --create-units to create the units that do not exist yet.');
    if (counts.peopleAdded + counts.unitsAdded === 0) {
      io.err(`convene directory: nothing in ${source} could be imported.`);
      return 1;
    }
    return 0;
  } finally {
    runtime.close();
  }
}

async function exportTo(values: Values, io: Io): Promise<number> {
  const format = requireString(values, 'format');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const lang = optionalString(values, 'lang');
  if (lang !== undefined && !(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, not '${lang}'`);
  return exportToFile(
    dataDirFrom(optionalString(values, 'data'), io.env),
    { out: optionalString(values, 'out'), overwrite: values.force === true },
    (service) => service.call('directory.export', { format, ...(lang ? { locale: lang as Locale } : {}) }),
    describe,
    io,
  );
}

export const directory: Command = {
  summary: 'import people and units from a CSV or Excel file, or export the directory in the same shape',
  usage: `Usage: convene directory import FILE.csv|FILE.xlsx [--create-units] [--data DIR]
       convene directory export --format csv|xlsx [--lang zh-CN|en] [--out FILE] [--force] [--data DIR]

import reads one person a row, under a header naming the columns (姓名/Name, 单位/Unit,
单位简称/Short name, 单位类型/Unit kind, 职务/Position, 类别/Category, 排序/Order; only the name is
required). Units are matched by name or short name. Duplicates (the same name in the same unit) and
rows with problems are listed with the reason and not imported; the rest is imported at once, all or
nothing. Exit code 1 when nothing could be imported. export writes the directory so that import
reads it back.

  --create-units  create the units the file names that do not exist yet (otherwise those rows are refused)
  --format F      csv or xlsx
  --lang LOCALE   zh-CN or en: the language of the header and the labels (default: the app's)
  --out FILE      where to write (default: the export's own name, in the current folder)
  --force         replace FILE if it exists (otherwise an existing file is never touched)
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  positionals: 2,
  options: {
    'create-units': { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    data: { type: 'string' },
  },
  run: importOrExport('directory', importFrom, exportTo),
};
