/**
 * A unit's task sheet as an Excel file (issue 17): a hidden key column holding each task's id (and,
 * in its first cell, the marker naming the programme and unit), what the office knows of each open
 * task, and three empty columns for the unit to fill in: 进展日期, 进展情况, 填报人. The sheet is
 * protected without a password so the office's columns are not changed by accident; the fill-in
 * columns are unlocked. What comes back is read by shared/unit-sheet.ts: only the key and the
 * fill-in columns count.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/contract/fields.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { MIME_OF, type ExportedFile } from '../../shared/minutes.js';
import { UNIT_SHEET_COLUMNS, unitSheetMarker, type UnitSheetColumn } from '../../shared/unit-sheet.js';
import type { UnitSheetTask } from '../core/unit-sheet.js';
import { safeNamePart } from './filename.js';
import { BORDER, cellValue, DATE_FORMAT, dateValue, FONT_NAME, rowHeight, sheetName } from './xlsx.js';

const WIDTHS: Record<UnitSheetColumn, number> = { key: 10, role: 8, task: 36, due: 14, status: 10, latest: 30, date: 14, text: 40, reporter: 12 };
const FILL_IN = new Set<UnitSheetColumn>(['date', 'text', 'reporter']);

export interface UnitSheetSource {
  programme: { id: string; title: string };
  unit: { id: string; name: string };
  tasks: UnitSheetTask[];
}

export async function renderUnitSheet(source: UnitSheetSource, locale: Locale, day: string): Promise<ExportedFile> {
  const t = translatorFor(locale);
  const title = t('unitSheet:title', { programme: source.programme.title, unit: source.unit.name });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(source.unit.name), { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });
  const font = { name: FONT_NAME[locale], size: 11 };
  sheet.columns = UNIT_SHEET_COLUMNS.map((c) => ({ key: c, width: WIDTHS[c], hidden: c === 'key', style: { font, alignment: { vertical: 'top', wrapText: true } } }));

  // Row 1: the marker (hidden column) and the title across the rest.
  sheet.getCell(1, 1).value = unitSheetMarker(source.programme.id, source.unit.id);
  sheet.mergeCells(1, 2, 1, UNIT_SHEET_COLUMNS.length);
  const titleCell = sheet.getCell(1, 2);
  titleCell.value = cellValue(title);
  titleCell.font = { ...font, size: 14, bold: true };
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(2);
  UNIT_SHEET_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = t(`unitSheet:columns.${c}`);
    cell.font = { ...font, bold: true };
    cell.border = BORDER;
    if (FILL_IN.has(c)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });

  source.tasks.forEach((task, index) => {
    const values: Record<UnitSheetColumn, string | number | Date | null> = {
      key: task.id,
      role: t(`unitSheet:role.${task.role}`),
      task: cellValue(task.title),
      due: dateValue(task.dueDate ?? undefined),
      status: t(`board:status.${task.status}`),
      latest: cellValue(task.latest),
      date: null,
      text: null,
      reporter: null,
    };
    const row = sheet.getRow(index + 3);
    UNIT_SHEET_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = values[c];
      cell.border = BORDER;
      if (c === 'due' || c === 'date') cell.numFmt = DATE_FORMAT[locale];
      // The unit writes in these; everything else stays as the office wrote it.
      if (FILL_IN.has(c)) cell.protection = { locked: false };
    });
    row.height = rowHeight([
      { text: task.title, width: WIDTHS.task },
      { text: task.latest, width: WIDTHS.latest },
    ]);
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const fileName = `${safeNamePart(title)}-${day}.xlsx`;
  return { fileName, mime: MIME_OF.xlsx, base64: bytes.toString('base64'), bytes: bytes.length };
}
