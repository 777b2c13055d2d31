/**
 * An Excel workbook of a table export (task breakdown, opinions report): one sheet ready to print,
 * title and subtitle merged across the table, a bold header row frozen, filterable and repeated on
 * every page, thin borders, wrapped text in rows tall enough to show it, deadlines as real dates,
 * A4 landscape fitted to the page width.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/contract/fields.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import type { TableColumn, TableExportModel } from './model.js';
import { withoutXmlInvalid } from './safe.js';
import { ems } from './docx/widths.js';

/**
 * A file stores a font name, not a font: SimSun (宋体) is on every Chinese Windows and WPS maps it on
 * macOS and Linux; the English sheet uses the face Excel ships with.
 */
export const FONT_NAME: Record<Locale, string> = { 'zh-CN': 'SimSun', en: 'Calibri' };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise). */
export function sheetName(title: string): string {
  return Array.from(title.replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ').trim()).slice(0, 31).join('').trim() || 'Sheet1';
}

/** Dates as an office reads them: 2027年2月11日, 11 Feb 2027. */
export const DATE_FORMAT: Record<Locale, string> = { 'zh-CN': 'yyyy"年"m"月"d"日"', en: 'd mmm yyyy' };

/**
 * What goes into a cell, exactly as typed. A text cell is a shared string (t="s"), which no
 * spreadsheet ever evaluates, so "=1+1", "-5%" or "+86 138…" need no quote here and get none (the
 * quote would show); exceljs makes a formula only from a { formula } object, never from text. CSV,
 * whose fields have no type, neutralises instead (csv.ts).
 */
export function cellValue(value: string | number): string | number {
  if (typeof value === 'number') return value;
  // Line ends are made LF (an XML reader turns CR into LF anyway).
  return withoutXmlInvalid(value).replace(/\r\n?/g, '\n');
}

/**
 * A YYYY-MM-DD date as the Date exceljs turns into a serial: midnight UTC, because exceljs counts
 * days from the epoch in UTC, so the serial is that calendar day on any machine.
 */
export function dateValue(iso: string | number | undefined): Date | null {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** Points per line of 11 pt text: Noto CJK, which LibreOffice substitutes for SimSun, is the tallest. */
const LINE_PT = 16;
/** Room above and below the text of a cell. */
const ROW_PAD_PT = 4;

/**
 * How many lines a text needs in a column `width` characters wide. A column's width counts the digit
 * '0' of the sheet's font, about half an em: a Chinese character takes two, a Latin letter about
 * one (ems() errs wide on Latin text, which word wrapping wastes anyway).
 */
export function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((2 * ems(line)) / usable)), 0);
}

/**
 * A row height that shows all its wrapped text. Excel grows a row to its text on opening only when
 * the row has no height; LibreOffice does not, and clips; so every row gets one, from its tallest cell.
 */
export function rowHeight(cells: { text: string; width: number }[], sizePt = 11): number {
  const lines = Math.max(1, ...cells.map((c) => linesIn(c.text, c.width)));
  return Math.ceil((lines * LINE_PT * sizePt) / 11 + ROW_PAD_PT);
}

/** The Excel column letter of a 1-based index (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let letters = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters;
  return letters;
}

const textOf = (value: string | number) => (typeof value === 'number' ? String(value) : value);

/**
 * The streaming writer: rows are serialised as they are added and zipped by zlib, about half the
 * work of building the whole workbook in memory first (5,000 actions must stay well under 1.5 s).
 * Strings go to the shared-strings table: without it this writer marks text cells as formula
 * results (t="str"), which readers tolerate but which is not what a plain string is.
 */
export async function renderXlsx(model: TableExportModel): Promise<Buffer> {
  const { table, locale } = model;
  const font = FONT_NAME[locale];
  const columns = table.columns;
  const last = Math.max(columns.length, 1);

  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Convene';
  workbook.lastModifiedBy = 'Convene';
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '3:3',
    },
    headerFooter: { oddFooter: translatorFor(locale)('document:sheetFooter') },
  });
  // Column widths are written at the top of the sheet: set before the first row is committed.
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));

  const fullWidth = columns.reduce((sum, c) => sum + c.width, 0);
  const banner = (text: string, style: Partial<ExcelJS.Style>, sizePt: number) => {
    const row = sheet.addRow([cellValue(text)]);
    row.getCell(1).style = style;
    row.height = rowHeight([{ text: cellValue(text) as string, width: (fullWidth * 11) / sizePt }], sizePt);
    if (last > 1) sheet.mergeCells(row.number, 1, row.number, last);
    row.commit();
  };
  banner(table.title, { font: { name: font, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, 16);
  banner(table.subtitle, { font: { name: font, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, 11);

  const headerStyle: Partial<ExcelJS.Style> = {
    font: { name: font, size: 11, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } },
  };
  const header = sheet.addRow(columns.map((c) => cellValue(c.label)));
  header.eachCell((cell) => (cell.style = headerStyle));
  // Bold is a little wider than the estimate: one character's room more.
  header.height = rowHeight(columns.map((c) => ({ text: c.label, width: c.width - 1 })));
  header.commit();

  // Shared style objects: the writer stores one style per distinct object, not one per cell.
  const textStyle: Partial<ExcelJS.Style> = { font: { name: font, size: 11 }, alignment: { vertical: 'top', wrapText: true }, border: BORDER };
  const numberStyle: Partial<ExcelJS.Style> = { font: { name: font, size: 11 }, alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER };
  const dateStyle: Partial<ExcelJS.Style> = { ...numberStyle, numFmt: DATE_FORMAT[locale] };
  const valueOf = (row: Record<string, string | number>, c: TableColumn) => {
    const date = c.dateKey === undefined ? null : dateValue(row[c.dateKey]);
    return date ?? cellValue(row[c.key] ?? '');
  };
  for (const row of table.rows) {
    const values = columns.map((c) => valueOf(row, c));
    const added = sheet.addRow(values);
    values.forEach((value, i) => {
      added.getCell(i + 1).style = value instanceof Date ? dateStyle : typeof value === 'number' ? numberStyle : textStyle;
    });
    added.height = rowHeight(columns.map((c, i) => ({ text: values[i] instanceof Date ? '' : textOf(values[i] as string | number), width: c.width })));
    added.commit();
  }
  // The filter buttons sit on the header row and cover every row under it.
  sheet.autoFilter = `A3:${columnLetter(last)}${3 + table.rows.length}`;
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
