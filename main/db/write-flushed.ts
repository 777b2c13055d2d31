import fs from 'node:fs';

/**
 * Writes `bytes` to a new file (refusing one that exists) and flushes it to the disk before closing:
 * the first half of an atomic write, whose caller then moves the file into place.
 */
export function writeFlushed(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
