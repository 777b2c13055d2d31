import type { BrowserWindow } from 'electron';

type AppWindow = Pick<BrowserWindow, 'webContents' | 'isDestroyed' | 'once'>;

/**
 * The windows that show our UI and may talk to the core. Kept explicitly (not
 * BrowserWindow.getAllWindows()) so that a window we did not create for the UI, such as a future
 * hardened export window, is neither trusted on IPC nor sent events.
 */
export class AppWindows<W extends AppWindow = BrowserWindow> {
  private readonly windows = new Set<W>();

  add(win: W): W {
    this.windows.add(win);
    win.once('closed', () => this.windows.delete(win));
    return win;
  }

  /** Open windows only: a destroyed window's webContents throws on use. */
  *[Symbol.iterator](): IterableIterator<W> {
    for (const win of this.windows) if (!win.isDestroyed()) yield win;
  }

  first(): W | undefined {
    return this[Symbol.iterator]().next().value;
  }
}
