import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Rectangle } from 'electron';
import { id } from '../../shared/contract/fields.js';
import { routeUrl, type AppFiles } from './app-files.js';
import { secureWebPreferences } from './security.js';
import type { BrowserWindowClass } from './window.js';
import { clampToDisplays, overlap, readWindowState, trackWindowState, type WindowState } from './window-state.js';
import type { AppWindows } from './windows.js';

/**
 * The projector: a second window showing `#/projector/<sessionId>` (the same page, the same preload
 * and hardening as the main window; it reads run.state through the bridge and follows change events).
 * With a second display it goes full screen there, on the display the main window is not on; with
 * one display it opens as an ordinary window where it was last left. It follows displays being
 * plugged in (moves to the new one) and unplugged (comes back, windowed, to the main window's display).
 */

export type DisplayLike = Pick<Display, 'id' | 'bounds' | 'workArea'>;

export const PROJECTOR_DEFAULT_STATE: WindowState = { width: 1280, height: 720, maximized: false };
export const PROJECTOR_MIN_SIZE = { width: 480, height: 270 } as const;

export interface ProjectorPlacement {
  displayId: number;
  bounds: Rectangle;
  fullScreen: boolean;
}

/** The display showing most of `rect` (what screen.getDisplayMatching does), or undefined when none shows any of it. */
export function displayMatching<D extends DisplayLike>(displays: readonly D[], rect: Rectangle): D | undefined {
  let best: D | undefined;
  let bestArea = 0;
  for (const display of displays) {
    const o = overlap(rect, display.bounds);
    if (o.width * o.height > bestArea) {
      bestArea = o.width * o.height;
      best = display;
    }
  }
  return best;
}

const area = (d: DisplayLike) => d.bounds.width * d.bounds.height;

/**
 * Where the projector goes. The main window's display is the facilitator's; any other is a projector
 * (the largest, when there are several). Alone on one display: the remembered window, fitted to it.
 */
export function projectorPlacement(displays: readonly DisplayLike[], mainBounds: Rectangle | null, remembered: WindowState): ProjectorPlacement {
  const host = (mainBounds && displayMatching(displays, mainBounds)) ?? displays[0];
  if (!host) {
    return { displayId: -1, bounds: { x: remembered.x ?? 0, y: remembered.y ?? 0, width: remembered.width, height: remembered.height }, fullScreen: false };
  }
  const others = displays.filter((d) => d.id !== host.id);
  if (others.length > 0) {
    const target = others.reduce((best, d) => (area(d) > area(best) ? d : best));
    return { displayId: target.id, bounds: { ...target.bounds }, fullScreen: true };
  }
  const fitted = clampToDisplays(remembered, [host], PROJECTOR_MIN_SIZE);
  const work = host.workArea;
  const x = fitted.x ?? work.x + Math.round((work.width - fitted.width) / 2);
  const y = fitted.y ?? work.y + Math.round((work.height - fitted.height) / 2);
  return { displayId: host.id, bounds: { x, y, width: fitted.width, height: fitted.height }, fullScreen: false };
}

export function projectorWindowOptions(placement: ProjectorPlacement, preload: string, devTools: boolean, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    minWidth: PROJECTOR_MIN_SIZE.width,
    minHeight: PROJECTOR_MIN_SIZE.height,
    title: 'Convene',
    ...(icon ? { icon } : {}),
    show: false,
    fullscreenable: true,
    // The audience sees no menu bar (Windows/Linux); its shortcuts (F11) still work.
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload, { devTools }),
  };
}

/** A session id as the contract defines ids (shared/contract/fields.ts): what openProjector accepts. */
export function isSessionId(value: unknown): value is string {
  return id.safeParse(value).success;
}

export interface ProjectorDeps {
  BrowserWindow: BrowserWindowClass;
  files: AppFiles;
  windows: AppWindows;
  /** projector-window-state.json in the data folder. */
  stateFile: string;
  displays: () => DisplayLike[];
  devTools: boolean;
  icon?: string | undefined;
  log: (message: string, error?: unknown) => void;
}

export class Projector {
  private win: BrowserWindow | null = null;
  private sessionId: string | null = null;
  /** The display we last put the projector on (updated when the user drags it elsewhere). */
  private placedOn: number | null = null;

