import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'scripts', 'convene.mjs');

/**
 * Runs `convene ARGS…` from the sources in a child process, in `folder()` (also where the default
 * data folder goes, so a test that forgets --data writes nothing outside it).
 */
export function cliIn(folder: () => string) {
  return (...args: string[]) => {
    const cwd = folder();
    const env = { ...process.env, CONVENE_FROM_SOURCE: '1', CONVENE_DATA_DIR: path.join(cwd, 'default-data') };
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
