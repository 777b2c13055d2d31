/**
 * PDF in the Electron shell: the export's standalone HTML printed by a hidden window that can do
 * nothing else. No JavaScript, sandboxed, no preload (so no bridge to the core), an in-memory session
 * of its own in which every request but the page itself and inline data: images is cancelled, no
 * permissions; the page also gets the print CSP. The window is destroyed when the PDF is made.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron';
import { AppError } from '../../shared/contract/result.js';
import { preparePage } from '../export/pdf/index.js';
import { makeScratchDir } from '../export/pdf/scratch.js';

type PrintWindow = Pick<BrowserWindow, 'loadFile' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'printToPDF'>;
};
type PrintSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

export interface PrintDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  /** session.fromPartition from electron. */
  fromPartition(partition: string, options?: { cache?: boolean }): PrintSession;
  timeoutMs?: number;
}

/** Without "persist:" the partition lives in memory only: no cookies, cache or storage on disk. */
export const PRINT_PARTITION = 'convene-print';

/** A4, backgrounds (table header shading) printed; an @page rule of the page (A4 landscape) wins. */
export const PDF_OPTIONS: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true };

export function printWindowOptions(session: PrintSession): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi: the page lays out at the width it prints at.
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
      session: session as Session,
    },
  };
}

/** The URLs the print session lets through: the pages being printed now. Everything else is cancelled. */
const allowed = new Set<string>();
const lockedDown = new WeakSet<object>();

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

/** Applied once per session: the request filter, and no permission of any kind. */
export function lockDownPrintSession(session: PrintSession): void {
  if (lockedDown.has(session)) return;
  lockedDown.add(session);
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    callback({ cancel: !(url.startsWith('data:') || allowed.has(withoutFragment(url))) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Returns a printer with htmlToPdf's shape, for the export service inside Electron. The HTML is
 * written to a private temp file (a data: URL would hit Chromium's 2 MB URL limit on long minutes).
 */
export function createPdfPrinter(deps: PrintDeps): (html: string) => Promise<Buffer> {
  return async (html) => {
    const session = deps.fromPartition(PRINT_PARTITION, { cache: false });
    lockDownPrintSession(session);
    const dir = makeScratchDir('print');
    const file = path.join(dir, 'minutes.html');
    const url = pathToFileURL(file).href;
    fs.writeFileSync(file, preparePage(html));
    allowed.add(url);
    const win = new deps.BrowserWindow(printWindowOptions(session));
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AppError('invalid_state', { reason: 'pdf_failed' })), deps.timeoutMs ?? 60_000);
      });
      const print = (async () => {
        await win.loadFile(file);
        return win.webContents.printToPDF(PDF_OPTIONS);
      })();
      // When the timeout wins, the print's own later failure (the window is gone) is not news.
      print.catch(() => {});
      return Buffer.from(await Promise.race([print, timeout]));
    } finally {
      clearTimeout(timer);
      allowed.delete(url);
      if (!win.isDestroyed()) win.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
