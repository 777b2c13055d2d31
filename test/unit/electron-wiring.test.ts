import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import ts from 'typescript';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, type ConveneBridge } from '../../shared/contract/bridge.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import type { Result } from '../../shared/contract/result.js';
import { appFiles, isAppUrl } from '../../main/app/app-files.js';
import { APP_COMMANDS } from '../../main/app/commands.js';
import { buildMenuTemplate } from '../../main/app/menu.js';
import { menuMessages } from '../../main/app/messages.js';
import { nativeBindingPath } from '../../main/app/native-binding.js';
import { CONTENT_SECURITY_POLICY } from '../../main/app/security.js';
import { describeStartupError, NativeBindingMissing } from '../../main/app/startup-error.js';
import { startApp, type ConveneShell } from '../../main/app/start.js';
import { clampToDisplays, readWindowState, WINDOW_STATE_FILE, type WindowState } from '../../main/app/window-state.js';
import * as fake from './electron-fakes.js';

vi.mock('electron', () => import('./electron-fakes.js'));

let tmp: string;
let mainDir: string;
let dataDir: string;
let shells: ConveneShell[];

beforeEach(() => {
  fake.resetFakes();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-electron-'));
  mainDir = path.join(tmp, 'dist', 'main', 'app');
  dataDir = path.join(tmp, 'data');
  shells = [];
  fake.state.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
});