  constructor(private readonly deps: ProjectorDeps) {}

  /** The open projector window, if any. */
  window(): BrowserWindow | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }

  /** Opens the projector on a session, or points the open one at it. The facilitator's window keeps the focus. */
  open(sessionId: string): BrowserWindow {
    if (!isSessionId(sessionId)) throw new Error(`not a session id: ${String(sessionId).slice(0, 80)}`);
    const url = routeUrl(this.deps.files, `/projector/${encodeURIComponent(sessionId)}`);
    const existing = this.window();
    if (existing) {
      if (this.sessionId !== sessionId) {
        this.sessionId = sessionId;
        existing.loadURL(url).catch((error: unknown) => this.deps.log('loading the projector failed', error));
      }
      if (existing.isMinimized()) existing.restore();
      if (!existing.isVisible()) existing.showInactive();
      return existing;
    }

    const placement = this.placement();
    const win = new this.deps.BrowserWindow(projectorWindowOptions(placement, this.deps.files.preload, this.deps.devTools, this.deps.icon));
    this.win = win;
    this.sessionId = sessionId;
    this.placedOn = placement.displayId;
    this.deps.windows.add(win, 'projector');
    // Remembered for the one-display case; full screen is not (it is decided by the displays).
    trackWindowState(win, this.deps.stateFile, () => {
      const { x, y, width, height } = win.getNormalBounds();
      return { x, y, width, height, maximized: win.isMaximized() };
    });
    win.once('ready-to-show', () => {
      if (placement.fullScreen) {
        win.showInactive();
        win.setFullScreen(true);
      } else {
        win.show();
      }
    });
    win.on('moved', () => {
      this.placedOn = displayMatching(this.deps.displays(), win.getBounds())?.id ?? this.placedOn;
    });
    win.once('closed', () => {
      if (this.win === win) {
        this.win = null;
        this.sessionId = null;
        this.placedOn = null;
      }
    });
    win.loadURL(url).catch((error: unknown) => this.deps.log('loading the projector failed', error));
    return win;
  }

  /** F11 on the projector itself toggles it too (role togglefullscreen); this works from the main window. */
  toggleFullScreen(): void {
    const win = this.window();
    if (win) win.setFullScreen(!win.isFullScreen());
  }

  close(): void {
    this.window()?.close();
  }

  /** screen 'display-added': a projector sharing the facilitator's display moves, full screen, to the new one. */
  displayAdded(): void {
    const win = this.window();
    if (!win) return;
    const displays = this.deps.displays();
    const here = displayMatching(displays, win.getBounds());
    const mainBounds = this.mainBounds();
    const facilitator = (mainBounds && displayMatching(displays, mainBounds)) ?? displays[0];
    if (!here || here.id === facilitator?.id) this.place(this.placement());
  }

  /** screen 'display-removed': a projector whose display is gone comes back, windowed, to the main window's display. */
  displayRemoved(removed: Pick<Display, 'id'>): void {
    const win = this.window();
    if (!win) return;
    const displays = this.deps.displays();
    const gone = removed.id === this.placedOn || !displays.some((d) => d.id === this.placedOn);
    if (gone || !displayMatching(displays, win.getBounds())) this.place(this.placement());
  }

  private mainBounds(): Rectangle | null {
    const main = this.deps.windows.first('main');
    return main ? main.getBounds() : null;
  }

  private placement(): ProjectorPlacement {
    return projectorPlacement(this.deps.displays(), this.mainBounds(), readWindowState(this.deps.stateFile, PROJECTOR_DEFAULT_STATE));
  }

  /** Moves the open projector; a full-screen window leaves full screen first (it cannot change display while in it). */
  private place(placement: ProjectorPlacement): void {
    const win = this.window();
    if (!win) return;
    const apply = () => {
      if (win.isDestroyed()) return;
      win.setBounds(placement.bounds);
      if (placement.fullScreen) win.setFullScreen(true);
      this.placedOn = placement.displayId;
    };
    if (win.isFullScreen()) {
      win.once('leave-full-screen', apply);
      win.setFullScreen(false);
    } else {
      apply();
    }
  }
}
