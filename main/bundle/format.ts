/** The `.convene` file format: a zip of exactly these two entries. */
export const FORMAT = 'convene-bundle';
/** Bumped when data.json changes shape; older Convenes refuse newer bundles instead of guessing. */
export const FORMAT_VERSION = 1;
export const MIME = 'application/x-convene-bundle';

export const MANIFEST_FILE = 'manifest.json';
export const DATA_FILE = 'data.json';
export const ENTRY_NAMES: readonly string[] = [MANIFEST_FILE, DATA_FILE];
/** The bytes of a file attached to a task travel beside the rows as files/<sha256>, one entry per content. */
export const FILE_ENTRY = /^files\/([0-9a-f]{64})$/;
export const fileEntryName = (sha256: string) => `files/${sha256}`;

/**
 * Refusal limits, checked on the sizes the zip declares before anything is inflated. fflate inflates
 * into a buffer of the declared size, so a lying header yields a cut-off entry (then a checksum
 * mismatch), never more memory than declared.
 */
export const LIMITS = {
  totalBytes: 200 * 1024 * 1024,
  /** manifest.json is a few hundred bytes. */
  manifestBytes: 64 * 1024,
  /**
   * Rows of all tables together, as the manifest declares them (and data.json must then hold):
   * a programme of a year of weekly sessions is ~20,000 rows, the 100,000-note bench database
   * ~110,000. JSON.parse builds at most this many rows, so a refused bundle costs bounded memory.
   */
  totalRows: 1_000_000,
  /** Attached files' entries (files/<sha256>): far more than a programme's tasks carry. */
  files: 10_000,
  /** A refusal names at most this many wrong rows or fields: enough to see the pattern, never millions. */
  issues: 20,
  /** A zip of zeros (the classic bomb) inflates ~1000:1. */
  maxRatio: 100,
  /**
   * Rows as JSON repeat their keys, so real data.json compresses well: UUID-keyed rows ~15:1, but
   * 20,000 identical one-word notes with sequential ids (a synthetic extreme) reach ~110:1 at 8 MB.
   * So the ratio is held only against entries above this size, where such a bundle has no business.
   */
  ratioFrom: 8 * 1024 * 1024,
} as const;
