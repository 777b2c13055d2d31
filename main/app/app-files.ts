import path from 'node:path';
import { id } from '../../shared/contract/fields.js';

/**
 * The UI is served from a custom `app://convene/` scheme (main/app/protocol.ts), not from file://.
 * Electron's security checklist prefers custom protocols: the page gets a real origin of its own
 * (so 'self' in the CSP means our files only, not the whole disk), and the packaged app can turn the
 * GrantFileProtocolExtraPrivileges fuse off (see electron-builder.yml).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'convene';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Where the shell finds its own files, from the folder of the compiled main.js (dist/main/app/). */
export interface AppFiles {
  /** The built renderer (dist/renderer): everything app:// serves, and nothing else. */
  rendererRoot: string;
  /** Its index page, on disk. */
  indexHtml: string;
  /** The sandboxed preload, emitted by tsc from main/app/preload.cts. */
  preload: string;
  /** The index page's URL (the renderer routes with the hash): app://convene/index.html. */
  indexUrl: string;
}

export function appFiles(mainDir: string): AppFiles {
  const rendererRoot = path.resolve(mainDir, '..', '..', 'renderer');
  return {
    rendererRoot,
    indexHtml: path.join(rendererRoot, 'index.html'),
    preload: path.resolve(mainDir, 'preload.cjs'),
    indexUrl: `${APP_ORIGIN}/index.html`,
  };
}

/** Our index page on a hash route, e.g. routeUrl(files, '/projector/abc'). */
export function routeUrl(files: Pick<AppFiles, 'indexUrl'>, route: string): string {
  return `${files.indexUrl}#${route.startsWith('/') ? route : `/${route}`}`;
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
 * Chromium reports app:// URLs in canonical form (lower-case host), so a plain comparison is exact.
 */
export function isAppUrl(url: string, files: Pick<AppFiles, 'indexUrl'>): boolean {
  const candidate = withoutHash(url);
  return candidate !== null && candidate === withoutHash(files.indexUrl);
}

/**
 * The session id of our own projector route (`app://convene/index.html#/projector/<id>`), or null for
 * any other URL: what a window.open from our page (the session tabs' link) asks the shell to show.
 */
export function projectorRouteOf(url: string, files: Pick<AppFiles, 'indexUrl'>): string | null {
  if (!isAppUrl(url, files)) return null;
  const match = /^#\/projector\/([^/?#]+)$/.exec(new URL(url).hash);
  if (!match) return null;
  let sessionId: string;
  try {
    sessionId = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  return id.safeParse(sessionId).success ? sessionId : null;
}
