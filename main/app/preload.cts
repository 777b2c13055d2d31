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
  openProjector: 'convene:open-projector',
} as const;

const INTERNAL: Result<never> = { ok: false, error: { code: 'internal' } };

/** ipcRenderer.on, minus the IpcRendererEvent: the page never gets a handle on ipcRenderer itself. */
function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/** An invoke whose rejection (no handler yet, a clone error) still reaches the page as a Result, as the contract says. */
function invoke<T>(channel: string, ...args: unknown[]): Promise<Result<T>> {
  return (ipcRenderer.invoke(channel, ...args) as Promise<Result<T>>).catch((): Result<T> => INTERNAL);
}

const bridge: ConveneBridge = {
  call: (channel: string, input: unknown) => invoke<unknown>(PRELOAD_IPC.call, channel, input),
  onEvent: (listener: (event: ChangeEvent) => void) => listen(PRELOAD_IPC.event, listener),
  onCommand: (listener: (command: string) => void) => listen(PRELOAD_IPC.command, listener),
  openProjector: (sessionId: string) => invoke<null>(PRELOAD_IPC.openProjector, sessionId),
};

contextBridge.exposeInMainWorld('convene', bridge);
