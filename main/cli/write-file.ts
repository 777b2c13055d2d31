import fs from 'node:fs';
import path from 'node:path';
import { writeFlushed } from '../db/write-flushed.js';
import { CliError } from './command.js';
import { reasonOf } from './open-errors.js';

/**
 * Writes `bytes` to `file` so that a reader never sees half a file: into a temporary file beside
 * it, flushed, then moved into place. Without `overwrite` the move is a hard link, which fails
 * rather than replace a file that appeared in the meantime.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array, { overwrite }: { overwrite: boolean }): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new CliError(`the folder ${dir} does not exist`);
  if (!overwrite && fs.existsSync(file)) throw new CliError(`${file} already exists: choose another --out, or add --force to replace it`);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFlushed(temp, bytes);
    if (overwrite) {
      fs.renameSync(temp, file);
      return;
    }
    try {
      fs.linkSync(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new CliError(`${file} already exists: choose another --out, or add --force to replace it`);
      // Some file systems (FAT on a USB stick) have no hard links: checked above, so move it.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      fs.renameSync(temp, file);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${file}: ${reasonOf(error)}`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
