import fs from 'node:fs';
import { CliError } from './command.js';

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/**
 * Reads a file the user named, after checking what it is and how big: a 1 GB file read whole and
 * turned into one string died with "Cannot create a string longer than 0x1fffffe8 characters". The
 * size is read first (stat; a sparse file costs nothing to stat), and anything over `limit` is
 * refused in words before a byte of it is read.
 */
export function readInputFile(file: string, limit: number, what: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${file} does not exist`);
    throw error;
  }
  if (!stat.isFile()) throw new CliError(`${file} is not a file`);
  if (stat.size > limit) {
    throw new CliError(`${file} is ${megabytes(stat.size)}, more than any ${what} can be (at most ${megabytes(limit)}): it is not one, or it is damaged. Nothing was read or changed.`);
  }
  return fs.readFileSync(file);
}
