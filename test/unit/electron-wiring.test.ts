import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import ts from 'typescript';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS, IPC, isAppCommand, type ConveneBridge } from '../../shared/contract/bridge.js';
import { TOPICS, type ChangeEvent } from '../../shared/contract/events.js';
import type { Result } from '../../shared/contract/result.js';
import type { ExportedFile } from '../../shared/minutes.js';
import { APP_ORIGIN, appFiles, isAppUrl } from '../../main/app/app-files.js';
import { accelerators, buildMenuTemplate } from '../../main/app/menu.js';
import { menuMessages } from '../../main/app/messages.js';
import { nativeBindingPath } from '../../main/app/native-binding.js';
import { CONTENT_SECURITY_POLICY } from '../../main/app/security.js';
import { describeStartupError, NativeBindingMissing } from '../../main/app/startup-error.js';
import { startApp, type ConveneShell } from '../../main/app/start.js';
import { bundleFilesIn } from '../../main/app/open-bundle.js';
import { TRUSTED_LINK_PREFIXES } from '../../main/app/external-links.js';
import { displayMatching, projectorPlacement } from '../../main/app/projector.js';
import { CONVENE_APPLICATION_ID } from '../../main/db/identity.js';
import { appResponse } from '../../main/app/protocol.js';
import { clampToDisplays, readWindowState, WINDOW_STATE_FILE, WINDOW_STATE_FILES, type WindowState } from '../../main/app/window-state.js';
import { ok, testRuntime } from '../helpers/runtime.js';
import { leaveLeftovers } from '../helpers/scratch.js';
import * as fake from './electron-fakes.js';

vi.mock('electron', () => import('./electron-fakes.js'));

let tmp: string;
let mainDir: string;
let dataDir: string;
let shells: ConveneShell[];

const OUR_PAGE = `${APP_ORIGIN}/index.html`;

