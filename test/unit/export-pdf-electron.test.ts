/**
 * The Electron print path (main/app/print-pdf.ts) with a small stand-in for BrowserWindow and the
 * session: Electron's binary cannot run here. The stand-ins are typed against Electron's API (Pick<>),
 * so a change there breaks the type-check. What is checked is the hardening: options of the window,
 * the request filter and permissions of its session, the page it loads, and that it is destroyed.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, CallbackResponse, PrintToPDFOptions, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPdfPrinter, PRINT_PARTITION } from '../../main/app/print-pdf.js';

type BeforeRequest = (details: { url: string }, callback: (response: CallbackResponse) => void) => void;

class FakeSession {
  beforeRequest: BeforeRequest[] = [];
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((contents: unknown, permission: string) => boolean) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest) => {
      this.beforeRequest.push(listener);
    },
  } as unknown as Pick<Session['webRequest'], 'onBeforeRequest'>;
  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequest = handler as FakeSession['permissionRequest'];
  }
  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheck = handler as FakeSession['permissionCheck'];
  }
  /** What the filter answers for a URL. */
  allows(url: string): boolean {
    let cancel = true;
    for (const listener of this.beforeRequest) listener({ url }, (response) => (cancel = response.cancel ?? false));
    return !cancel;
  }
}

interface Behaviour {
  load?: 'ok' | 'hang';
  print?: 'ok' | 'fail';
}

function fakes(behaviour: Behaviour = {}) {
  const session = new FakeSession();
  const partitions: { partition: string; options: unknown }[] = [];
  const windows: FakeWindow[] = [];
  class FakeWindow implements Pick<BrowserWindow, 'loadFile' | 'destroy' | 'isDestroyed'> {
    destroyed = false;
    loaded: { file: string; html: string; allowedWhileLoaded: boolean } | null = null;
    printed: PrintToPDFOptions | null = null;
    readonly webContents: Pick<BrowserWindow['webContents'], 'printToPDF'> = {
      printToPDF: async (options: PrintToPDFOptions) => {
        this.printed = options;
        if (behaviour.print === 'fail') throw new Error('printing failed');
        return Buffer.from('%PDF-1.7 electron');
      },
    };
    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    loadFile(file: string): Promise<void> {
      const url = new URL(`file://${file}`).href;
      this.loaded = { file, html: fs.readFileSync(file, 'utf8'), allowedWhileLoaded: session.allows(url) };
      return behaviour.load === 'hang' ? new Promise(() => {}) : Promise.resolve();
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }
  const print = createPdfPrinter({
    BrowserWindow: FakeWindow,
    fromPartition: (partition, options) => {
      partitions.push({ partition, options });
      return session;
    },
    timeoutMs: 300,
  });
  return { print, session, partitions, windows };
}

const HTML = '<!doctype html><html><head><meta charset="utf-8"><title>纪要</title></head><body><h1>常委会层面战略对接研讨会</h1></body></html>';

describe('Electron: printing the HTML to PDF in a hidden, hardened window', () => {
  it('uses a hidden window with JavaScript off, sandboxed, no preload, in its own in-memory session', async () => {
    const { print, windows, partitions, session } = fakes();
    const pdf = await print(HTML);
    expect(pdf.toString()).toBe('%PDF-1.7 electron');
    expect(partitions).toEqual([{ partition: PRINT_PARTITION, options: { cache: false } }]);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    const [win] = windows;
    expect(win!.options.show).toBe(false);
    const prefs = win!.options.webPreferences!;
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false, webviewTag: false });
    expect(prefs.preload).toBeUndefined();
    expect(prefs.session).toBe(session);
  });

  it('prints A4 with backgrounds and destroys the window', async () => {
    const { print, windows } = fakes();
    await print(HTML);
    expect(windows[0]!.printed).toMatchObject({ pageSize: 'A4', printBackground: true });
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('loads the page from a private temp file with the print CSP, removed afterwards', async () => {
    const { print, windows } = fakes();
    await print(HTML);
    const loaded = windows[0]!.loaded!;
    expect(loaded.html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="script-src 'none';/);
    expect(loaded.html).toContain('<h1>常委会层面战略对接研讨会</h1>');
    expect(fs.existsSync(loaded.file)).toBe(false);
  });

  it('lets through only the page being printed and data: URLs; no network, no other file, no permission', async () => {
    const { print, session, windows } = fakes();
    await print(HTML);
    const page = new URL(`file://${windows[0]!.loaded!.file}`).href;
    expect(windows[0]!.loaded!.allowedWhileLoaded).toBe(true);
    // Once printed, not even the page itself.
    expect(session.allows(page)).toBe(false);
    expect(session.allows('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://example.com/x.png', 'http://127.0.0.1:8080/api', 'file:///etc/passwd', `${page}/../other.html`, 'ws://localhost/']) {
      expect(session.allows(url)).toBe(false);
    }
    const granted: boolean[] = [];
    session.permissionRequest!(null, 'media', (g) => granted.push(g));
    session.permissionRequest!(null, 'clipboard-sanitized-write', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(session.permissionCheck!(null, 'notifications')).toBe(false);
  });

  it('locks the session down once, however many prints', async () => {
    const { print, session } = fakes();
    await print(HTML);
    await print(HTML);
    expect(session.beforeRequest).toHaveLength(1);
  });

  it('destroys the window and cleans up when printing fails or the page never loads', async () => {
    const failing = fakes({ print: 'fail' });
    await expect(failing.print(HTML)).rejects.toThrow('printing failed');
    expect(failing.windows[0]!.destroyed).toBe(true);
    expect(fs.existsSync(failing.windows[0]!.loaded!.file)).toBe(false);

    const hanging = fakes({ load: 'hang' });
    await expect(hanging.print(HTML)).rejects.toMatchObject({ code: 'invalid_state', params: { reason: 'pdf_failed' } });
    expect(hanging.windows[0]!.destroyed).toBe(true);
    expect(fs.existsSync(hanging.windows[0]!.loaded!.file)).toBe(false);
    expect(fs.existsSync(fileURLToPath(new URL('.', `file://${hanging.windows[0]!.loaded!.file}`)))).toBe(false);
  });
});
