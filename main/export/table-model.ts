/**
 * The shape of a table export (the task breakdown, the opinions report, the agenda), apart from
 * model.ts so that the models of each table (agenda-model.ts) and model.ts, which calls them, do not
 * import each other.
 */
import type { Locale } from '../../shared/contract/fields.js';

/** A table with a title: the shape of the task breakdown, the opinions report and the agenda. */
export interface TableModel {
  /** Document title, e.g. "清源县…专题研讨 任务分解表". */
  title: string;
  /** One line under the title: the session or programme, and the date of the export. */
  subtitle: string;
  columns: TableColumn[];
  rows: Record<string, string | number>[];
  /** "Label: value" lines between the title and the table (the agenda's time, venue, chair, attendees). */
  fields?: { label: string; value: string }[];
  /**
   * The rows split under headings (the agenda's days), for the printed formats; `rows` still holds
   * them all, in order. A part with an empty heading follows the previous part without one.
   */
  parts?: TablePart[];
  /** Each row at least this tall, in mm: the sign-in sheet leaves room to sign by hand. */
  rowHeightMm?: number;
  /**
   * The 发文字号 (文号) of the follow-up digest, as the 版头 prints it (GB/T 9704): centred above the
   * red separator line, before the title. Absent when none was given: no line, no red rule.
   */
  docNumber?: string;
}

/** Columns of counts (the follow-up digest and ledger): centred in Word and PDF alike. */
export const COUNT_COLUMNS = ['onTime', 'dueSoon', 'overdue', 'closed', 'closedLate', 'daysLate', 'reports'];

/** Rows under a heading; a part with columns of its own (the digest's three tables) prints them instead of the table's. */
export interface TablePart {
  heading: string;
  rows: Record<string, string | number>[];
  columns?: TableColumn[];
  /** A line printed when the part has no rows ("无。"), instead of an empty table. */
  empty?: string;
}

export interface TableColumn {
  key: string;
  label: string;
  /** Relative width; in a spreadsheet, the column width in characters. */
  width: number;
  /**
   * The row field holding this column's date as YYYY-MM-DD: text formats show `key` (a date in
   * words), spreadsheets write this as a real date so that it sorts and filters as one.
   */
  dateKey?: string;
}

export interface TableExportModel {
  kind: 'tasks' | 'opinions' | 'agenda' | 'signin' | 'directory' | 'followup-digest' | 'followup-ledger';
  locale: Locale;
  table: TableModel;
}
