import type { BrowserWindow, BrowserWindowConstructorOptions, Display } from 'electron';
import type { AppFiles } from './app-files.js';
import { secureWebPreferences } from './security.js';
import { clampToDisplays, MIN_SIZE, readWindowState, trackWindowState, type WindowState } from './window-state.js';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  files: AppFiles;
  /** window-state.json in the data folder. */
  stateFile: string;
  displays: () => Pick<Display, 'workArea'>[];
  /** Dev tools only in a development build: a packaged app has no business opening them. */
  devTools: boolean;
  log: (message: string, error?: unknown) => void;
}

export function mainWindowOptions(state: WindowState, preload: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Convene',
    // Shown on ready-to-show: no white flash, and a maximised window does not visibly jump.
    show: false,
    webPreferences: secureWebPreferences(preload, { devTools }),
  };
}

/** Creates the main window at its remembered place (fitted to today's displays) and loads the renderer. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = clampToDisplays(readWindowState(deps.stateFile), deps.displays());
  const win = new deps.BrowserWindow(mainWindowOptions(state, deps.files.preload, deps.devTools));
  trackWindowState(win, deps.stateFile);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.loadFile(deps.files.indexHtml).catch((error: unknown) => deps.log('loading the renderer failed', error));
  return win;
}
