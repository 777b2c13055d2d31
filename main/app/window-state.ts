import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Display, Rectangle } from 'electron';
import type { WindowRole } from './windows.js';

/** What we remember of a window between launches, one file per window in the data folder. */
export interface WindowState {
  /** Absent: let Electron centre the window on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The main window's file (its name predates the projector window, so it stays as it was). */
export const WINDOW_STATE_FILE = 'window-state.json';
export const WINDOW_STATE_FILES: Record<WindowRole, string> = {
  main: WINDOW_STATE_FILE,
  projector: 'projector-window-state.json',
};
export const MIN_SIZE = { width: 800, height: 560 } as const;
export const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** How much of the window must lie on a display for us to trust the saved position: enough to grab it. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

export function windowStateFile(dataDir: string, role: WindowRole = 'main'): string {
  return path.join(dataDir, WINDOW_STATE_FILES[role]);
}

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** The saved state, or the default when the file is missing, unreadable or edited into nonsense. */
export function readWindowState(file: string, fallback: WindowState = DEFAULT_STATE): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ...fallback };
  }
  if (typeof raw !== 'object' || raw === null) return { ...fallback };
  const r = raw as Record<string, unknown>;
  if (!isInt(r.width) || !isInt(r.height) || r.width <= 0 || r.height <= 0) return { ...fallback };
  const state: WindowState = { width: r.width, height: r.height, maximized: r.maximized === true };
  if (isInt(r.x) && isInt(r.y)) {
    state.x = r.x;
    state.y = r.y;
  }
  return state;
}

/** Best effort: losing the window position must never stop the app from quitting. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(state)}\n`);
    fs.renameSync(tmp, file);
  } catch {
    // read-only or full disk: the next launch uses the default size
  }
}

export function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Makes a saved state fit today's displays: a monitor may have been unplugged or a resolution
 * lowered since. The window keeps its place when enough of it is on some display (then it is pulled
 * fully inside that display); otherwise it is re-centred. It is never larger than the display.
 */
export function clampToDisplays(
  state: WindowState,
  displays: readonly Pick<Display, 'workArea'>[],
  minSize: { width: number; height: number } = MIN_SIZE,
): WindowState {
  const maximized = state.maximized;
  if (displays.length === 0) return { width: Math.max(state.width, minSize.width), height: Math.max(state.height, minSize.height), maximized };

  let host: Rectangle | null = null;
  let best = 0;
  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    for (const { workArea } of displays) {
      const o = overlap(rect, workArea);
      const visible = o.width >= Math.min(MIN_VISIBLE.width, rect.width) && o.height >= Math.min(MIN_VISIBLE.height, rect.height);
      if (visible && o.width * o.height > best) {
        best = o.width * o.height;
        host = workArea;
      }
    }
  }

  const area = host ?? displays[0]!.workArea;
  const width = Math.min(Math.max(state.width, minSize.width), area.width);
  const height = Math.min(Math.max(state.height, minSize.height), area.height);
  if (!host || state.x === undefined || state.y === undefined) return { width, height, maximized };
  const x = Math.min(Math.max(state.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(state.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized };
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>;

/** The state to save: the normal (un-maximised) bounds, so restoring a maximised window un-maximises sensibly. */
export function captureWindowState(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized() || win.isFullScreen() };
}

/** Saves the state when the window closes (not on every move: the file is tiny, but disks sleep). */
export function trackWindowState(win: TrackedWindow, file: string, capture: () => WindowState = () => captureWindowState(win)): void {
  win.on('close', () => writeWindowState(file, capture()));
}
