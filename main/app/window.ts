import type { BrowserWindow, BrowserWindowConstructorOptions, Display } from 'electron';
import type { AppFiles } from './app-files.js';
import { secureWebPreferences } from './security.js';
import { clampToDisplays, MIN_SIZE, readWindowState, trackWindowState, type WindowState } from './window-state.js';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowDeps {
  BrowserWindow: BrowserWindowClass;
  files: AppFiles;
  /** window-state.json in the data folder. */
  stateFile: string;
  displays: () => Pick<Display, 'workArea'>[];
  /** Dev tools only in a development build: a packaged app has no business opening them. */
  devTools: boolean;
  /** The window icon (Linux only: Windows and macOS take it from the executable / the bundle). */
  icon?: string | undefined;
  log: (message: string, error?: unknown) => void;
}

export function mainWindowOptions(state: WindowState, preload: string, devTools: boolean, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Convene',
    ...(icon ? { icon } : {}),
    // Shown on ready-to-show: no white flash, and a maximised window does not visibly jump.
    show: false,
    webPreferences: secureWebPreferences(preload, { devTools }),
  };
}

/** Creates the main window at its remembered place (fitted to today's displays) and loads the renderer. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = clampToDisplays(readWindowState(deps.stateFile), deps.displays());
  const win = new deps.BrowserWindow(mainWindowOptions(state, deps.files.preload, deps.devTools, deps.icon));
  trackWindowState(win, deps.stateFile);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.loadURL(deps.files.indexUrl).catch((error: unknown) => deps.log('loading the renderer failed', error));
  return win;
}

/**
 * Resolves once the window is on screen (a dialog attached to a hidden window would float alone), or
 * after `timeoutMs` at the latest: a page that never paints must not hold a dialog back for ever.
 */
export function whenShown(win: Pick<BrowserWindow, 'isVisible' | 'once' | 'isDestroyed'>, timeoutMs = 15_000): Promise<void> {
  if (win.isDestroyed() || win.isVisible()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref?.();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    win.once('show', done);
    win.once('closed', done);
  });
}
