import { z } from 'zod';
import { MAX_IMPORT_ROWS } from '../directory-import.js';
import type { ExportedFile } from '../minutes.js';
import type { DueOverview } from '../due-overview.js';
import type { UnitSheetImportResult, UnitSheetPreview } from '../unit-sheet.js';
import { sheetRows } from './channels-directory.js';
import { channel } from './define.js';
import { empty, id, locale } from './fields.js';

/**
 * A returned unit task sheet's rows as read (through `directory.readSheet` for an XLSX); `locale`
 * is the language an unmatched reporter's name is noted in (default: the app's).
 */
const importInput = z.strictObject({ rows: sheetRows, locale: locale.optional() });

/** A unit's task sheet back (issue 17): only progress reports are ever added. */
export const followupChannels = {
  /** Each filled-in row: the report it adds (task title from the database), or why not; writes nothing. */
  'followup.importPreview': channel<UnitSheetPreview>()(importInput),
  /** The preview's reports, in one transaction; the answer's undo takes them back. */
  'followup.import': channel<UnitSheetImportResult>()(importInput),
  /** The reports that import added, still there, to the trash. */
  'followup.undoImport': channel<{ count: number }>()(
    z.strictObject({ at: z.iso.datetime(), progressIds: z.array(id).max(MAX_IMPORT_ROWS) }),
  ),
  /** Home's "what is due", across programmes: due this week, overdue, awaiting acceptance. */
  'home.due': channel<DueOverview>()(empty),
} as const;

/** A unit's task sheet out: asynchronous (exceljs), served by main/service like the exports. */
export const followupFileChannels = {
  /** The open tasks of a programme the unit leads or co-handles, with empty columns to fill in. */
  'followup.exportSheet': channel<ExportedFile>()(z.strictObject({ programmeId: id, unitId: id, locale: locale.optional() })),
} as const;
