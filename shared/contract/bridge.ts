import type { ChangeEvent } from './events.js';
import type { Result } from './result.js';

/**
 * The one object the Electron preload exposes as `window.convene` through contextBridge.
 * Deliberately tiny and untyped per channel: the main process validates everything that arrives.
 */
export interface ConveneBridge {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: ChangeEvent) => void): () => void;
  /** Commands from the application menu (one of APP_COMMANDS), for the renderer to act on. */
  onCommand(listener: (command: string) => void): () => void;
  /**
   * Electron only, not a core channel: opens the projector window for a session (or points the open
   * one at it), full screen on the second display when one is connected. Resolves to a Result like
   * `call`: `validation` for a malformed id, `unauthorized` from a page that is not ours.
   */
  openProjector(sessionId: string): Promise<Result<null>>;
}

/** IPC channel names used by the preload; main listens on exactly these. */
export const IPC = {
  call: 'convene:call',
  event: 'convene:event',
  command: 'convene:command',
  openProjector: 'convene:open-projector',
} as const;

/**
 * What the application menu (and its shortcuts) sends on IPC.command, i.e. what
 * `window.convene.onCommand` listeners receive. One list for main (menu.ts) and the renderer. Each is
 * sent to the main window (the focused one when it is a main window), never to the projector.
 */
export const APP_COMMANDS = {
  /** Go to the home screen. */
  home: 'navigate:home',
  /** Go to People and Units. */
  directory: 'navigate:directory',
  /** Go to Settings. */
  settings: 'navigate:settings',
  /** Start creating a session (the new-session form of the current programme, else pick one). */
  newSession: 'session:new',
  /** Focus the capture line of the current session (open its capture screen first if needed). */
  capture: 'capture:focus',
  /** The Run view's "next speaker" (same as its N / Space keys, but works while typing elsewhere). */
  nextSpeaker: 'run:next-speaker',
  /** Open the export dialog of the current session or programme. */
  export: 'export:open',
  /** Open the projector for the current session (window.convene.openProjector). */
  projector: 'projector:open',
} as const;

export type AppCommand = (typeof APP_COMMANDS)[keyof typeof APP_COMMANDS];

const COMMANDS: ReadonlySet<string> = new Set(Object.values(APP_COMMANDS));

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && COMMANDS.has(value);
}
