import { unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../shared/contract/result.js';
import { DATA_FILE, ENTRY_NAMES, LIMITS, MANIFEST_FILE } from './format.js';
import { refuse } from './refusal.js';

export interface BundleFiles {
  manifest: Uint8Array;
  data: Uint8Array;
}

/** Writes the two entries; `mtime` fixed to the export time so the same export gives the same bytes. */
export function pack(files: BundleFiles, mtime: Date): Uint8Array {
  return zipSync({ [MANIFEST_FILE]: files.manifest, [DATA_FILE]: files.data }, { level: 6, mtime });
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EXPECTED_NAMES = [...ENTRY_NAMES].sort();

/** A bundle's zip, its directory checked: the manifest inflated, the data inflated only when asked for. */
export interface BundleArchive {
  manifest: Uint8Array;
  /** data.json, inflated into a buffer of the size the directory declares (checked against the limits). */
  data(): Uint8Array;
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
    if (entries.length > ENTRY_NAMES.length) throw refuse('bundle_not_convene');
    return false;
  });
  checkEntries(entries);
  const entry = (name: string) => readZip(bytes, (e) => e.name === name)[name]!;
  return { manifest: entry(MANIFEST_FILE), data: () => entry(DATA_FILE) };
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
  const names = entries.map((e) => e.name).sort();
  if (names.length !== ENTRY_NAMES.length || names.some((name, i) => name !== EXPECTED_NAMES[i])) {
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
