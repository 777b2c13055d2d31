import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the shell finds its own files, from the folder of the compiled main.js (dist/main/app/). */
export interface AppFiles {
  /** The built renderer, loaded with loadFile (the renderer routes with the hash). */
  indexHtml: string;
  /** The sandboxed preload, emitted by tsc from main/app/preload.cts. */
  preload: string;
  /** indexHtml as the file:// URL Chromium reports for it, without hash or query. */
  indexUrl: string;
}

export function appFiles(mainDir: string): AppFiles {
  const indexHtml = path.resolve(mainDir, '..', '..', 'renderer', 'index.html');
  return {
    indexHtml,
    preload: path.resolve(mainDir, 'preload.cjs'),
    indexUrl: pathToFileURL(indexHtml).href,
  };
}

function withoutHash(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * True for our index page, whatever its hash route: the only document allowed to live in our windows
 * and to call the core. A query string is refused too: nothing of ours uses one, so it is not ours.
 */
export function isAppUrl(url: string, files: Pick<AppFiles, 'indexUrl'>): boolean {
  const candidate = withoutHash(url);
  if (candidate === null || !candidate.startsWith('file:')) return false;
  const ours = withoutHash(files.indexUrl);
  // Windows file URLs may differ in drive-letter case between Node and Chromium.
  return process.platform === 'win32' ? candidate.toLowerCase() === ours?.toLowerCase() : candidate === ours;
}
