/**
 * The sandboxed preload: it runs before the page with a tiny CommonJS `require` that knows only
 * 'electron' (and a few Node shims). So this file must stay self-contained: it may import types, but
 * no local module at runtime (scripts/copy-preload.mjs checks the built file for that).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ConveneBridge } from '../../shared/contract/bridge.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import type { Result } from '../../shared/contract/result.js';

/**
 * Copies of IPC in shared/contract/bridge.ts (which this file cannot require at runtime).
 * test/unit/electron-wiring.test.ts fails if they drift apart.
 */
export const PRELOAD_IPC = {
  call: 'convene:call',
  event: 'convene:event',
  command: 'convene:command',
} as const;

/** ipcRenderer.on, minus the IpcRendererEvent: the page never gets a handle on ipcRenderer itself. */
function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const bridge: ConveneBridge = {
  call(channel: string, input: unknown): Promise<Result<unknown>> {
    // A rejected invoke (no handler yet, a clone error) still reaches the page as a Result, as the contract says.
    return (ipcRenderer.invoke(PRELOAD_IPC.call, channel, input) as Promise<Result<unknown>>).catch(
      (): Result<unknown> => ({ ok: false, error: { code: 'internal' } }),
    );
  },
  onEvent: (listener: (event: ChangeEvent) => void) => listen(PRELOAD_IPC.event, listener),
  onCommand: (listener: (command: string) => void) => listen(PRELOAD_IPC.command, listener),
};

contextBridge.exposeInMainWorld('convene', bridge);
