import type { BrowserWindow } from 'electron';

type AppWindow = Pick<BrowserWindow, 'webContents' | 'isDestroyed' | 'once'>;

/** The main window (the whole UI) and the projector (the projector route, on the second display). */
export type WindowRole = 'main' | 'projector';

/**
 * The windows that show our UI and may talk to the core. Kept explicitly (not
 * BrowserWindow.getAllWindows()) so that a window we did not create for the UI, such as the hidden
 * PDF print window, is neither trusted on IPC nor sent events.
 */
export class AppWindows<W extends AppWindow = BrowserWindow> {
  private readonly windows = new Map<W, WindowRole>();

  add(win: W, role: WindowRole = 'main'): W {
    this.windows.set(win, role);
    win.once('closed', () => this.windows.delete(win));
    return win;
  }

  /** Open windows only: a destroyed window's webContents throws on use. */
  *[Symbol.iterator](): IterableIterator<W> {
    for (const win of this.windows.keys()) if (!win.isDestroyed()) yield win;
  }

  roleOf(win: W): WindowRole | undefined {
    return win.isDestroyed() ? undefined : this.windows.get(win);
  }

  first(role: WindowRole = 'main'): W | undefined {
    for (const win of this) if (this.windows.get(win) === role) return win;
    return undefined;
  }
}
