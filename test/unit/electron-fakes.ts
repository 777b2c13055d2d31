import { EventEmitter } from 'node:events';
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
  MessageBoxOptions,
  OpenDialogOptions,
  Protocol,
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
      | 'loadURL'
      | 'show'
      | 'showInactive'
      | 'isVisible'
      | 'focus'
      | 'isMinimized'
      | 'restore'
      | 'isDestroyed'
      | 'getBounds'
      | 'setBounds'
      | 'getNormalBounds'
      | 'isMaximized'
      | 'isFullScreen'
      | 'setFullScreen'
      | 'maximize'
    >
{
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
  static getFocusedWindow = () => FakeBrowserWindow.focused;

  readonly webContents = new FakeWebContents();
  /** Every URL loaded, in order. */
  readonly loads: string[] = [];
  shown = false;
  /** Shown without taking the focus (showInactive). */
  shownInactive = false;
  focused = 0;
  minimized = false;
  maximized = false;
  fullScreen = false;
  destroyed = false;
  bounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.all.push(this);
    // Electron announces every new WebContents on the app.
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }

  get loaded(): string | null {
    return this.loads.at(-1) ?? null;
  }
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
    this.emit('show');
  }
  showInactive(): void {
    this.shown = true;
    this.shownInactive = true;
    this.emit('show');
  }
  isVisible(): boolean {
    return this.shown && !this.destroyed;
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
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  /** As on Windows and Linux: the change is immediate and announced. */
  setFullScreen(flag: boolean): void {
    if (flag === this.fullScreen) return;
    this.fullScreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
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

export type FakeDisplay = Pick<Display, 'id' | 'bounds' | 'workArea'>;

/** A display at (x, y), w × h, with a 40 px task bar at the bottom of its work area. */
export function display(id: number, x: number, y: number, width: number, height: number): FakeDisplay {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

export interface FakeState {
  hasLock: boolean;
  userData: string;
  locale: string;
  isPackaged: boolean;
  displays: FakeDisplay[];
  menu: { template: MenuItemConstructorOptions[] } | null;
  menusBuilt: number;
  /** The button index every message box answers with. */
  messageBoxResponse: number;
  /** What the open dialog returns. */
  openDialogPaths: string[];
  /** Whether app 'ready' has been reached (whenReady resolved). */
  ready: boolean;
}

const initialState = (): Omit<FakeState, 'userData'> => ({
  hasLock: true,
  locale: 'zh-CN',
  isPackaged: false,
  displays: [display(1, 0, 0, 1920, 1080)],
  menu: null,
  menusBuilt: 0,
  messageBoxResponse: 0,
  openDialogPaths: [],
  ready: false,
});

export const state: FakeState = { userData: '/nonexistent/userData', ...initialState() };

class FakeApp extends EventEmitter {
  requestSingleInstanceLock = vi.fn(() => state.hasLock);
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
  whenReady = () => {
    state.ready = true;
    return Promise.resolve();
  };
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
export const dialog = {
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  showMessageBox: vi.fn((_window: unknown, _options: MessageBoxOptions) => Promise.resolve({ response: state.messageBoxResponse, checkboxChecked: false })),
  showOpenDialog: vi.fn((_window: unknown, _options: OpenDialogOptions) =>
    Promise.resolve({ canceled: state.openDialogPaths.length === 0, filePaths: state.openDialogPaths }),
  ),
};

/** Electron's screen: the displays, and 'display-added' / 'display-removed' when tests plug them in and out. */
class FakeScreen extends EventEmitter {
  getAllDisplays = () => state.displays;
  plug(added: FakeDisplay): void {
    state.displays = [...state.displays, added];
    this.emit('display-added', { preventDefault() {} }, added);
  }
  unplug(id: number): void {
    const removed = state.displays.find((d) => d.id === id)!;
    state.displays = state.displays.filter((d) => d.id !== id);
    this.emit('display-removed', { preventDefault() {} }, removed);
  }
}
export const screen = new FakeScreen();
/** Electron's powerMonitor: tests emit 'resume' as a laptop waking from sleep would. */
export const powerMonitor = new EventEmitter();

type ProtocolHandler = Parameters<Protocol['handle']>[1];
type PrivilegedSchemes = Parameters<Protocol['registerSchemesAsPrivileged']>[0];

class FakeProtocol implements Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> {
  /** The privileged schemes of each call, and whether the app was ready by then (it must not be). */
  registered: { schemes: PrivilegedSchemes; whenReady: boolean }[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: PrivilegedSchemes): void {
    this.registered.push({ schemes, whenReady: state.ready });
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`second handler for ${scheme}:`);
    this.handlers.set(scheme, handler);
  }
}
export const protocol = new FakeProtocol();
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
  dialog.showMessageBox.mockClear();
  dialog.showOpenDialog.mockClear();
  screen.removeAllListeners();
  powerMonitor.removeAllListeners();
  protocol.registered = [];
  protocol.handlers.clear();
  FakeBrowserWindow.all = [];
  FakeBrowserWindow.focused = null;
  Object.assign(state, initialState());
}
