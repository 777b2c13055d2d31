import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, screen, session, shell } from 'electron';
import type { AppCommand } from '../../shared/contract/bridge.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { Settings } from '../../shared/domain.js';
import { TOPICS } from '../../shared/contract/events.js';
import { localeFromSystem } from '../../shared/i18n/index.js';
import os from 'node:os';
import { wiredRoomService } from '../room/wired.js';
import type { Runtime } from '../service/runtime.js';
import { openRecoverable, type RecoverableRuntime } from '../service/recovery.js';
import { resolveDataDir } from '../db/paths.js';
import { removeLeftoverScratch } from '../export/pdf/scratch.js';
import { appFiles, isAppUrl, projectorRouteOf } from './app-files.js';
import { forwardEvents, registerIpc, registerProjectorIpc, sendCommand } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { menuMessages } from './messages.js';
import { nativeBindingExists, nativeBindingPath } from './native-binding.js';
import { BUNDLE_EXTENSION, BundleOpener, bundleFilesIn } from './open-bundle.js';
import { createLinkOpener } from './external-links.js';
import { createPdfPrinter } from './print-pdf.js';
import { Projector } from './projector.js';
import { registerAppScheme, serveAppFiles } from './protocol.js';
import { denyPermissions, guardWebContents, installCsp, type GuardedContents } from './security.js';
import { describeStartupError, NativeBindingMissing } from './startup-error.js';
import { createMainWindow, whenShown } from './window.js';
import { windowStateFile } from './window-state.js';
import { AppWindows } from './windows.js';

export interface StartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder of the compiled main.js (dist/main/app): the renderer and the preload are found from it. */
  mainDir: string;
  /**
   * Launch arguments, of the first launch and of every later launch (which the single-instance lock
   * turns into a focus of this one). The .convene files among them are imported by the shell itself.
   */
  onLaunchArgs?: (argv: readonly string[], workingDirectory: string) => void;
  log?: (message: string, error?: unknown) => void;
}

/** A running shell: what tests (and later issues) reach into. */
export interface ConveneShell {
  /** The open runtime; in recovery mode (a damaged database) it appears once a backup is restored. */
  readonly runtime: Runtime;
  recoverable: RecoverableRuntime;
  windows: AppWindows;
  projector: Projector;
  bundles: BundleOpener;
  dataDir: string;
  showMainWindow(): BrowserWindow;
  rebuildMenu(): void;
}

