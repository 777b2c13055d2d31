import type { ChangeEvent } from './events.js';
import type { Result } from './result.js';

/**
 * The one object the Electron preload exposes as `window.convene` through contextBridge.
 * Deliberately tiny and untyped per channel: the main process validates everything that arrives.
 */
export interface ConveneBridge {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: ChangeEvent) => void): () => void;
  /** Commands from the application menu (e.g. 'navigate:settings'), for the renderer to act on. */
  onCommand(listener: (command: string) => void): () => void;
}

/** IPC channel names used by the preload; main listens on exactly these. */
export const IPC = {
  call: 'convene:call',
  event: 'convene:event',
  command: 'convene:command',
} as const;
