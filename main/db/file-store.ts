import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFlushed } from './write-flushed.js';

/**
 * The bytes of attached files, kept in the data folder by content: files/<sha256[0..2]>/<sha256>.
 * The core reaches them only through this interface (HostServices.files), as it reaches the clock:
 * the runtime gives it the store of the open data folder, tests may give a store of their own.
 */
export interface FileStore {
  /** Keeps the bytes (once per content) and answers their hash and size. */
  put(bytes: Uint8Array): { sha256: string; size: number };
  /** The bytes kept under this hash, or null when the folder does not have them. */
  get(sha256: string): Buffer | null;
  has(sha256: string): boolean;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const HASH = /^[0-9a-f]{64}$/;

export function fileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files');
  const where = (sha256: string) => {
    // A hash is 64 hex digits: never a path that leaves the folder.
    if (!HASH.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return path.join(root, sha256.slice(0, 2), sha256);
  };
  const has = (sha256: string) => fs.existsSync(where(sha256));
  return {
    has,
    put(bytes) {
      const sha256 = sha256Of(bytes);
      const file = where(sha256);
      // Same content, same name: a file already kept is never written again (nor overwritten).
      if (fs.existsSync(file)) return { sha256, size: bytes.length };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Atomic: written whole to a temporary name beside it, flushed, then renamed into place, so a
      // crash leaves either no file or the whole file, never a half one under the hash's name.
      const temp = `${file}.${randomUUID()}.tmp`;
      try {
        writeFlushed(temp, bytes);
        fs.renameSync(temp, file);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
      return { sha256, size: bytes.length };
    },
    get(sha256) {
      try {
        return fs.readFileSync(where(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
