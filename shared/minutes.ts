/** Minutes, exports and bundles (issue 5/7). */
import type { Locale } from './contract/fields.js';

export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesState = (typeof MINUTES_STATUSES)[number];

/**
 * The minutes as a stored, editable document: generated from the session, then corrected by the
 * secretary field by field. Every text is what the office will print; the exporters only lay it out.
 * The blocks follow 会议纪要 practice: 时间, 地点, 主持, 出席 (by category), 列席, 请假, 缺席, 记录;
 * the body; then 分送/抄送 and the 印发 line (issuing office and date).
 */
export interface MinutesDocument {
  title: string;
  /** 文号, e.g. "清政办纪〔2027〕1号"; optional: printed under the title when given. */
  docNumber: string;
  /** e.g. "2027年1月11日 09:00–12:00、14:30–17:30". */
  time: string;
  venue: string;
  chair: string;
  recorder: string;
  /** Present (出席) by recorded presence, grouped by category, in the order the office lists them. */
  attendees: { group: string; names: string[] }[];
  /** 列席: observers and invited guests who were there; their own block, never inside 出席. */
  observers: string[];
  /** Absent with leave (请假). */
  excused: string[];
  /** Absent without leave. */
  absent: string[];
  /**
   * Invited, but nobody recorded whether they came: a plain field of its own. When no presence was
   * recorded at all, every name is here and the minutes say "未记录出席情况" under 出席.
   */
  unrecorded: string[];
  agenda: { title: string; presenter: string; planned: string; actual: string }[];
  /**
   * What was said, per agenda item and speaker. `unit` is what follows the name in brackets: the
   * speaker's position (副县长), or the unit when the directory has no position.
   */
  discussion: { item: string; speakers: { speaker: string; unit: string; points: string[] }[] }[];
  decisions: string[];
  actions: { no: number; task: string; lead: string; co: string; deadline: string; deliverable: string; status: string }[];
  /** Free text the secretary adds at the end (e.g. 会议要求). */
  closing: string;
  /** 分送: who receives the minutes. */
  distribution: string;
  /** 抄送: who gets a copy for information. */
  copyTo: string;
  /** 印发 line: the issuing office ("清源县人民政府办公室"). */
  issuer: string;
  /** 印发 date, YYYY-MM-DD; empty: the day of the export in the programme's time zone. */
  issueDate: string;
}

/** Whether nobody's presence was recorded: the 出席 line then says attendance was not taken. */
export const attendanceNotTaken = (doc: MinutesDocument): boolean =>
  doc.attendees.every((g) => g.names.length === 0) && doc.observers.length === 0 && doc.excused.length === 0 && doc.absent.length === 0;

/**
 * Minutes stored before the 会议纪要 blocks (issue 3/7) had observers, people never recorded and
 * "attendance was not taken" as groups inside `attendees`, and none of the new fields. Such
 * documents live in databases, in .convene bundles and in editors' local backups, so they are read
 * tolerantly wherever a document comes in (one reader rather than a migration that would reach only
 * the database). The old groups are recognised by the words the old drafts wrote, in both languages.
 */
const LEGACY_GROUPS = {
  observers: ['列席', 'Observers'],
  unrecorded: ['未登记到会', 'Presence not recorded'],
  notTaken: ['出席情况', 'Attendance'],
};

export function upgradeMinutesDocument(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const doc = raw as Record<string, unknown>;
  if ('observers' in doc) return raw;
  const groups = Array.isArray(doc.attendees) ? (doc.attendees as { group?: unknown; names?: unknown }[]) : [];
  const namesOf = (words: string[]) =>
    groups.filter((g) => typeof g?.group === 'string' && words.includes(g.group) && Array.isArray(g.names)).flatMap((g) => g.names as unknown[]);
  const legacy = [...LEGACY_GROUPS.observers, ...LEGACY_GROUPS.unrecorded, ...LEGACY_GROUPS.notTaken];
  return {
    title: doc.title,
    docNumber: '',
    time: doc.time,
    venue: doc.venue,
    chair: doc.chair,
    recorder: doc.recorder,
    attendees: groups.filter((g) => !(typeof g?.group === 'string' && legacy.includes(g.group))),
    observers: namesOf(LEGACY_GROUPS.observers),
    excused: doc.excused,
    absent: doc.absent,
    unrecorded: namesOf(LEGACY_GROUPS.unrecorded),
    agenda: doc.agenda,
    discussion: doc.discussion,
    decisions: doc.decisions,
    actions: doc.actions,
    closing: doc.closing,
    distribution: '',
    copyTo: '',
    issuer: '',
    issueDate: '',
  };
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

export const EXPORT_KINDS = ['minutes', 'tasks', 'opinions', 'agenda', 'signin', 'namecards', 'seating', 'followup-digest', 'followup-ledger'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which formats each export offers. PDF is produced from the HTML (Electron prints it; a browser prints it). */
export const FORMATS_OF: Record<ExportKind, readonly ExportFormat[]> = {
  minutes: ['docx', 'pdf', 'md', 'html'],
  tasks: ['docx', 'xlsx', 'csv', 'md', 'html', 'pdf'],
  opinions: ['docx', 'xlsx', 'csv', 'md', 'html', 'pdf'],
  agenda: ['docx', 'md', 'html', 'pdf'],
  // The room's paper (sign-in sheet, name cards, seating plan) is printed: Word to adjust, PDF to print.
  signin: ['docx', 'pdf'],
  namecards: ['docx', 'pdf'],
  seating: ['docx', 'pdf'],
  // 督办通报 is a document to send (GB/T 9704); 督办台账 a table to keep and filter.
  'followup-digest': ['docx', 'pdf'],
  'followup-ledger': ['xlsx', 'docx'],
};

/** The follow-up exports, of a programme as of a chosen day (issue 17). */
export const FOLLOWUP_KINDS: readonly ExportKind[] = ['followup-digest', 'followup-ledger'];

/** Exports of one session only: no programme-wide version of them exists. */
export const SESSION_ONLY_KINDS: readonly ExportKind[] = ['minutes', 'agenda', 'signin', 'namecards', 'seating'];

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

/**
 * Every text of stored minutes, in document order, one space between fields: what a search finds
 * the minutes by (main/core/search-index.ts). Reads any JSON tolerantly (an older shape, a damaged
 * field): every string anywhere in it counts, field names never do.
 */
export function minutesPlainText(document: unknown): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const text = value.replace(/\s+/g, ' ').trim();
      if (text) parts.push(text);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(walk);
    }
  };
  walk(document);
  return parts.join(' ');
}
