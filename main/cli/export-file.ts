import fs from 'node:fs';
import path from 'node:path';
import type { AppErrorPayload, Result } from '../../shared/contract/result.js';
import type { ExportedFile } from '../../shared/minutes.js';
import type { Service } from '../service/service.js';
import { CliError, type Io } from './command.js';
import { openExistingRuntime } from './open-existing.js';
import { writeFileAtomic } from './write-file.js';

/**
 * Runs one export call on the data folder and writes its file: `out` (else the export's own name,
 * in the current folder), never over an existing file unless `overwrite`; prints the path. The
 * folder is only read, so no at-quit backup.
 */
export async function exportToFile(
  dataDir: string,
  target: { out: string | undefined; overwrite: boolean; /** Checks that need the target settled first (PDF: Chromium). */ ready?: () => void },
  call: (service: Service) => Promise<Result<unknown>>,
  describe: (error: AppErrorPayload) => string,
  io: Io,
): Promise<number> {
  const out = target.out === undefined ? undefined : path.resolve(target.out);
  if (out && !target.overwrite && fs.existsSync(out)) throw new CliError(`${out} already exists: choose another --out, or add --force to replace it`);
  target.ready?.();
  const runtime = openExistingRuntime(dataDir);
  let file: ExportedFile;
  try {
    const result = await call(runtime.service);
    if (!result.ok) throw new CliError(describe(result.error));
    file = result.value as ExportedFile;
  } finally {
    // Exporting only reads: no at-quit backup.
    runtime.close({ backup: false });
  }
  const written = out ?? path.resolve(file.fileName);
  writeFileAtomic(written, Buffer.from(file.base64, 'base64'), { overwrite: target.overwrite });
  io.out(written);
  return 0;
}
