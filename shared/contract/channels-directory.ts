import { z } from 'zod';
import {
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_XLSX_BYTES,
  type ImportPreview,
  type ImportResult,
} from '../directory-import.js';
import type { ExportedFile } from '../minutes.js';
import { channel } from './define.js';
import { id, locale, longText } from './fields.js';

/**
 * The sheet's rows as read (header and title rows included): the dialog reads a paste or a CSV
 * itself, and an XLSX through `directory.readSheet`; the CLI the same. A cell holding a control or
 * invisible character refuses the sheet, as any text field does (named by row and column, so it can
 * be found); its length and everything else are judged row by row (shared/directory-import.ts), so
 * a long or unknown value refuses one row with its reason. Room for the header search above the rows.
 */
export const sheetRows = z
  .array(z.array(longText).max(MAX_IMPORT_COLUMNS))
  .min(1)
  .max(MAX_IMPORT_ROWS + 6);

const importInput = z.strictObject({
  rows: sheetRows,
  /** Create the units the sheet names that do not exist yet; otherwise such rows are refused. */
  createUnits: z.boolean().optional(),
});

/** Importing people and units from what an office already has, and exporting them in the same shape. */
export const directoryChannels = {
  /** Each row as it would be saved (new, matched, duplicate, bad with its reason); writes nothing. */
  'directory.importPreview': channel<ImportPreview>()(importInput),
  /** The preview's good rows, all in one transaction; the answer's importId takes them back. */
  'directory.import': channel<ImportResult>()(importInput),
  /**
   * Takes an import back: the rows it added that are still there go to the trash (restorable from
   * there). Only rows created by that import (same ids, same creation stamp) are touched. The token
   * is the import's answer, kept by the toast that offers Undo: no table of past imports is needed.
   */
  'directory.undoImport': channel<{ people: number; units: number }>()(
    z.strictObject({
      at: z.iso.datetime(),
      personIds: z.array(id).max(MAX_IMPORT_ROWS),
      unitIds: z.array(id).max(MAX_IMPORT_ROWS),
    }),
  ),
} as const;

/** XLSX is base64 of at most MAX_IMPORT_XLSX_BYTES bytes. */
const xlsxBase64 = z
  .string()
  .min(4)
  .max(Math.ceil(MAX_IMPORT_XLSX_BYTES / 3) * 4)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), { message: 'invalid_format' });

/** Spreadsheet files in and out: asynchronous (exceljs), so main/service serves them, like exports. */
export const directoryFileChannels = {
  /** The first sheet's rows as text: formulas as their saved result, never evaluated. */
  'directory.readSheet': channel<{ rows: string[][] }>()(z.strictObject({ base64: xlsxBase64 })),
  /** The whole directory as CSV or XLSX, in the shape the import reads. */
  'directory.export': channel<ExportedFile>()(
    z.strictObject({ format: z.enum(['csv', 'xlsx']), locale: locale.optional() }),
  ),
} as const;
