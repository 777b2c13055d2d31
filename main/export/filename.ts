/**
 * File names for exports: readable, in the export's language, and safe to save on Windows, macOS and
 * Linux, e.g. `常委会层面战略对接研讨会-会议纪要-2027-01-11.docx`.
 */
import type { Locale } from '../../shared/contract/fields.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import type { ExportFormat, ExportKind } from '../../shared/minutes.js';

/**
 * Reserved or unsafe somewhere: Windows' forbidden characters, C0/C1 controls, and the bidi controls
 * that can make "cod.exe" look like "exe.doc" in a file manager.
 */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Windows refuses these as the part of a name before its first dot, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
/** Most file systems allow 255 bytes (ext4) or 255 UTF-16 units (NTFS, APFS); stay well inside both. */
const MAX_NAME_BYTES = 200;

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Drops what no file system accepts, folds runs of blanks into one hyphen, trims dots and hyphens.
 * A title's spaced separator (" · ") becomes one hyphen too, not "-·-"; a name's own middle dot
 * (阿卜杜·热合曼) stays.
 */
export function safeNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+[·•]\s+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}

/** Cuts by whole characters (never half a surrogate pair) until the UTF-8 length fits. */
function fitBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && utf8Length(chars.join('')) > maxBytes) chars.pop();
  return chars.join('').replace(/[.-]+$/, '');
}

export interface FileNameParts {
  /** The session's title, or the programme's for a programme-wide export. */
  title: string;
  kind: ExportKind;
  /** YYYY-MM-DD: the session's first day, or the day of the export. */
  date: string;
  locale: Locale;
  format: ExportFormat;
  /** Minutes: the stored version exported, named in the file so two versions never share a name. */
  version?: number;
  approved?: boolean;
}

/** "第2版" / "v2", with "审定" / "approved" for an approved version. */
function versionPart(locale: Locale, version: number | undefined, approved: boolean | undefined): string {
  if (version === undefined) return '';
  return `-${translatorFor(locale)(approved ? 'document:fileName.approved' : 'document:fileName.draft', { version })}`;
}

/** `<title>-<kind>-<date>.<ext>`, the title shortened first when the name would be too long. */
export function exportFileName({ title, kind, date, locale, format, version, approved }: FileNameParts): string {
  const tail = `-${translatorFor(locale)(`document:fileName.${kind}`)}${versionPart(locale, version, approved)}-${safeNamePart(date)}.${format}`;
  let head = fitBytes(safeNamePart(title), MAX_NAME_BYTES - utf8Length(tail)) || 'Convene';
  if (WINDOWS_RESERVED.test(head)) head = `_${head}`;
  return `${head}${tail}`;
}
