/** Minutes, exports and bundles (issue 5/7). */
import type { Locale } from './contract/fields.js';

export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesState = (typeof MINUTES_STATUSES)[number];

/**
 * The minutes as a stored, editable document: generated from the session, then corrected by the
 * secretary field by field. Every text is what the office will print; the exporters only lay it out.
 */
export interface MinutesDocument {
  title: string;
  /** e.g. "2027年1月11日 09:00–12:00、14:30–17:30". */
  time: string;
  venue: string;
  chair: string;
  recorder: string;
  /** Present attendees grouped by category, in the order the office lists them. */
  attendees: { group: string; names: string[] }[];
  /** Absent with leave (请假). */
  excused: string[];
  /** Absent without leave. */
  absent: string[];
  agenda: { title: string; presenter: string; planned: string; actual: string }[];
  /** What was said, per agenda item and speaker. */
  discussion: { item: string; speakers: { speaker: string; unit: string; points: string[] }[] }[];
  decisions: string[];
  actions: { no: number; task: string; lead: string; co: string; deadline: string; deliverable: string; status: string }[];
  /** Free text the secretary adds at the end (e.g. 会议要求). */
  closing: string;
}

export interface MinutesVersion {
  sessionId: string;
  version: number;
  status: MinutesState;
  locale: Locale;
  document: MinutesDocument;
  updatedAt: string;
  approvedAt: string | null;
}

export interface MinutesView {
  current: MinutesVersion | null;
  versions: { version: number; status: MinutesState; updatedAt: string; approvedAt: string | null }[];
}

export const EXPORT_KINDS = ['minutes', 'tasks', 'opinions', 'agenda'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which formats each export offers. PDF is produced from the HTML (Electron prints it; a browser prints it). */
export const FORMATS_OF: Record<ExportKind, readonly ExportFormat[]> = {
  minutes: ['docx', 'pdf', 'md', 'html'],
  tasks: ['docx', 'xlsx', 'csv', 'md', 'html', 'pdf'],
  opinions: ['docx', 'xlsx', 'csv', 'md', 'html', 'pdf'],
  agenda: ['docx', 'md', 'html', 'pdf'],
};

export const MIME_OF: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * Where a PDF export stands (they print one at a time): waiting with `ahead` exports before it (the
 * one printing included), printing, or not known (finished, or never asked for).
 */
export type ExportProgress = { state: 'queued'; ahead: number } | { state: 'rendering' } | { state: 'none' };

export interface ExportedFile {
  fileName: string;
  mime: string;
  /** The file's bytes, base64: the same answer travels over IPC and HTTP. */
  base64: string;
  bytes: number;
}

export const BUNDLE_EXTENSION = '.convene';

export interface BundleImportResult {
  programmeId: string;
  /** Rows written per table; 0 everywhere when the bundle was already here. */
  inserted: Record<string, number>;
  /** Rows that were already present (same stable id) and left as they were. */
  skipped: number;
}
