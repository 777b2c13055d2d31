import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR_ENV } from '../db/paths.js';

/**
 * Electron's `app.getPath('userData')` for productName "Convene", so the CLI and the desktop app
 * open the same data folder without being told.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Convene');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Convene');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Convene');
}

/** `--data` wins, then CONVENE_DATA_DIR, then the per-user default. */
export function dataDirFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined) return path.resolve(option);
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv && fromEnv.trim()) return path.resolve(fromEnv);
  return defaultDataDir(process.platform, env);
}

/** Convene's own folder (holding package.json): the same code runs from main/cli (tsx) and dist/main/cli. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'convene') return dir;
    } catch {
      // not here; keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the Convene package folder');
    dir = parent;
  }
}
