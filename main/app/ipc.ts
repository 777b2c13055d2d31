import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { IPC, type AppCommand } from '../../shared/contract/bridge.js';
import { isChannelName } from '../../shared/contract/channels.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import type { Result } from '../../shared/contract/result.js';
import type { Core } from '../core/core.js';
import { isSessionId } from './projector.js';

/**
 * The Electron transport: one invoke channel in, one event channel out. It only moves calls; the
 * core validates input and never throws. What it adds is the check of *who* is calling.
 */

type SenderFrame = Pick<WebFrameMain, 'url' | 'parent' | 'frameTreeNodeId'>;
export type CallEvent = { sender: Pick<WebContents, 'id'>; senderFrame: SenderFrame | null };
type Window = { webContents: Pick<WebContents, 'id' | 'send' | 'isDestroyed'> & { mainFrame: Pick<WebFrameMain, 'frameTreeNodeId'> } };

const UNAUTHORIZED: Result<never> = { ok: false, error: { code: 'unauthorized' } };
const INTERNAL: Result<never> = { ok: false, error: { code: 'internal' } };

export interface SenderCheck {
  /** Our UI windows, the only ones whose pages may call. */
  windows: () => Iterable<Window>;
  /** Our index page (any hash route). */
  isAppUrl: (url: string) => boolean;
}

/**
 * A call is ours when it comes from the main frame (not an iframe) of one of our windows and that
 * frame shows our own index page. A frame that navigated away (senderFrame null) is refused too.
 */
export function isTrustedSender(event: CallEvent, check: SenderCheck): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let ours = false;
  for (const win of check.windows()) {
    const contents = win.webContents;
    if (contents.isDestroyed() || contents.id !== event.sender.id) continue;
    ours = contents.mainFrame.frameTreeNodeId === frame.frameTreeNodeId;
    break;
  }
  return ours && check.isAppUrl(frame.url);
}

export interface IpcDeps extends SenderCheck {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** The service (or, in tests, the bare core): synchronous or asynchronous answers both work. */
  core: { call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>> };
  log: (message: string, error?: unknown) => void;
}

/** Registers the call handler; returns a function that removes it. */
export function registerIpc(deps: IpcDeps): () => void {
  deps.ipcMain.handle(IPC.call, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, deps)) {
      deps.log(`refused a call from a foreign frame: ${event.senderFrame?.url ?? '(gone)'}`);
      return UNAUTHORIZED;
    }
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', params: { channel: String(channel).slice(0, 80) } } };
    }
    try {
      return await deps.core.call(channel, input);
    } catch (error) {
      // core.call promises never to throw; if it ever does, the page still gets a Result.
      deps.log(`core.call(${channel}) threw`, error);
      return INTERNAL;
    }
  });
  return () => deps.ipcMain.removeHandler(IPC.call);
}

/** Sends every change event to every open UI window; returns the unsubscribe. */
export function forwardEvents(core: Pick<Core, 'subscribe'>, windows: () => Iterable<Window>): () => void {
  return core.subscribe((event: ChangeEvent) => {
    for (const win of windows()) {
      if (!win.webContents.isDestroyed()) win.webContents.send(IPC.event, event);
    }
  });
}

/** Sends an application command (from the menu) to one window's renderer. */
export function sendCommand(win: Pick<BrowserWindow, 'webContents'> | undefined, command: AppCommand): void {
  if (win && !win.webContents.isDestroyed()) win.webContents.send(IPC.command, command);
}

export interface ProjectorIpcDeps extends SenderCheck {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** Opens the projector window on a session (a well-formed id: checked here first). */
  openProjector: (sessionId: string) => void;
  log: (message: string, error?: unknown) => void;
}

/**
 * window.convene.openProjector: not a core channel (nothing is stored), so it has its own IPC name,
 * the same sender check, and its one argument validated like the contract's ids.
 */
export function registerProjectorIpc(deps: ProjectorIpcDeps): () => void {
  deps.ipcMain.handle(IPC.openProjector, (event: IpcMainInvokeEvent, sessionId: unknown): Result<null> => {
    if (!isTrustedSender(event, deps)) {
      deps.log(`refused openProjector from a foreign frame: ${event.senderFrame?.url ?? '(gone)'}`);
      return UNAUTHORIZED;
    }
    if (!isSessionId(sessionId)) {
      return { ok: false, error: { code: 'validation', issues: [{ path: 'sessionId', code: typeof sessionId === 'string' ? 'invalid_format' : 'invalid_type' }] } };
    }
    try {
      deps.openProjector(sessionId);
      return { ok: true, value: null };
    } catch (error) {
      deps.log('opening the projector failed', error);
      return INTERNAL;
    }
  });
  return () => deps.ipcMain.removeHandler(IPC.openProjector);
}