afterEach(() => {
  for (const shell of shells) shell.recoverable.close({ backup: false });
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function start(extraArgs: string[] = [], onLaunchArgs?: (argv: readonly string[]) => void): Promise<ConveneShell> {
  const shell = await startApp({
    argv: ['electron', '.', '--data', dataDir, ...extraArgs],
    env: {},
    mainDir,
    log: () => {},
    ...(onLaunchArgs ? { onLaunchArgs } : {}),
  });
  if (!shell) throw new Error('startApp returned null');
  shells.push(shell);
  return shell;
}

function onlyWindow(): fake.FakeBrowserWindow {
  expect(fake.FakeBrowserWindow.all).toHaveLength(1);
  return fake.FakeBrowserWindow.all[0]!;
}

/** An IPC invoke event as Electron builds it, from a frame of a WebContents. */
function invokeEvent(contents: fake.FakeWebContents, frame: fake.FakeFrame | null): IpcMainInvokeEvent {
  return { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

function callHandler() {
  const handler = fake.ipcMain.handlers.get(IPC.call);
  expect(handler).toBeTypeOf('function');
  return (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => handler!(event, channel, input) as Promise<Result<unknown>>;
}

const preventable = () => ({ preventDefault: vi.fn() });

describe('the main window', () => {
  it('is created sandboxed, isolated, without Node, with our preload, and loads the built renderer', async () => {
    await start();
    const win = onlyWindow();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      preload: path.join(mainDir, 'preload.cjs'),
    });
    expect(win.loaded).toBe(path.resolve(tmp, 'dist', 'renderer', 'index.html'));
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('installs the strict CSP on every response, replacing a weaker one', async () => {
    await start();
    const listener = fake.session.defaultSession.headersListener;
    expect(listener).toBeTypeOf('function');
    const callback = vi.fn();
    listener!(
      { responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } } as never,
      callback,
    );
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('denies navigation away from our page, webviews, and new windows (https goes to the browser)', async () => {
    await start();
    const contents = onlyWindow().webContents;
    const ours = pathToFileURL(path.resolve(tmp, 'dist', 'renderer', 'index.html')).href;

    for (const url of ['https://example.org/', 'file:///etc/passwd', `${ours}?x=1`, 'javascript:alert(1)']) {
      const event = preventable();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const reload = preventable();
    contents.emit('will-navigate', reload, `${ours}#/settings`);
    expect(reload.preventDefault).not.toHaveBeenCalled();

    const frameNav = { url: 'https://example.org/', ...preventable() };
    contents.emit('will-frame-navigate', frameNav);
    expect(frameNav.preventDefault).toHaveBeenCalled();

    const webview = preventable();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();

    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://example.org/help' } as never)).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.org/help');
    fake.shell.openExternal.mockClear();
    for (const url of ['http://example.org/', 'file:///etc/passwd', ours, 'smb://host/share']) {
      expect(open({ url } as never)).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('guards every WebContents Electron creates, not only the main window', async () => {
    await start();
    const other = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    const event = preventable();
    other.emit('will-navigate', event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(other.windowOpenHandler!({ url: 'https://example.org/' } as never)).toEqual({ action: 'deny' });
  });

  it('refuses permission requests and checks', async () => {
    await start();
    const { permissionRequest, permissionCheck } = fake.session.defaultSession;
    const contents = onlyWindow().webContents as unknown as WebContents;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'] as const) {
      const callback = vi.fn();
      permissionRequest!(contents, permission, callback, {} as never);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(permissionCheck!(contents, permission, 'file://', {} as never), permission).toBe(false);
    }
  });
});

describe('the IPC transport', () => {
  it('forwards calls from our page to a real core and change events to every window', async () => {
    const shell = await start();
    const win = onlyWindow();
    const call = callHandler();
    const event = invokeEvent(win.webContents, win.webContents.mainFrame);

    const created = await call(event, 'programme.create', { title: '五年规划宣贯' });
    expect(created.ok).toBe(true);
    const listed = await call(event, 'programme.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ title: '五年规划宣贯' }] });
    expect(shell.runtime.core.db.prepare('SELECT count(*) AS n FROM programme').get()).toEqual({ n: 1 });

    const events = win.webContents.sent.filter((m) => m.channel === IPC.event).map((m) => m.payload as ChangeEvent);
    expect(events).toHaveLength(1);
    expect(events[0]!.topics).toContain('programme');

    // Validation failures come back as Results, unchanged.
    expect(await call(event, 'programme.create', { title: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await call(event, 'no.such.channel', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await call(event, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await call(event, { toString: () => 'programme.list' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses calls from a foreign URL, an iframe, a gone frame, or a WebContents that is not our window', async () => {
    const shell = await start();
    const win = onlyWindow();
    const call = callHandler();
    const input = { title: 'should not exist' };
    const unauthorized = { ok: false, error: { code: 'unauthorized' } };

    const iframe = new fake.FakeFrame(win.webContents.mainFrame.url, win.webContents.mainFrame, 999);
    expect(await call(invokeEvent(win.webContents, iframe), 'programme.create', input)).toEqual(unauthorized);
    expect(await call(invokeEvent(win.webContents, null), 'programme.create', input)).toEqual(unauthorized);

    const stranger = new fake.FakeWebContents();
    stranger.mainFrame.url = win.webContents.mainFrame.url;
    expect(await call(invokeEvent(stranger, stranger.mainFrame), 'programme.create', input)).toEqual(unauthorized);

    // A frame claiming to be the main frame but belonging to another tree.
    const impostor = new fake.FakeFrame(win.webContents.mainFrame.url, null, 12345);
    expect(await call(invokeEvent(win.webContents, impostor), 'programme.create', input)).toEqual(unauthorized);

    for (const url of ['https://example.org/', 'file:///tmp/evil.html', `${win.webContents.mainFrame.url}?x=1`]) {
      win.webContents.mainFrame.url = url;
      expect(await call(invokeEvent(win.webContents, win.webContents.mainFrame), 'programme.create', input), url).toEqual(unauthorized);
    }

    // A closed window's page is no longer ours.
    win.webContents.mainFrame.url = pathToFileURL(win.loaded!).href;
    win.close();
    expect(await call(invokeEvent(win.webContents, win.webContents.mainFrame), 'programme.list', {})).toEqual(unauthorized);

    expect(shell.runtime.core.db.prepare('SELECT count(*) AS n FROM programme').get()).toEqual({ n: 0 });
  });

  it('accepts any hash route of our page', async () => {
    await start();
    const win = onlyWindow();
    win.webContents.mainFrame.url += '#/directory';
    expect(await callHandler()(invokeEvent(win.webContents, win.webContents.mainFrame), 'programme.list', {})).toMatchObject({ ok: true });
  });
});

/**
 * Runs the preload as Electron runs a sandboxed one: compiled to CommonJS, wrapped in a function
 * that receives a `require` knowing only 'electron', plus `exports` and `module`. A runtime import
 * of any local file would throw here, as it would in the app.
 */
function loadPreload(): { exports: Record<string, unknown>; required: string[] } {
  const source = fs.readFileSync(path.resolve('main/app/preload.cts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: 'preload.cts',
  });
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return { contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer };
    throw new Error(`module not found: ${name}`);
  };
  const exports: Record<string, unknown> = {};
  const run = vm.runInThisContext(`(function (require, process, exports, module) {${outputText}\n})`) as (...args: unknown[]) => void;
  run(sandboxRequire, {}, exports, { exports });
  return { exports, required };
}

describe('the preload', () => {
  beforeEach(() => {
    fake.exposed.clear();
    vi.mocked(fake.contextBridge.exposeInMainWorld).mockClear();
    fake.ipcRenderer.removeAllListeners();
  });

  it('runs with only electron available and exposes exactly one `convene` object', () => {
    const { exports, required } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(exports.PRELOAD_IPC).toEqual(IPC);
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.exposed.keys()]).toEqual(['convene']);
    const bridge = fake.exposed.get('convene') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onCommand', 'onEvent']);
  });

  it('invokes the call channel, turns a rejected invoke into a Result, and never leaks the IPC event', async () => {
    loadPreload();
    const bridge = fake.exposed.get('convene') as ConveneBridge;

    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    await expect(bridge.call('programme.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.call, 'programme.list', {});

    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(bridge.call('programme.list', {})).resolves.toEqual({ ok: false, error: { code: 'internal' } });

    const received: unknown[][] = [];
    const off = bridge.onEvent((...args: unknown[]) => received.push(args));
    const offCommand = bridge.onCommand((...args: unknown[]) => received.push(args));
    const change: ChangeEvent = { topics: ['programme'], ids: [], seq: 1 };
    fake.ipcRenderer.emit(IPC.event, { sender: 'the IpcRendererEvent' }, change);
    fake.ipcRenderer.emit(IPC.command, { sender: 'the IpcRendererEvent' }, APP_COMMANDS.settings);
    expect(received).toEqual([[change], [APP_COMMANDS.settings]]);

    off();
    offCommand();
    expect(fake.ipcRenderer.listenerCount(IPC.event)).toBe(0);
    expect(fake.ipcRenderer.listenerCount(IPC.command)).toBe(0);
  });
});

function labelsOf(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labelsOf(item.submenu) : [])]);
}
function rolesOf(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? rolesOf(item.submenu) : [])]).filter(Boolean);
}
function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = Array.isArray(item.submenu) ? find(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe('the application menu', () => {
  const base = { isPackaged: false, command: () => {}, openDataFolder: () => {} };

  it('has the usual roles, the app menu on macOS only, and dev tools only when not packaged', () => {
    const linux = buildMenuTemplate({ ...base, platform: 'linux', labels: menuMessages('en') });
    expect(linux.map((m) => m.role)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(rolesOf(linux)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'toggleDevTools', 'togglefullscreen', 'minimize', 'about']));

    const mac = buildMenuTemplate({ ...base, platform: 'darwin', labels: menuMessages('en') });
    expect(mac.map((m) => m.role)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(rolesOf(mac)).toEqual(expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'front', 'close']));

    const packaged = buildMenuTemplate({ ...base, isPackaged: true, platform: 'win32', labels: menuMessages('en') });
    expect(rolesOf(packaged)).not.toContain('toggleDevTools');
    expect(rolesOf(packaged)).not.toContain('reload');
  });

  it('speaks zh-CN and en, every item labelled', () => {
    const zh = buildMenuTemplate({ ...base, platform: 'linux', labels: menuMessages('zh-CN') });
    const en = buildMenuTemplate({ ...base, platform: 'linux', labels: menuMessages('en') });
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    for (const template of [zh, en]) {
      const unlabeled = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
        items.flatMap((i) => [...(i.type === 'separator' || i.label ? [] : [i]), ...(Array.isArray(i.submenu) ? unlabeled(i.submenu) : [])]);
      expect(unlabeled(template)).toEqual([]);
    }
    expect(labelsOf(zh)).toContain('撤销');
    expect(labelsOf(en)).toContain('Undo');
  });

  it('is installed in the UI language, follows a language change, and sends app commands to the window', async () => {
    fake.state.locale = 'en-US';
    await start();
    const win = onlyWindow();
    expect(fake.state.menu!.template.map((m) => m.label)).toContain('File');

    const call = callHandler();
    const event = invokeEvent(win.webContents, win.webContents.mainFrame);
    expect(await call(event, 'settings.update', { language: 'zh-CN' })).toMatchObject({ ok: true });
    expect(fake.state.menu!.template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);

    const template = fake.state.menu!.template;
    for (const [label, command] of [
      ['首页', APP_COMMANDS.home],
      ['人员与单位', APP_COMMANDS.directory],
      ['设置…', APP_COMMANDS.settings],
    ] as const) {
      find(template, label)!.click!({} as never, undefined, {} as never);
      expect(win.webContents.sent.at(-1)).toEqual({ channel: IPC.command, payload: command });
    }
    find(template, '打开数据文件夹')!.click!({} as never, undefined, {} as never);
    expect(fake.shell.openPath).toHaveBeenCalledWith(dataDir);
  });
});

describe('application lifecycle', () => {
  it('quits at once when another instance holds the lock', async () => {
    fake.state.hasLock = false;
    const shell = await startApp({ argv: ['electron', '.', '--data', dataDir], env: {}, mainDir, log: () => {} });
    expect(shell).toBeNull();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.all).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'convene.db'))).toBe(false);
  });

  it('focuses the existing window on a second launch and passes its arguments on', async () => {
    const launches: (readonly string[])[] = [];
    await start([], (argv) => launches.push(argv));
    const win = onlyWindow();
    win.minimized = true;
    fake.app.emit('second-instance', {}, ['electron', '.', 'minutes.docx'], '/home/secretary', {});
    expect(fake.FakeBrowserWindow.all).toHaveLength(1);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);
    expect(launches.at(-1)).toEqual(['electron', '.', 'minutes.docx']);
  });

  it('takes the at-quit backup and closes the database on will-quit', async () => {
    const shell = await start();
    const db = shell.runtime.core.db;
    fake.app.emit('will-quit', { preventDefault() {} });
    expect(db.open).toBe(false);
    const backups = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(backups.some((name) => name.includes('at-quit'))).toBe(true);
  });

  it('uses the data folder of --data, then CONVENE_DATA_DIR, then userData', async () => {
    fake.state.userData = path.join(tmp, 'userData');
    const fromUserData = await startApp({ argv: ['electron', '.'], env: {}, mainDir, log: () => {} });
    expect(fromUserData!.dataDir).toBe(fake.state.userData);
    fromUserData!.runtime.close({ backup: false });

    fake.resetFakes();
    const fromEnv = await startApp({ argv: ['electron', '.'], env: { CONVENE_DATA_DIR: dataDir }, mainDir, log: () => {} });
    expect(fromEnv!.dataDir).toBe(dataDir);
    shells.push(fromEnv!);
  });

  it('opens a database from a newer Convene in recovery mode: the window explains, nothing is touched', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'convene.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.exec('CREATE TABLE future (x)');
    db.close();
    const before = fs.readFileSync(file);

    const shell = await startApp({ argv: ['electron', '.', '--data', dataDir], env: {}, mainDir, log: () => {} });
    shells.push(shell!);
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    const win = onlyWindow();
    const status = await callHandler()(invokeEvent(win.webContents, win.webContents.mainFrame), 'recovery.status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'future', found: 999 } });
    expect(await callHandler()(invokeEvent(win.webContents, win.webContents.mainFrame), 'programme.list', {})).toMatchObject({
      ok: false,
      error: { code: 'database_future' },
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('opens a damaged database file in recovery mode the same way', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'convene.db'), 'this is not a database, just text that fills the header '.repeat(200));
    const shell = await startApp({ argv: ['electron', '.', '--data', dataDir], env: {}, mainDir, log: () => {} });
    shells.push(shell!);
    const win = onlyWindow();
    const status = await callHandler()(invokeEvent(win.webContents, win.webContents.mainFrame), 'recovery.status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'corrupt' } });
  });
});

describe('window state', () => {
  it('is saved at close and restored at the next launch', async () => {
    const first = await start();
    const win = onlyWindow();
    win.bounds = { x: 200, y: 120, width: 1400, height: 900 };
    win.maximized = true;
    win.close();
    expect(readWindowState(path.join(dataDir, WINDOW_STATE_FILE))).toEqual({ x: 200, y: 120, width: 1400, height: 900, maximized: true });
    first.runtime.close({ backup: false });
    shells = [];

    fake.resetFakes();
    fake.state.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
    await start();
    const again = onlyWindow();
    expect(again.options).toMatchObject({ x: 200, y: 120, width: 1400, height: 900 });
    again.emit('ready-to-show');
    expect(again.maximized).toBe(true);
  });

  it('is re-centred when its display is gone, and survives a garbage file', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, WINDOW_STATE_FILE), JSON.stringify({ x: 3000, y: 100, width: 1400, height: 900, maximized: false }));
    await start();
    const win = onlyWindow();
    expect(win.options.x).toBeUndefined();
    expect(win.options).toMatchObject({ width: 1400, height: 900 });
    shells.pop()!.runtime.close({ backup: false });

    fake.resetFakes();
    fs.writeFileSync(path.join(dataDir, WINDOW_STATE_FILE), '{"width": "wide"');
    await start();
    expect(onlyWindow().options).toMatchObject({ width: 1280, height: 800 });
  });

  const screenA = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const screenB = { workArea: { x: 1920, y: 0, width: 1280, height: 1000 } };
  const s = (x: number | undefined, y: number | undefined, width: number, height: number): WindowState => ({
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    maximized: false,
  });

  it.each([
    ['fully visible: unchanged', s(100, 100, 1200, 800), [screenA], s(100, 100, 1200, 800)],
    ['on the second display: kept there', s(2000, 50, 1000, 700), [screenA, screenB], s(2000, 50, 1000, 700)],
    ['second display unplugged: centred', s(2000, 50, 1000, 700), [screenA], s(undefined, undefined, 1000, 700)],
    ['hanging off the right edge: pulled in', s(1500, 100, 1000, 700), [screenA], s(920, 100, 1000, 700)],
    ['above the top: pulled down', s(100, -300, 1000, 700), [screenA], s(100, 0, 1000, 700)],
    ['larger than the display: shrunk', s(0, 0, 3000, 2000), [screenA], s(0, 0, 1920, 1040)],
    ['smaller than the minimum: grown', s(10, 10, 200, 100), [screenA], s(10, 10, 800, 560)],
    ['never positioned: size only', s(undefined, undefined, 1280, 800), [screenA], s(undefined, undefined, 1280, 800)],
    ['no displays reported: size only', s(100, 100, 1280, 800), [], s(undefined, undefined, 1280, 800)],
    ['a sliver visible is not enough', s(1900, 1030, 1000, 700), [screenA], s(undefined, undefined, 1000, 700)],
  ])('clamps to the displays: %s', (_name, state, displays, expected) => {
    expect(clampToDisplays(state, displays)).toEqual(expected);
  });
});

describe('small pieces', () => {
  it('recognises our page only', () => {
    const files = appFiles('/opt/Convene/resources/app.asar/dist/main/app');
    expect(files.indexHtml).toBe('/opt/Convene/resources/app.asar/dist/renderer/index.html');
    expect(files.preload).toBe('/opt/Convene/resources/app.asar/dist/main/app/preload.cjs');
    expect(isAppUrl(`${files.indexUrl}#/session/1`, files)).toBe(true);
    expect(isAppUrl(files.indexUrl, files)).toBe(true);
    expect(isAppUrl(`${files.indexUrl}?token=x`, files)).toBe(false);
    expect(isAppUrl('file:///opt/Convene/resources/app.asar/dist/renderer/other.html', files)).toBe(false);
    expect(isAppUrl('https://opt/Convene/resources/app.asar/dist/renderer/index.html', files)).toBe(false);
    expect(isAppUrl('not a url', files)).toBe(false);
  });

  it('finds the Electron build of better-sqlite3 in development and in a package', () => {
    const common = { appPath: '/src/convene', resourcesPath: '/opt/Convene/resources' };
    expect(nativeBindingPath({ ...common, electronVersion: undefined, isPackaged: false })).toBeUndefined();
    expect(nativeBindingPath({ ...common, electronVersion: '45.5.0', isPackaged: false })).toBe(
      '/src/convene/.native/electron-45.5.0/better_sqlite3.node',
    );
    expect(nativeBindingPath({ ...common, electronVersion: '45.5.0', isPackaged: true })).toBe(
      '/opt/Convene/resources/app.asar.unpacked/.native/electron-45.5.0/better_sqlite3.node',
    );
  });

  it('explains a missing native build and an unexpected failure', () => {
    const missing = describeStartupError(new NativeBindingMissing('/x/better_sqlite3.node'), 'en', '/data');
    expect(missing.message).toContain('/x/better_sqlite3.node');
    expect(missing.message).toContain('prepare-electron-native');
    const other = describeStartupError(new Error('disk on fire'), 'zh-CN', '/data');
    expect(other.title).toBe('Convene 无法启动');
    expect(other.message).toContain('disk on fire');
    expect(other.message).toContain('/data');
  });
});
