import { crc32 } from 'node:zlib';
import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../shared/contract/result.js';
import { DATA_FILE, ENTRY_NAMES, FILE_ENTRY, fileEntryName, LIMITS, MANIFEST_FILE } from './format.js';
import { refuse } from './refusal.js';

export interface BundleFiles {
  manifest: Uint8Array;
  data: Uint8Array;
  /** Attached files' bytes by their sha256. */
  attachments?: ReadonlyMap<string, Uint8Array>;
}

/** Writes the entries; `mtime` fixed to the export time so the same export gives the same bytes. */
export function pack(files: BundleFiles, mtime: Date): Uint8Array {
  const attached = Object.fromEntries([...(files.attachments ?? [])].sort(([a], [b]) => a.localeCompare(b)).map(([sha256, bytes]) => [fileEntryName(sha256), bytes]));
  return zipSync({ [MANIFEST_FILE]: files.manifest, [DATA_FILE]: files.data, ...attached }, { level: 6, mtime });
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EXPECTED_NAMES = [...ENTRY_NAMES].sort();

/** A bundle's zip, its directory checked: the manifest inflated, the data inflated only when asked for. */
export interface BundleArchive {
  manifest: Uint8Array;
  /** data.json, inflated into a buffer of the size the directory declares (checked against the limits). */
  data(): Uint8Array;
  /** The sha256 of every attached file's entry (files/<sha256>). */
  attachments: string[];
  /** One attached file's bytes, inflated and CRC-checked (its hash is the reader's to check). */
  attachment(sha256: string): Uint8Array;
}

/**
 * Opens a bundle, refusing before inflating anything when the zip's own directory says it is not a
 * bundle or is too large (a zip bomb). The manifest is inflated first, so what it declares can
 * refuse the bundle before the data is inflated. fflate inflates an entry into a buffer of its
 * declared size and never grows it, so an entry that inflates to more than its header says is cut
 * off there (and then fails its checksum): the declared sizes, capped here, are a hard cap on the
 * bytes inflated. fflate errors (truncation, bad deflate data, a directory pointing outside the
 * file) are damage.
 */
export function unpack(bytes: Uint8Array): BundleArchive {
  if (bytes.length < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) throw refuse('bundle_not_convene');
  const entries: UnzipFileInfo[] = [];
  readZip(bytes, (entry) => {
    entries.push(entry);
    // More entries than a bundle has: stop reading a directory that may list thousands.
    if (entries.length > ENTRY_NAMES.length + LIMITS.files) throw refuse('bundle_not_convene');
    return false;
  });
  checkEntries(entries);
  const crcs = directoryCrcs(bytes);
  const entry = (name: string) => {
    const content = readZip(bytes, (e) => e.name === name)[name]!;
    // The manifest has no checksum of its own (data.json's is in it): the zip's CRC-32 is what
    // tells a damaged manifest (an altered date or version that still parses) from the one written.
    if (crcs.get(name) !== crc32(content)) throw refuse('bundle_damaged');
    return content;
  };
  const attachments = entries.map((e) => FILE_ENTRY.exec(e.name)?.[1]).filter((sha256): sha256 is string => sha256 !== undefined);
  return { manifest: entry(MANIFEST_FILE), data: () => entry(DATA_FILE), attachments, attachment: (sha256) => entry(fileEntryName(sha256)) };
}

/**
 * Each entry's CRC-32 as the zip's central directory records it. fflate inflates but never checks
 * CRCs, and exposes neither them nor a way to ask, so these few lines read the directory fflate has
 * just walked without error (the same end record and entry layout, PKWARE APPNOTE 4.3.12/4.3.16).
 */
function directoryCrcs(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = bytes.length - 22;
  while (end >= 0 && u32(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw refuse('bundle_damaged');
  const crcs = new Map<string, number>();
  let at = u32(end + 16);
  for (let i = 0; i < u16(end + 10); i += 1) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw refuse('bundle_damaged');
    const nameLength = u16(at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    crcs.set(name, u32(at + 16));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return crcs;
}

function readZip(bytes: Uint8Array, filter: (entry: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('bundle_damaged');
  }
}

function checkEntries(entries: readonly UnzipFileInfo[]): void {
  // Exactly the manifest and the data, plus attached files' entries (each content once), nothing else.
  const names = entries.map((e) => e.name).filter((name) => !FILE_ENTRY.test(name)).sort();
  const attached = entries.filter((e) => FILE_ENTRY.test(e.name)).map((e) => e.name);
  if (names.length !== ENTRY_NAMES.length || names.some((name, i) => name !== EXPECTED_NAMES[i]) || new Set(attached).size !== attached.length) {
    throw refuse('bundle_not_convene');
  }
  const tooLarge = () => refuse('bundle_too_large', { limit: megabytes(LIMITS.totalBytes) });
  let total = 0;
  for (const entry of entries) {
    // Stored (0) and deflated (8) are what zip writers use; anything else is not from Convene.
    if (entry.compression !== 0 && entry.compression !== 8) throw refuse('bundle_damaged');
    // A stored entry is copied at its stored size: both sizes count.
    const size = Math.max(entry.originalSize, entry.size);
    if (entry.name === MANIFEST_FILE && size > LIMITS.manifestBytes) throw tooLarge();
    total += size;
    const ratio = entry.originalSize / Math.max(1, entry.size);
    if (entry.originalSize > LIMITS.ratioFrom && ratio > LIMITS.maxRatio) throw tooLarge();
  }
  if (total > LIMITS.totalBytes) throw tooLarge();
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
