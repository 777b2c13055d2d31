/**
 * A unit's task sheet (单位任务进展填报表, issue 17): exported for a unit that has no Convene, filled
 * in there, and read back. Pure: the columns, the marker naming the programme and unit, and the
 * reading of a returned sheet's rows (as text, shared/directory-import's XLSX reader gives them) into
 * candidate progress reports. Only the key column finds a task; only the three fill-in columns are
 * read; every other cell (an edited title, a formula, a row someone added) changes nothing.
 */
import type { Locale } from './contract/fields.js';
import { translatorFor } from './i18n/translate.js';

/** The columns, in order: a hidden key, what the office wrote, then the three the unit fills in. */
export const UNIT_SHEET_COLUMNS = ['key', 'role', 'task', 'due', 'status', 'latest', 'date', 'text', 'reporter'] as const;
export type UnitSheetColumn = (typeof UNIT_SHEET_COLUMNS)[number];
const COL = Object.fromEntries(UNIT_SHEET_COLUMNS.map((c, i) => [c, i])) as Record<UnitSheetColumn, number>;

/** The first cell of the sheet's first row: which programme and unit the sheet was made for. */
const MARKER_PREFIX = 'convene-unit-sheet';
export const unitSheetMarker = (programmeId: string, unitId: string) => `${MARKER_PREFIX}|${programmeId}|${unitId}`;

/** The longest progress text kept (the channel's longText limit). */
export const MAX_PROGRESS_CHARS = 20_000;

export type UnitSheetReason = 'no_task_id' | 'unknown_task' | 'bad_date' | 'no_date' | 'no_text' | 'too_long' | 'duplicate';
export type UnitSheetProblem = 'not_unit_sheet' | 'unknown_programme';

/** A row the unit filled in, as read: not yet judged against the database. */
export interface UnitSheetCandidate {
  /** The sheet's row number (1-based), to find it again. */
  line: number;
  taskId: string;
  /** YYYY-MM-DD, or null when the cell is empty or not a date (see `rawDate`). */
  date: string | null;
  rawDate: string;
  text: string;
  reporter: string;
}

export type UnitSheetRead =
  | { ok: true; programmeId: string; unitId: string; candidates: UnitSheetCandidate[] }
  | { ok: false; problem: UnitSheetProblem };

/** One row of the preview: a progress report to add, or a row not imported with its reason. */
export interface UnitSheetPreviewRow {
  line: number;
  status: 'new' | 'duplicate' | 'bad';
  reason: UnitSheetReason | null;
  /** The reason's detail (the unknown id, the unreadable date). */
  value?: string;
  taskId: string | null;
  /** The task's title from the database, never the sheet's. */
  taskTitle: string;
  date: string;
  text: string;
}

export interface UnitSheetPreview {
  programmeId: string;
  unitId: string;
  rows: UnitSheetPreviewRow[];
  counts: { added: number; duplicates: number; refused: number };
}

export interface UnitSheetImportResult {
  counts: UnitSheetPreview['counts'];
  skipped: UnitSheetPreviewRow[];
  /** Takes the import back: the reports it added, by id and creation stamp. */
  undo: { at: string; progressIds: string[] };
}

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date as a unit writes it: what a date cell gives (2026-12-06, also with a time), 2026/12/6,
 * 2026.12.6, 2026年12月6日, or a bare Excel day number (a date cell whose format was lost).
 */
export function readSheetDate(text: string): string | null {
  const s = text.trim();
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(s);
  if (ymd) return realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (/^\d{5}$/.test(s)) {
    // Excel's day 25569 is 1970-01-01.
    const day = new Date((Number(s) - 25569) * 86_400_000);
    return realDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  return null;
}

/**
 * The rows of a returned sheet as candidates. The marker row must come first (it is locked and its
 * column hidden); the header row after it is skipped. A row with nothing in the three fill-in
 * columns is a task the unit did not report on, and is not listed.
 */
export function readUnitSheet(rows: readonly (readonly string[])[]): UnitSheetRead {
  const marker = (rows[0]?.[0] ?? '').trim().split('|');
  if (marker.length !== 3 || marker[0] !== MARKER_PREFIX || !marker[1] || !marker[2]) return { ok: false, problem: 'not_unit_sheet' };
  const candidates: UnitSheetCandidate[] = [];
  rows.forEach((row, index) => {
    if (index < 2) return;
    const cell = (c: UnitSheetColumn) => (row[COL[c]] ?? '').trim();
    const rawDate = cell('date');
    const text = (row[COL.text] ?? '').trim();
    const reporter = cell('reporter');
    if (!rawDate && !text && !reporter) return;
    candidates.push({ line: index + 1, taskId: cell('key'), date: rawDate ? readSheetDate(rawDate) : null, rawDate, text, reporter });
  });
  return { ok: true, programmeId: marker[1], unitId: marker[2], candidates };
}

/** Why a row was not imported, in words. */
export function unitSheetReasonText(row: Pick<UnitSheetPreviewRow, 'reason' | 'value'>, locale: Locale): string {
  return row.reason ? translatorFor(locale)(`unitSheet:reason.${row.reason}`, { value: row.value ?? '' }) : '';
}

export function unitSheetProblemText(problem: UnitSheetProblem, locale: Locale): string {
  return translatorFor(locale)(`unitSheet:problem.${problem}`);
}
