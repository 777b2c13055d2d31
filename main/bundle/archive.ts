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

/**
 * Reads a bundle's two entries, refusing before inflating anything when the zip's own directory
 * says it is not a bundle or is too large (a zip bomb). fflate errors (truncation, bad deflate
 * data, a directory pointing outside the file) are damage.
 */
export function unpack(bytes: Uint8Array): BundleFiles {
  if (bytes.length < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) throw refuse('bundle_not_convene');
  const entries: UnzipFileInfo[] = [];
  readZip(bytes, (entry) => {
    entries.push(entry);
    // More entries than a bundle has: stop reading a directory that may list thousands.
    if (entries.length > ENTRY_NAMES.length) throw refuse('bundle_not_convene');
    return false;
  });
  checkEntries(entries);
  const files = readZip(bytes, () => true);
  return { manifest: files[MANIFEST_FILE]!, data: files[DATA_FILE]! };
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
  let total = 0;
  for (const entry of entries) {
    // Stored (0) and deflated (8) are what zip writers use; anything else is not from Convene.
    if (entry.compression !== 0 && entry.compression !== 8) throw refuse('bundle_damaged');
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(1, entry.size);
    if (entry.originalSize > LIMITS.ratioFrom && ratio > LIMITS.maxRatio) throw refuse('bundle_too_large', { limit: megabytes(LIMITS.totalBytes) });
  }
  if (total > LIMITS.totalBytes) throw refuse('bundle_too_large', { limit: megabytes(LIMITS.totalBytes) });
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));