beforeEach(() => {
  fake.resetFakes();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-electron-'));
  mainDir = path.join(tmp, 'dist', 'main', 'app');
  dataDir = path.join(tmp, 'data');
  shells = [];
  fake.state.displays = [fake.display(1, 0, 0, 1920, 1080)];
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

/** The main window, shown as Electron shows it once the page has painted. */
function shownMainWindow(): fake.FakeBrowserWindow {
  const win = fake.FakeBrowserWindow.all[0]!;
  if (!win.shown) win.emit('ready-to-show');
  return win;
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
    expect(win.loaded).toBe('app://convene/index.html');
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
    const ours = OUR_PAGE;
    // Our own index.html, but over file://: not ours any more (the UI lives on app:// only).
    const ourFile = pathToFileURL(path.resolve(tmp, 'dist', 'renderer', 'index.html')).href;

    for (const url of ['https://example.org/', 'file:///etc/passwd', ourFile, `${ours}?x=1`, 'app://other/index.html', 'app://convene/other.html', 'javascript:alert(1)']) {
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
    expect(open({ url: 'https://example.org/convene/docs/' } as never)).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.org/convene/docs/');
    fake.shell.openExternal.mockClear();
    for (const url of ['http://example.org/', 'file:///etc/passwd', ours, `${ours}#/settings`, `${ours}?x=1#/projector/x`, 'smb://host/share']) {
      expect(open({ url } as never)).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  describe('links to the web', () => {
    /** What the page asks for, and what came of it once the dialog (if any) was answered. */
    async function ask(url: string) {
      onlyWindow().webContents.windowOpenHandler!({ url } as never);
      // The fakes answer at once: one turn of the event loop settles the dialog and the opening.
      await new Promise((resolve) => setImmediate(resolve));
      return { opened: fake.shell.openExternal.mock.calls.map((c) => c[0]), asked: fake.dialog.showMessageBox.mock.calls.map((c) => c[1]) };
    }
    beforeEach(() => {
      fake.shell.openExternal.mockClear();
      fake.dialog.showMessageBox.mockClear();
    });

    it("open the project's homepage and documentation at once, and nothing else without asking", async () => {
      await start();
      const home = await ask('https://example.org/convene');
      expect(home).toEqual({ opened: ['https://example.org/convene'], asked: [] });
      fake.shell.openExternal.mockClear();
      expect((await ask('https://example.org/convene/docs/capture.html#keys')).opened).toEqual(['https://example.org/convene/docs/capture.html#keys']);
      expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
      // package.json's homepage is the one trusted.
      const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage: string };
      expect(TRUSTED_LINK_PREFIXES).toEqual([pkg.homepage]);
    });

    it('ask first, in the UI language, naming the address; Cancel (the default) opens nothing', async () => {
      await start();
      fake.state.messageBoxResponse = 1;
      for (const url of ['https://evil.example/phish', 'https://example.org/convene-evil', 'https://example.org/']) {
        fake.dialog.showMessageBox.mockClear();
        const { opened, asked } = await ask(url);
        expect(opened, url).toEqual([]);
        expect(asked).toHaveLength(1);
        expect(asked[0]).toMatchObject({ type: 'question', message: '要在浏览器中打开这个网址吗？', buttons: ['打开', '取消'], defaultId: 1, cancelId: 1 });
        expect(asked[0]!.detail).toContain(url);
      }
      fake.state.messageBoxResponse = 0;
      fake.dialog.showMessageBox.mockClear();
      expect(await ask('https://evil.example/phish')).toMatchObject({ opened: ['https://evil.example/phish'] });
    });

    it('refuse what is not plain https, or hides a user name, without a dialog; one question at a time', async () => {
      await start();
      for (const url of ['http://example.org/convene', 'file:///etc/passwd', 'javascript:alert(1)', 'https://example.org%2Fconvene@evil.example/', 'https://user:pw@example.org/convene']) {
        expect(await ask(url), url).toEqual({ opened: [], asked: [] });
      }
      let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => {};
      fake.dialog.showMessageBox.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
      await ask('https://one.example/');
      await ask('https://two.example/');
      expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
      answer({ response: 0, checkboxChecked: false });
      await vi.waitFor(() => expect(fake.shell.openExternal.mock.calls.map((c) => c[0])).toEqual(['https://one.example/']));
    });
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

  it('announces every topic when the laptop wakes from sleep, so every window refetches what it shows', async () => {
    await start();
    const win = onlyWindow();
    fake.powerMonitor.emit('resume');
    const events = win.webContents.sent.filter((m) => m.channel === IPC.event).map((m) => m.payload as ChangeEvent);
    expect(events).toHaveLength(1);
    expect([...events[0]!.topics].sort()).toEqual([...TOPICS].sort());
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

    const ourFile = pathToFileURL(path.resolve(tmp, 'dist', 'renderer', 'index.html')).href;
    for (const url of ['https://example.org/', 'file:///tmp/evil.html', ourFile, `${win.webContents.mainFrame.url}?x=1`]) {
      win.webContents.mainFrame.url = url;
      expect(await call(invokeEvent(win.webContents, win.webContents.mainFrame), 'programme.create', input), url).toEqual(unauthorized);
    }

    // A closed window's page is no longer ours.
    win.webContents.mainFrame.url = win.loaded!;
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
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onCommand', 'onEvent', 'openProjector']);
  });

  it('asks main for the projector on its own channel, and turns a rejection into a Result', async () => {
    loadPreload();
    const bridge = fake.exposed.get('convene') as ConveneBridge;
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await expect(bridge.openProjector('session-1')).resolves.toEqual({ ok: true, value: null });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.openProjector, 'session-1');
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(bridge.openProjector('session-1')).resolves.toEqual({ ok: false, error: { code: 'internal' } });
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
  const base = { isPackaged: false, command: () => {}, openDataFolder: () => {}, importBundle: () => {}, toggleProjectorFullScreen: () => {} };

  it('has the usual roles, the app menu on macOS only, and dev tools only when not packaged', () => {
    const linux = buildMenuTemplate({ ...base, platform: 'linux', labels: menuMessages('en') });
    expect(linux.map((m) => m.role ?? m.label)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'Session', 'windowMenu', 'help']);
    expect(rolesOf(linux)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'toggleDevTools', 'togglefullscreen', 'minimize', 'about']));

    const mac = buildMenuTemplate({ ...base, platform: 'darwin', labels: menuMessages('en') });
    expect(mac.map((m) => m.role ?? m.label)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'Session', 'windowMenu', 'help']);
    expect(rolesOf(mac)).toEqual(expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'front', 'close']));

    const packaged = buildMenuTemplate({ ...base, isPackaged: true, platform: 'win32', labels: menuMessages('en') });
    expect(rolesOf(packaged)).not.toContain('toggleDevTools');
    expect(rolesOf(packaged)).not.toContain('reload');
  });

  it('speaks zh-CN and en, every item labelled', () => {
    const zh = buildMenuTemplate({ ...base, platform: 'linux', labels: menuMessages('zh-CN') });
    const en = buildMenuTemplate({ ...base, platform: 'linux', labels: menuMessages('en') });
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '会议', '窗口', '帮助']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Session', 'Window', 'Help']);
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
    expect(fake.state.menu!.template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '会议', '窗口', '帮助']);

    const template = fake.state.menu!.template;
    for (const [label, command] of [
      ['首页', APP_COMMANDS.home],
      ['人员与单位', APP_COMMANDS.directory],
      ['设置…', APP_COMMANDS.settings],
      ['新建会议…', APP_COMMANDS.newSession],
      ['导出…', APP_COMMANDS.export],
      ['记录发言', APP_COMMANDS.capture],
      ['下一位发言人', APP_COMMANDS.nextSpeaker],
      ['打开投影', APP_COMMANDS.projector],
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

  it('removes the print folders a Convene killed during a PDF export left behind, and nothing else', async () => {
    const tmpDir = path.join(tmp, 'tmp');
    const leftovers = leaveLeftovers(tmpDir);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmpDir;
    try {
      await start();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    leftovers.expectCleaned();
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
    // A newer Convene's file carries Convene's application_id, as every Convene file does now.
    db.pragma(`application_id = ${CONVENE_APPLICATION_ID}`);
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

describe('the app:// scheme', () => {
  function writeRenderer() {
    const root = path.join(tmp, 'dist', 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Convene</title>');
    fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(tmp, 'dist', 'secret.txt'), 'outside the renderer');
    return root;
  }

  it('is registered as privileged before the app is ready, then serves the built renderer', async () => {
    writeRenderer();
    await start();
    expect(fake.protocol.registered).toEqual([
      { schemes: [{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }], whenReady: false },
    ]);
    const privileges = fake.protocol.registered[0]!.schemes[0]!.privileges!;
    expect(privileges.bypassCSP).toBeFalsy();
    expect(privileges.corsEnabled).toBeFalsy();
    expect(privileges.allowServiceWorkers).toBeFalsy();

    const handler = fake.protocol.handlers.get('app')!;
    const page = await handler(new Request('app://convene/index.html') as never);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Convene</title>');
    const script = await handler(new Request('app://convene/assets/index-abc123.js') as never);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves nothing outside dist/renderer, and nothing for another host', async () => {
    const root = writeRenderer();
    const get = (url: string) => appResponse({ url, method: 'GET' }, root);
    expect((await get('app://convene/../secret.txt')).status).toBe(403);
    expect((await get('app://convene/%2e%2e/secret.txt')).status).toBe(403);
    expect((await get('app://convene/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://convene/assets/missing.js')).status).toBe(404);
    expect((await appResponse({ url: 'app://convene/index.html', method: 'POST' }, root)).status).toBe(405);
  });
});

/** Clicks the menu item with this label in the installed application menu. */
function clickMenu(label: string): void {
  const item = find(fake.state.menu!.template, label);
  expect(item, label).toBeDefined();
  item!.click!({} as never, undefined, {} as never);
}

describe("the app's own commands", () => {
  const base = { isPackaged: true, command: () => {}, openDataFolder: () => {}, importBundle: () => {}, toggleProjectorFullScreen: () => {} };

  it.each(['linux', 'win32', 'darwin'] as const)('have menu items with shortcuts on %s', (platform) => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ ...base, platform, labels: menuMessages('en'), command: (c) => sent.push(c) });
    const keys = accelerators(platform);
    const expected = [
      ['New Session…', keys.newSession, APP_COMMANDS.newSession],
      ['Export…', keys.export, APP_COMMANDS.export],
      ['Take Notes', keys.capture, APP_COMMANDS.capture],
      ['Next Speaker', keys.nextSpeaker, APP_COMMANDS.nextSpeaker],
      ['Open Projector', keys.projector, APP_COMMANDS.projector],
      ['Home', keys.home, APP_COMMANDS.home],
      ['People and Units', keys.directory, APP_COMMANDS.directory],
      ['Settings…', keys.settings, APP_COMMANDS.settings],
    ] as const;
    for (const [label, accelerator, command] of expected) {
      const item = find(template, label)!;
      expect(item.accelerator, label).toBe(accelerator);
      item.click!({} as never, undefined, {} as never);
      expect(sent.at(-1)).toBe(command);
    }
    expect(find(template, 'Projector Full Screen')?.accelerator).toBe(keys.projectorFullScreen);
  });

  it('use distinct shortcuts that leave the editing keys, the renderer keys and the IME switch alone', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const keys = Object.values(accelerators(platform));
      expect(new Set(keys).size, platform).toBe(keys.length);
      for (const taken of ['CmdOrCtrl+K', 'CmdOrCtrl+I', 'CmdOrCtrl+Z', 'CmdOrCtrl+C', 'CmdOrCtrl+V', 'CmdOrCtrl+X', 'CmdOrCtrl+A', 'CmdOrCtrl+Space', 'F11']) {
        expect(keys, `${platform} ${taken}`).not.toContain(taken);
      }
      expect(keys.filter((key) => /^[A-Z0-9]$/.test(key))).toEqual([]);
    }
  });

  it('are one shared list, every command a known one', () => {
    expect(Object.values(APP_COMMANDS).every(isAppCommand)).toBe(true);
    expect(isAppCommand('navigate:nowhere')).toBe(false);
    expect(new Set(Object.values(APP_COMMANDS)).size).toBe(Object.values(APP_COMMANDS).length);
  });

  it('go to the main window even when the projector has the focus', async () => {
    const shell = await start();
    const main = onlyWindow();
    shell.projector.open('session-1');
    const projector = fake.FakeBrowserWindow.all[1]!;
    fake.FakeBrowserWindow.focused = projector;
    clickMenu('下一位发言人');
    expect(main.webContents.sent.at(-1)).toEqual({ channel: IPC.command, payload: APP_COMMANDS.nextSpeaker });
    expect(projector.webContents.sent.filter((m) => m.channel === IPC.command)).toEqual([]);
  });
});

describe('the projector window', () => {
  const laptop = fake.display(1, 0, 0, 1920, 1080);
  const projectorScreen = fake.display(2, 1920, 0, 1280, 720);

  async function openFromPage(sessionId: unknown) {
    const main = onlyWindow();
    const handler = fake.ipcMain.handlers.get(IPC.openProjector)!;
    return (await handler(invokeEvent(main.webContents, main.webContents.mainFrame), sessionId)) as Result<null>;
  }

  it('opens from the page, hardened like the main window, on the projector route', async () => {
    await start();
    expect(await openFromPage('session-1')).toEqual({ ok: true, value: null });
    const [main, projector] = fake.FakeBrowserWindow.all;
    expect(projector!.options.webPreferences).toEqual(main!.options.webPreferences);
    expect(projector!.loaded).toBe(`${OUR_PAGE}#/projector/session-1`);
    // Its page is ours: it may read run.state through the bridge, and it gets change events.
    const state = await callHandler()(invokeEvent(projector!.webContents, projector!.webContents.mainFrame), 'programme.list', {});
    expect(state).toMatchObject({ ok: true });
  });

  it('refuses a malformed session id and a foreign page', async () => {
    await start();
    for (const bad of ['', '../settings', 'a b', 'x'.repeat(65), 42, null, { id: 'x' }]) {
      expect(await openFromPage(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    const main = onlyWindow();
    main.webContents.mainFrame.url = 'https://example.org/';
    expect(await openFromPage('session-1')).toEqual({ ok: false, error: { code: 'unauthorized' } });
    expect(fake.FakeBrowserWindow.all).toHaveLength(1);
  });

  it('goes full screen on the second display, leaving the focus with the facilitator', async () => {
    fake.state.displays = [laptop, projectorScreen];
    await start();
    shownMainWindow();
    await openFromPage('session-1');
    const projector = fake.FakeBrowserWindow.all[1]!;
    expect(projector.options).toMatchObject({ ...projectorScreen.bounds, show: false, autoHideMenuBar: true });
    projector.emit('ready-to-show');
    expect(projector.shownInactive).toBe(true);
    expect(projector.fullScreen).toBe(true);
  });

  it('picks the display the main window is not on, whichever that is', () => {
    const remembered = { width: 1280, height: 720, maximized: false };
    expect(projectorPlacement([laptop, projectorScreen], { x: 2000, y: 100, width: 1000, height: 600 }, remembered)).toEqual({
      displayId: 1,
      bounds: laptop.bounds,
      fullScreen: true,
    });
    const big = fake.display(3, -2560, 0, 2560, 1440);
    expect(projectorPlacement([laptop, projectorScreen, big], { x: 100, y: 100, width: 1000, height: 600 }, remembered).displayId).toBe(3);
    expect(displayMatching([laptop, projectorScreen], { x: 1800, y: 0, width: 400, height: 300 })?.id).toBe(2);
    expect(displayMatching([laptop], { x: 5000, y: 0, width: 400, height: 300 })).toBeUndefined();
  });

  it('with one display opens as a window, centred, then where it was left (its own state file)', async () => {
    const first = await start();
    shownMainWindow();
    first.projector.open('session-1');
    const projector = fake.FakeBrowserWindow.all[1]!;
    expect(projector.options).toMatchObject({ x: 320, y: 160, width: 1280, height: 720 });
    projector.emit('ready-to-show');
    expect(projector.fullScreen).toBe(false);
    expect(projector.shownInactive).toBe(false);
    expect(projector.shown).toBe(true);

    projector.bounds = { x: 100, y: 50, width: 960, height: 540 };
    projector.close();
    expect(readWindowState(path.join(dataDir, WINDOW_STATE_FILES.projector))).toEqual({ x: 100, y: 50, width: 960, height: 540, maximized: false });
    // The main window's state is its own.
    expect(fs.existsSync(path.join(dataDir, WINDOW_STATE_FILE))).toBe(false);
    first.projector.open('session-1');
    expect(fake.FakeBrowserWindow.all[2]!.options).toMatchObject({ x: 100, y: 50, width: 960, height: 540 });
  });

  it("opens from the session tabs' link (a window.open of the projector route): the projector window, not a window of Electron's", async () => {
    await start();
    const main = onlyWindow();
    const open = main.webContents.windowOpenHandler!;
    expect(open({ url: `${OUR_PAGE}#/projector/session-1`, disposition: 'foreground-tab' } as never)).toEqual({ action: 'deny' });
    expect(fake.FakeBrowserWindow.all).toHaveLength(2);
    expect(fake.FakeBrowserWindow.all[1]!.loaded).toBe(`${OUR_PAGE}#/projector/session-1`);
    // A malformed id, another route, or the same URL asked for by a page that is not our main window: nothing.
    for (const url of [`${OUR_PAGE}#/projector/a%20b`, `${OUR_PAGE}#/projector/`, `${OUR_PAGE}#/projector/x/y`]) {
      expect(open({ url } as never)).toEqual({ action: 'deny' });
    }
    const other = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    other.windowOpenHandler!({ url: `${OUR_PAGE}#/projector/session-2` } as never);
    main.webContents.mainFrame.url = 'https://example.org/';
    open({ url: `${OUR_PAGE}#/projector/session-2` } as never);
    expect(fake.FakeBrowserWindow.all[1]!.loads).toEqual([`${OUR_PAGE}#/projector/session-1`]);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('shows another session in the same window, and only one projector exists', async () => {
    fake.state.displays = [laptop, projectorScreen];
    const shell = await start();
    shell.projector.open('session-1');
    shell.projector.open('session-1');
    shell.projector.open('session-2');
    expect(fake.FakeBrowserWindow.all).toHaveLength(2);
    expect(fake.FakeBrowserWindow.all[1]!.loads).toEqual([`${OUR_PAGE}#/projector/session-1`, `${OUR_PAGE}#/projector/session-2`]);
  });

  it('moves to a display plugged in later, and comes back windowed when it is unplugged', async () => {
    const shell = await start();
    shownMainWindow();
    shell.projector.open('session-1');
    const projector = fake.FakeBrowserWindow.all[1]!;
    projector.emit('ready-to-show');
    expect(projector.fullScreen).toBe(false);

    fake.screen.plug(projectorScreen);
    expect(projector.bounds).toEqual(projectorScreen.bounds);
    expect(projector.fullScreen).toBe(true);

    // Another display: the projector already has one, it stays.
    fake.screen.plug(fake.display(3, -1920, 0, 1920, 1080));
    expect(projector.bounds).toEqual(projectorScreen.bounds);

    fake.screen.unplug(3);
    expect(projector.bounds).toEqual(projectorScreen.bounds);
    fake.screen.unplug(2);
    expect(projector.fullScreen).toBe(false);
    expect(displayMatching([laptop], projector.bounds)?.id).toBe(1);
    expect(projector.bounds).toMatchObject({ width: 1280, height: 720 });
  });

  it('toggles full screen from the menu (F11 on the projector itself is the View role)', async () => {
    const shell = await start();
    shell.projector.open('session-1');
    const projector = fake.FakeBrowserWindow.all[1]!;
    clickMenu('投影全屏');
    expect(projector.fullScreen).toBe(true);
    clickMenu('投影全屏');
    expect(projector.fullScreen).toBe(false);
    expect(rolesOf(fake.state.menu!.template)).toContain('togglefullscreen');
  });

  it('closes with the main window, so it never keeps the app running alone', async () => {
    const shell = await start();
    shell.projector.open('session-1');
    const [main, projector] = fake.FakeBrowserWindow.all;
    main!.close();
    expect(projector!.destroyed).toBe(true);
    expect(shell.projector.window()).toBeNull();
  });
});

describe('a .convene file handed to the app', () => {
  let bundleFile: string;

  /** A real bundle: a programme exported by another Convene. */
  function writeBundle(title = '外单位的规划研讨'): string {
    const other = testRuntime();
    try {
      const programme = ok(other.core.call('programme.create', { title })) as { id: string };
      const file = ok(other.core.call('bundle.export', { programmeId: programme.id })) as ExportedFile;
      const target = path.join(tmp, 'incoming', file.fileName.endsWith('.convene') ? file.fileName : 'bundle.convene');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
      return target;
    } finally {
      other.cleanup();
    }
  }

  const titles = (shell: ConveneShell) => (shell.runtime.core.db.prepare('SELECT title FROM programme').pluck().all() as string[]).sort();
  const boxes = () => fake.dialog.showMessageBox.mock.calls.map(([, options]) => options);

  beforeEach(() => {
    bundleFile = writeBundle();
  });

  it('finds .convene files in a command line, as paths or file:// URLs, never an option value', () => {
    expect(bundleFilesIn(['convene', 'a.convene', '--data', 'b.convene', '-x.convene', 'notes.docx', 'file:///tmp/c.CONVENE', 'a.convene'], '/home/u')).toEqual([
      '/home/u/a.convene',
      '/tmp/c.CONVENE',
    ]);
    expect(bundleFilesIn(['convene'], '/')).toEqual([]);
  });

  it('from a second launch: the running instance asks, in the UI language, then imports it', async () => {
    const shell = await start();
    shownMainWindow();
    fake.app.emit('second-instance', {}, ['convene', path.basename(bundleFile)], path.dirname(bundleFile), {});
    expect(fake.FakeBrowserWindow.all).toHaveLength(1);
    await vi.waitFor(() => expect(boxes()).toHaveLength(2));
    const [question, done] = boxes();
    expect(question).toMatchObject({ type: 'question', buttons: ['导入', '取消'], defaultId: 0, cancelId: 1 });
    expect(question!.message).toBe(`把“${path.basename(bundleFile)}”导入 Convene？`);
    expect(question!.detail).toContain(bundleFile);
    expect(fake.dialog.showMessageBox.mock.calls[0]![0]).toBe(onlyWindow());
    expect(done).toMatchObject({ type: 'info', title: '导入完成' });
    expect(titles(shell)).toEqual(['外单位的规划研讨']);
  });

  it('imports nothing when the user says no', async () => {
    const shell = await start();
    shownMainWindow();
    fake.state.messageBoxResponse = 1;
    const outcome = await shell.bundles.open(bundleFile);
    expect(outcome).toBe('cancelled');
    expect(boxes()).toHaveLength(1);
    expect(titles(shell)).toEqual([]);
  });

  it('from the first launch (argv on Windows and Linux) once the window is on screen', async () => {
    fake.state.locale = 'en-US';
    const shell = await start([bundleFile]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nothing is asked over a window that is not there yet.
    expect(boxes()).toHaveLength(0);
    shownMainWindow();
    await vi.waitFor(() => expect(boxes()).toHaveLength(2));
    expect(boxes()[0]).toMatchObject({ buttons: ['Import', 'Cancel'], message: `Import “${path.basename(bundleFile)}” into Convene?` });
    expect(titles(shell)).toEqual(['外单位的规划研讨']);
  });

  it("from macOS's open-file event, even one that comes before the app is ready", async () => {
    const early = startApp({ argv: ['electron', '.', '--data', dataDir], env: {}, mainDir, log: () => {} });
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, bundleFile);
    expect(event.preventDefault).toHaveBeenCalled();
    const shell = (await early)!;
    shells.push(shell);
    shownMainWindow();
    await vi.waitFor(() => expect(titles(shell)).toEqual(['外单位的规划研讨']));

    const second = writeBundle('第二个包');
    fake.app.emit('open-file', { preventDefault() {} }, second);
    await vi.waitFor(() => expect(titles(shell)).toEqual(['外单位的规划研讨', '第二个包'].sort()));
  });

  it('says, translated, why a damaged file was not imported, and changes nothing', async () => {
    const shell = await start();
    shownMainWindow();
    const damaged = path.join(tmp, 'damaged.convene');
    fs.writeFileSync(damaged, fs.readFileSync(bundleFile).subarray(0, 200));
    expect(await shell.bundles.open(damaged)).toBe('failed');
    const failure = boxes().at(-1)!;
    expect(failure).toMatchObject({ type: 'error', title: '无法导入', message: '“damaged.convene”没有导入。' });
    expect(failure.detail).not.toMatch(/bundle_|invalid_state/);
    expect(titles(shell)).toEqual([]);

    expect(await shell.bundles.open(path.join(tmp, 'missing.convene'))).toBe('failed');
    expect(boxes().at(-1)!.detail).toMatch(/^读不到这个文件/);
  });

  it('from File > Import Bundle', async () => {
    const shell = await start();
    shownMainWindow();
    fake.state.openDialogPaths = [bundleFile];
    clickMenu('导入会议包…');
    await vi.waitFor(() => expect(titles(shell)).toEqual(['外单位的规划研讨']));
    expect(fake.dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({ filters: [{ name: 'Convene 会议包', extensions: ['convene'] }] });
  });
});

describe('small pieces', () => {
  it('recognises our page only', () => {
    const files = appFiles('/opt/Convene/resources/app.asar/dist/main/app');
    expect(files.rendererRoot).toBe('/opt/Convene/resources/app.asar/dist/renderer');
    expect(files.indexHtml).toBe('/opt/Convene/resources/app.asar/dist/renderer/index.html');
    expect(files.preload).toBe('/opt/Convene/resources/app.asar/dist/main/app/preload.cjs');
    expect(files.indexUrl).toBe('app://convene/index.html');
    expect(isAppUrl(`${files.indexUrl}#/session/1`, files)).toBe(true);
    expect(isAppUrl(files.indexUrl, files)).toBe(true);
    expect(isAppUrl(`${files.indexUrl}?token=x`, files)).toBe(false);
    expect(isAppUrl('app://convene/', files)).toBe(false);
    expect(isAppUrl('app://convene:8080/index.html', files)).toBe(false);
    expect(isAppUrl('app://user@convene/index.html', files)).toBe(false);
    expect(isAppUrl('file:///opt/Convene/resources/app.asar/dist/renderer/index.html', files)).toBe(false);
    expect(isAppUrl('https://convene/index.html', files)).toBe(false);
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
