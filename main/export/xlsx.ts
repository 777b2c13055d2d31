/**
 * An Excel workbook of a table export (task breakdown, opinions report): one sheet ready to print,
 * title and subtitle merged across the table, a bold header row frozen and repeated on every page,
 * thin borders, wrapped text, A4 landscape fitted to the page width.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/contract/fields.js';
import type { TableExportModel } from './model.js';
import { neutraliseCell, withoutXmlInvalid } from './safe.js';

/**
 * A file stores a font name, not a font: SimSun (宋体) is on every Chinese Windows and WPS maps it on
 * macOS and Linux; the English sheet uses the face Excel ships with.
 */
const FONT_NAME: Record<Locale, string> = { 'zh-CN': 'SimSun', en: 'Calibri' };

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise). */
function sheetName(title: string): string {
  return Array.from(title.replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ').trim()).slice(0, 31).join('').trim() || 'Sheet1';
}

/**
 * What goes into a cell. Text is neutralised (a leading = + - @ tab or CR gets a quote) and always
 * written as a plain string: exceljs makes a formula only from a { formula } object, never from text.
 */
function cellValue(value: string | number): string | number {
  if (typeof value === 'number') return value;
  // Controls go before neutralising, so that dropping one cannot bare a leading '='; line ends are
  // made LF after, so that a leading CR is still seen (an XML reader turns CR into LF anyway).
  return String(neutraliseCell(withoutXmlInvalid(value))).replace(/\r\n?/g, '\n');
}

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
    headerFooter: { oddFooter: locale === 'zh-CN' ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N' },
  });
  // Column widths are written at the top of the sheet: set before the first row is committed.
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));

  const banner = (text: string, style: Partial<ExcelJS.Style>, height: number) => {
    const row = sheet.addRow([cellValue(text)]);
    row.getCell(1).style = style;
    row.height = height;
    if (last > 1) sheet.mergeCells(row.number, 1, row.number, last);
    row.commit();
  };
  banner(table.title, { font: { name: font, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } }, 30);
  banner(table.subtitle, { font: { name: font, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }, 20);

  const headerStyle: Partial<ExcelJS.Style> = {
    font: { name: font, size: 11, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } },
  };
  const header = sheet.addRow(columns.map((c) => cellValue(c.label)));
  header.eachCell((cell) => (cell.style = headerStyle));
  header.height = 22;
  header.commit();

  // Shared style objects: the writer stores one style per distinct object, not one per cell.
  const textStyle: Partial<ExcelJS.Style> = { font: { name: font, size: 11 }, alignment: { vertical: 'top', wrapText: true }, border: BORDER };
  const numberStyle: Partial<ExcelJS.Style> = { font: { name: font, size: 11 }, alignment: { vertical: 'top', horizontal: 'center' }, border: BORDER };
  for (const row of table.rows) {
    const added = sheet.addRow(columns.map((c) => cellValue(row[c.key] ?? '')));
    columns.forEach((c, i) => {
      added.getCell(i + 1).style = typeof row[c.key] === 'number' ? numberStyle : textStyle;
    });
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
