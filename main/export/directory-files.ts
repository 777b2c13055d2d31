/**
 * The directory as spreadsheet files: an XLSX sheet read into rows of text for the import
 * (shared/directory-import.ts judges them), and the directory written as CSV or XLSX in the shape
 * the import reads back. Here, beside the other spreadsheet code, because exceljs is asynchronous
 * and the core's handlers are not.
 */
import ExcelJS from 'exceljs';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { Locale } from '../../shared/contract/fields.js';
import { AppError } from '../../shared/contract/result.js';
import { directoryTable, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_IMPORT_XLSX_BYTES, type DirectoryFileRow, type SheetProblem } from '../../shared/directory-import.js';
import { resources } from '../../shared/i18n/index.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { MIME_OF, type ExportedFile } from '../../shared/minutes.js';
import { renderCsv } from './csv.js';
import { renderXlsx } from './xlsx.js';

/** Inflated bytes a workbook may hold: a 10,000-row sheet of text is a few MB of XML. */
const MAX_INFLATED_BYTES = 80_000_000;
/** Rows a sheet may have before it is refused unread: the import's limit, with room for titles and blank lines. */
const MAX_SHEET_ROWS = MAX_IMPORT_ROWS + 50;

function refuse(problem: SheetProblem, limit?: number): AppError {
  return new AppError('validation', undefined, [{ path: 'rows', code: problem, ...(limit ? { limit } : {}) }]);
}

/**
 * Refuses, before exceljs builds anything, a file that is no zip, inflates to too much (a zip
 * bomb), or has a sheet of more rows than an import takes: its row tags are counted in the
 * inflated XML, which costs one pass, where exceljs would build an object per cell of 100,000 rows.
 */
function precheck(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_XLSX_BYTES) throw refuse('too_large', MAX_IMPORT_XLSX_BYTES);
  let sheets: Record<string, Uint8Array>;
  try {
    const entries: UnzipFileInfo[] = [];
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
    const total = entries.reduce((sum, e) => sum + Math.max(e.originalSize, e.size), 0);
    if (total > MAX_INFLATED_BYTES) throw refuse('too_large', MAX_IMPORT_XLSX_BYTES);
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw refuse('not_xlsx');
    sheets = unzipSync(bytes, { filter: (e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name) });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('not_xlsx');
  }
  const decoder = new TextDecoder();
  for (const xml of Object.values(sheets)) {
    if ((decoder.decode(xml).match(/<row[\s>]/g)?.length ?? 0) > MAX_SHEET_ROWS) throw refuse('too_many_rows', MAX_IMPORT_ROWS);
  }
}

/**
 * A cell as the text it shows. A formula is never evaluated: its result as the file saved it is
 * taken (a file that saved none gives an empty cell, refused by the row's own rules if it matters).
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined || (typeof result === 'object' && result !== null && 'error' in result) ? '' : cellText(result);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

/** The first worksheet's rows as text (blank rows kept, so row numbers match the sheet's). */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  precheck(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw refuse('not_xlsx');
  }
  const sheet = workbook.worksheets.find(Boolean);
  if (!sheet) throw refuse('empty');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    while (rows.length < number - 1) rows.push([]);
    const cells: string[] = [];
    const width = Math.min(row.cellCount, MAX_IMPORT_COLUMNS);
    for (let col = 1; col <= width; col += 1) cells.push(cellText(row.getCell(col).value));
    rows.push(cells);
  });
  if (rows.length === 0) throw refuse('empty');
  return rows;
}

const WIDTHS = [12, 28, 14, 12, 24, 14];

/** The directory as a file in the import's shape: the header in `locale`'s words, codes as its labels. */
export async function renderDirectory(rows: readonly DirectoryFileRow[], format: 'csv' | 'xlsx', locale: Locale, day: string): Promise<ExportedFile> {
  const [header, ...body] = directoryTable(rows, locale);
  const columns = header!.map((label, i) => ({ key: String(i), label, width: WIDTHS[i] ?? 16 }));
  const tableRows = body.map((cells) => Object.fromEntries(cells.map((cell, i) => [String(i), cell])));
  const words = resources[locale].directory;
  const people = rows.filter((r) => r.name !== '').length;
  const table = { title: words.heading, subtitle: `${translatorFor(locale)('directory:people.count', { count: people })} · ${day}`, columns, rows: tableRows };
  const bytes = format === 'csv' ? renderCsv(table) : await renderXlsx({ kind: 'directory', locale, table });
  const fileName = `${words.heading}-${day}.${format}`;
  return { fileName, mime: MIME_OF[format], base64: bytes.toString('base64'), bytes: bytes.length };
}