/** The window icon on Linux (Windows and macOS take theirs from the executable / the app bundle). */
function linuxWindowIcon(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const file = app.isPackaged ? path.join(process.resourcesPath, 'icon.png') : path.join(app.getAppPath(), 'build', 'icons', '512x512.png');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Starts the Electron shell: the single-instance lock, security guards, the app:// scheme, the data
 * folder, the main window, the menu, the projector and the IPC transport. Resolves to null when this
 * process must not go on (another instance runs, or the data folder cannot be opened; the user has
 * been told and the app quits).
 */
export async function startApp(options: StartOptions): Promise<ConveneShell | null> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[convene] ${message}`, error ?? ''));
  const onLaunchArgs = options.onLaunchArgs ?? (() => {});

  // A second launch hands its arguments (a double-clicked .convene file among them) to the first and
  // exits: one window, one writer of the database.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  // macOS hands a double-clicked file over as an event, possibly before the app is ready: keep it
  // until the data folder is open.
  let bundles: BundleOpener | null = null;
  const waitingFiles: string[] = [];
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (!file.toLowerCase().endsWith(BUNDLE_EXTENSION)) return;
    if (bundles) void bundles.open(file);
    else waitingFiles.push(file);
  });

  const files = appFiles(options.mainDir);
  const ourUrl = (url: string) => isAppUrl(url, files);
  // Before 'ready', as Electron requires: our UI is served from app://convene/, not file://.
  registerAppScheme(protocol);
  // Every renderer sandboxed, whatever a window's own webPreferences say.
  app.enableSandbox();
  // Registered before any window exists, so every WebContents (windows, dev tools, the projector) is guarded.
  // Set once the data folder is open; a window.open of the projector route before that opens nothing.
  let projectorFromPage: ((contents: GuardedContents, sessionId: string) => void) | null = null;
  // Likewise: until the window exists, the question about an outside link is asked in the system's language.
  let linkContext: { window: () => BrowserWindow | undefined; locale: () => Locale } = { window: () => undefined, locale: () => localeFromSystem(app.getLocale()) };
  const openLink = createLinkOpener({
    openExternal: (url) => shell.openExternal(url),
    showMessageBox: (win, box) => (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box)),
    window: () => linkContext.window(),
    locale: () => linkContext.locale(),
    log,
  });
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      isAppUrl: ourUrl,
      openExternal: (url) => void openLink(url),
      projectorRouteOf: (url) => projectorRouteOf(url, files),
      openProjector: (from, sessionId) => projectorFromPage?.(from, sessionId),
    }),
  );

  await app.whenReady();
  // Print folders of a Convene killed mid-export (main/export/pdf/scratch.ts).
  removeLeftoverScratch();
  serveAppFiles(protocol, files.rendererRoot);
  installCsp(session.defaultSession);
  denyPermissions(session.defaultSession);

  const dataDir = resolveDataDir(options.argv, options.env, app.getPath('userData'));
  let recoverable: RecoverableRuntime;
  try {
    const nativeBinding = nativeBindingPath({
      electronVersion: process.versions.electron,
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    });
    if (!nativeBindingExists(nativeBinding)) throw new NativeBindingMissing(nativeBinding!);
    // PDF exports print in a hidden, locked-down window of this Electron (main/app/print-pdf.ts).
    const printPdf = createPdfPrinter({ BrowserWindow, fromPartition: (partition, options) => session.fromPartition(partition, { cache: options?.cache ?? false }) });
    // A damaged database opens in recovery mode: the window explains and offers the latest backup.
    recoverable = openRecoverable({ dataDir, ...(nativeBinding ? { nativeBinding } : {}), printPdf, log });
  } catch (error) {
    log('opening the data folder failed', error);
    const problem = describeStartupError(error, localeFromSystem(app.getLocale()), dataDir);
    dialog.showErrorBox(problem.title, problem.message);
    app.quit();
    return null;
  }

  const devTools = !app.isPackaged;
  const icon = linuxWindowIcon();
  const windows = new AppWindows();
  // The room (issue 18, main/room) wraps the service: it answers room.*, refuses the run's writes on
  // a member laptop, and listens on the LAN (all interfaces, announced over mDNS) only while a room is open.
  const room = wiredRoomService(recoverable, { dataDir, bind: '0.0.0.0', announce: true, defaultName: os.hostname().slice(0, 60) });
  registerIpc({ ipcMain, core: room, windows: () => windows, isAppUrl: ourUrl, log });
  // A laptop that was a member and did not leave rejoins its room, on its local copy while the host is away.
  void room
    .rejoin()
    .then((result) => {
      if (result && !result.ok) log('rejoining the room failed', result.error);
    })
    .catch((error: unknown) => log('rejoining the room failed', error));
  forwardEvents(recoverable.service, () => windows);
  // After sleep every window refetches what it shows: the day may have changed (due soon, overdue),
  // and a window's event stream (a browser on the HTTP host) may have dropped meanwhile.
  powerMonitor.on('resume', () => recoverable.service.announce([...TOPICS]));

  const projector = new Projector({
    BrowserWindow,
    files,
    windows,
    stateFile: windowStateFile(dataDir, 'projector'),
    displays: () => screen.getAllDisplays(),
    devTools,
    icon,
    log,
  });
  registerProjectorIpc({ ipcMain, windows: () => windows, isAppUrl: ourUrl, openProjector: (id) => void projector.open(id), log });
  // Only a main window of ours (showing our page) may open the projector by window.open, as on IPC.
  projectorFromPage = (from, sessionId) => {
    const win = [...windows].find((w) => w.webContents === from);
    if (win && windows.roleOf(win) === 'main' && ourUrl(win.webContents.mainFrame.url)) projector.open(sessionId);
    else log('refused a projector window from a page that is not our main window');
  };
  screen.on('display-added', () => projector.displayAdded());
  screen.on('display-removed', (_event, removed) => projector.displayRemoved(removed));

  const uiLocale = (): Locale => {
    const settings = recoverable.runtime()?.core.call('settings.get', {});
    const language = settings?.ok ? (settings.value as Settings).language : null;
    return language ?? localeFromSystem(app.getLocale());
  };

  linkContext = { window: () => windows.first('main'), locale: uiLocale };

  const showMainWindow = (): BrowserWindow => {
    const existing = windows.first('main');
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return existing;
    }
    const win = windows.add(
      createMainWindow({
        BrowserWindow,
        files,
        stateFile: windowStateFile(dataDir, 'main'),
        displays: () => screen.getAllDisplays(),
        devTools,
        icon,
        log,
      }),
      'main',
    );
    // The projector belongs to the main window: it must not outlive it (and keep the app running).
    win.once('closed', () => projector.close());
    return win;
  };

  // Commands go to a main window, never to the projector (which shows the projector route only).
  const commandTarget = (): BrowserWindow | undefined => {
    const focused = BrowserWindow.getFocusedWindow();
    return focused && windows.roleOf(focused) === 'main' ? focused : windows.first('main');
  };

  bundles = new BundleOpener({
    window: async () => {
      const win = showMainWindow();
      await whenShown(win);
      return win;
    },
    showMessageBox: (win, box) => dialog.showMessageBox(win, box),
    service: recoverable.service,
    locale: uiLocale,
    log,
  });
  const opener = bundles;

  const importBundle = async () => {
    const t = menuMessages(uiLocale()).bundle;
    const parent = showMainWindow();
    const picked = await dialog.showOpenDialog(parent, {
      title: t.confirmTitle,
      properties: ['openFile'],
      filters: [{ name: t.filterName, extensions: [BUNDLE_EXTENSION.slice(1)] }],
    });
    if (!picked.canceled && picked.filePaths[0]) await opener.open(picked.filePaths[0]);
  };

  const rebuildMenu = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      labels: menuMessages(uiLocale()),
      command: (command: AppCommand) => sendCommand(commandTarget(), command),
      openDataFolder: () => void shell.openPath(dataDir).then((problem) => problem && log(`opening ${dataDir} failed: ${problem}`)),
      importBundle: () => void importBundle().catch((error: unknown) => log('importing a bundle failed', error)),
      toggleProjectorFullScreen: () => projector.toggleFullScreen(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  rebuildMenu();
  // The menu speaks the UI language: follow a change made in Settings at once.
  recoverable.service.subscribe((event) => {
    if (event.topics.includes('settings')) rebuildMenu();
  });

  const openBundlesIn = (argv: readonly string[], workingDirectory: string) => {
    for (const file of bundleFilesIn(argv, workingDirectory)) void opener.open(file);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showMainWindow();
    openBundlesIn(argv, workingDirectory);
    onLaunchArgs(argv, workingDirectory);
  });
  // macOS: clicking the dock icon with no window open opens one.
  app.on('activate', () => showMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The database check, the at-quit backup (kept apart when the check found damage: main/service/runtime.ts),
  // then the database closes. will-quit comes after every window has closed, so the check blocks no one.
  app.on('will-quit', () => {
    // The room's listener and mDNS announcement go first (best effort: the process is ending).
    void room.close().catch((error: unknown) => log('closing the room failed', error));
    try {
      recoverable.close();
    } catch (error) {
      log('closing the database failed', error);
    }
  });

  showMainWindow();
  openBundlesIn(options.argv, process.cwd());
  for (const file of waitingFiles.splice(0)) void opener.open(file);
  onLaunchArgs(options.argv, process.cwd());
  return {
    get runtime() {
      return recoverable.runtime()!;
    },
    recoverable,
    windows,
    projector,
    bundles: opener,
    dataDir,
    showMainWindow,
    rebuildMenu,
  };
}
