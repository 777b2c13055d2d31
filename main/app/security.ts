import type { Session, WebContents, WebPreferences } from 'electron';
// One policy for both transports, defined once beside the HTTP host's static file server (it is a
// plain string, no Node in it). The app:// scheme sends it with every file (main/app/protocol.ts) and
// the renderer's index.html repeats it in a meta tag.
import { CONTENT_SECURITY_POLICY } from '../host/http-static.js';

export { CONTENT_SECURITY_POLICY };

/**
 * Electron's security checklist, as small functions over the pieces they harden, so each rule can be
 * unit-tested with a fake and main.ts stays a list of calls.
 */

/** webPreferences of every window that shows our UI. */
export function secureWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from Google: an offline app must not call out.
    spellcheck: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}

/**
 * Sets our CSP on every response that goes through the network stack, replacing any policy already
 * there. Our own app:// responses carry it already (protocol.ts), and index.html has it in a meta tag:
 * three layers, so no one path can leave the page without it.
 */
export function installCsp(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders });
  });
}

/**
 * Permissions our pages may use. Writing (never reading) the clipboard lets a "copy" button work;
 * everything else (camera, microphone, location, notifications, USB, ...) is refused.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

export function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export interface GuardOptions {
  /** Our own index page (app://convene/index.html): the only place a window may navigate to (a reload, a hash route). */
  isAppUrl(url: string): boolean;
  /**
   * A page asked for a link to the web: opened in the user's browser or not, as external-links.ts
   * decides (our own pages at once, others after the user confirms). Only ever called with https URLs.
   */
  openExternal(url: string): void;
  /**
   * The session id when `url` is our own projector route (app-files.ts projectorRouteOf), else null.
   * Such a window.open (the session tabs' link, a middle click) opens the projector window instead.
   */
  projectorRouteOf(url: string): string | null;
  /** Opens the projector window, if `contents` is one of our UI windows (checked by the caller). */
  openProjector(contents: GuardedContents, sessionId: string): void;
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every WebContents Electron creates (app 'web-contents-created'), so no window, dialog
 * or future projector view escapes it: no navigation away from our page, no new windows, no webviews.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!options.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!options.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!options.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Never a window of Electron's making: our projector has its own, hardened and placed on the
    // second display.
    const projectorSession = options.projectorRouteOf(url);
    if (projectorSession !== null) {
      options.openProjector(contents, projectorSession);
      return { action: 'deny' };
    }
    // A link to the web (a help page, a plan document online) opens in the user's browser, never
    // inside Convene; plain http is not opened at all.
    if (isHttpsUrl(url)) options.openExternal(url);
    return { action: 'deny' };
  });
}
