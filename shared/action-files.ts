/** Files attached to a task (issue 17): to a progress report, or as the deliverable of 办结. */

export const FILE_ROLES = ['progress', 'deliverable'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

/** The largest file one attach takes (the error names it in MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);
export const MAX_FILE_NAME = 200;

export interface ActionFile {
  id: string;
  actionId: string;
  progressId: string | null;
  role: FileRole;
  name: string;
  sha256: string;
  size: number;
  mime: string;
  createdAt: string;
}

// Names Windows reserves for devices, with or without an extension (CON.txt is no file name there).
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// Control characters and the characters no file system of ours takes in a name.
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/**
 * The name a file is kept and offered back under: only its last path part, without control or
 * reserved characters (each becomes "_"), no leading or trailing dots or spaces, not a device name,
 * at most MAX_FILE_NAME characters with its extension kept. Null when nothing usable is left.
 */
export function cleanFileName(raw: string): string | null {
  const last = raw.split(/[/\\]/).pop() ?? '';
  let name = last.normalize('NFC').replace(UNSAFE, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  if (name === '' || /^_+$/.test(name)) return null;
  if (RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, MAX_FILE_NAME - extension.length) + extension;
  }
  return name;
}

/** What the browser is told the bytes are, by the extension; anything else is plain bytes. */
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  zip: 'application/zip',
};

export function mimeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && MIME[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/** A size as people read it: 1.2 MB, 34 KB, 512 B. */
export function fileSizeLabel(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
}
