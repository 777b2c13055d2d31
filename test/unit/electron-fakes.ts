import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  ContextBridge,
  Display,
  HandlerDetails,
  IpcMain,
  IpcRenderer,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  Rectangle,
  Session,
  Shell,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module (vi.mock('electron', () => import('./electron-fakes.js'))):
 * the Electron binary cannot run on the test machines, and importing the real package would try to
 * download it. Each fake is typed against the Electron API it replaces (Pick<...> of the real
 * interface), so a change in Electron's signatures breaks the type-check, not production.
 * Not a test file itself (vitest collects *.test.ts only).
 */

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null,
    public readonly frameTreeNodeId: number,
  ) {}
}

let nextId = 1;

export class FakeWebContents
  extends EventEmitter
  implements Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'setWindowOpenHandler'>
{
  readonly id = nextId++;
  readonly mainFrame = new FakeFrame('about:blank', null, nextId++);
  readonly sent: { channel: string; payload: unknown }[] = [];
  destroyed = false;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, payload: args[0] });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow
  extends EventEmitter
  implements
    Pick<
      ElectronBrowserWindow,
      | 'loadFile'
      | 'show'
      | 'focus'
      | 'isMinimized'
      | 'restore'
      | 'isDestroyed'
      | 'getNormalBounds'
      | 'isMaximized'
      | 'isFullScreen'
      | 'maximize'
    >
{
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
  static getFocusedWindow = () => FakeBrowserWindow.focused;

  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  focused = 0;
  minimized = false;
  maximized = false;
  destroyed = false;
  bounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.all.push(this);
    // Electron announces every new WebContents on the app.
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }

  loadFile(file: string): Promise<void> {
    this.loaded = file;
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused++;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return false;
  }
  maximize(): void {
    this.maximized = true;
  }
  /** What the user closing the window does: 'close', then gone, then 'closed'. */
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type InvokeListener = Parameters<IpcMain['handle']>[1];

class FakeIpcMain implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

type HeadersListener = Parameters<Session['webRequest']['onHeadersReceived']>[0];
type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

class FakeSession implements Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  headersListener: HeadersListener = null;
  permissionRequest: PermissionRequestHandler = null;
  permissionCheck: PermissionCheckHandler = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  } as unknown as Session['webRequest'];
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheck = handler;
  }
}

export interface FakeState {
  hasLock: boolean;
  userData: string;
  locale: string;
  isPackaged: boolean;
  displays: Pick<Display, 'workArea'>[];
  menu: { template: MenuItemConstructorOptions[] } | null;
  menusBuilt: number;
}

export const state: FakeState = {
  hasLock: true,
  userData: '/nonexistent/userData',
  locale: 'zh-CN',
  isPackaged: false,
  displays: [],
  menu: null,
  menusBuilt: 0,
};

class FakeApp extends EventEmitter {
  requestSingleInstanceLock = vi.fn(() => state.hasLock);
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
  whenReady = () => Promise.resolve();
  getPath = (name: string) => (name === 'userData' ? state.userData : `/nonexistent/${name}`);
  getLocale = () => state.locale;
  getAppPath = () => '/nonexistent/app';
  get isPackaged() {
    return state.isPackaged;
  }
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = new FakeIpcMain();
export const session = { defaultSession: new FakeSession() };
export const shell = {
  openExternal: vi.fn<Shell['openExternal']>(() => Promise.resolve()),
  openPath: vi.fn<Shell['openPath']>(() => Promise.resolve('')),
};
export const dialog = { showErrorBox: vi.fn<(title: string, content: string) => void>() };
export const screen = { getAllDisplays: () => state.displays };
export const Menu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }) as unknown as ElectronMenu,
  setApplicationMenu: (menu: ElectronMenu | null) => {
    state.menu = menu as unknown as FakeState['menu'];
    state.menusBuilt++;
  },
};

/** Renderer side, for the preload. */
class FakeIpcRenderer extends EventEmitter implements Pick<IpcRenderer, 'invoke'> {
  invoke = vi.fn<IpcRenderer['invoke']>(() => Promise.resolve({ ok: true, value: null }));
}
export const ipcRenderer = new FakeIpcRenderer();
export const exposed = new Map<string, unknown>();
export const contextBridge: Pick<ContextBridge, 'exposeInMainWorld'> = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    exposed.set(key, api);
  }),
};

export function resetFakes(): void {
  app.removeAllListeners();
  app.requestSingleInstanceLock.mockClear();
  app.enableSandbox.mockClear();
  app.quit.mockClear();
  ipcMain.handlers.clear();
  Object.assign(session, { defaultSession: new FakeSession() });
  shell.openExternal.mockClear();
  shell.openPath.mockClear();
  dialog.showErrorBox.mockClear();
  FakeBrowserWindow.all = [];
  FakeBrowserWindow.focused = null;
  Object.assign(state, { hasLock: true, locale: 'zh-CN', isPackaged: false, displays: [], menu: null, menusBuilt: 0 });
}
