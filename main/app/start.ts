import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import type { Locale } from '../../shared/contract/fields.js';
import type { Settings } from '../../shared/domain.js';
import { localeFromSystem } from '../../shared/i18n/index.js';
import type { Runtime } from '../core/runtime.js';
import { openRecoverable, type RecoverableRuntime } from '../service/recovery.js';
import { resolveDataDir } from '../db/paths.js';
import { appFiles, isAppUrl } from './app-files.js';
import { forwardEvents, registerIpc, sendCommand } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { menuMessages } from './messages.js';
import { nativeBindingExists, nativeBindingPath } from './native-binding.js';
import { denyPermissions, guardWebContents, installCsp } from './security.js';
import { describeStartupError, NativeBindingMissing } from './startup-error.js';
import { createMainWindow } from './window.js';
import { windowStateFile } from './window-state.js';
import { AppWindows } from './windows.js';

export interface StartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder of the compiled main.js (dist/main/app): the renderer and the preload are found from it. */
  mainDir: string;
  /**
   * Launch arguments, of the first launch and of every later launch (which the single-instance lock
   * turns into a focus of this one). Opening a file given on the command line comes with a later issue.
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
  dataDir: string;
  showMainWindow(): BrowserWindow;
  rebuildMenu(): void;
}

/**
 * Starts the Electron shell: the single-instance lock, security guards, the data folder, the main
 * window, the menu and the IPC transport. Resolves to null when this process must not go on (another
 * instance runs, or the data folder cannot be opened; the user has been told and the app quits).
 */
export async function startApp(options: StartOptions): Promise<ConveneShell | null> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[convene] ${message}`, error ?? ''));
  const onLaunchArgs = options.onLaunchArgs ?? (() => {});

  // A second launch hands its arguments to the first and exits: one window, one writer of the database.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const files = appFiles(options.mainDir);
  const ourUrl = (url: string) => isAppUrl(url, files);
  // Every renderer sandboxed, whatever a window's own webPreferences say.
  app.enableSandbox();
  // Registered before any window exists, so every WebContents (windows, dev tools, future views) is guarded.
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      isAppUrl: ourUrl,
      openExternal: (url) => void shell.openExternal(url).catch((error: unknown) => log('opening a link failed', error)),
    }),
  );

  await app.whenReady();
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
    // A damaged database opens in recovery mode: the window explains and offers the latest backup.
    recoverable = openRecoverable({ dataDir, ...(nativeBinding ? { nativeBinding } : {}), log });
  } catch (error) {
    log('opening the data folder failed', error);
    const problem = describeStartupError(error, localeFromSystem(app.getLocale()), dataDir);
    dialog.showErrorBox(problem.title, problem.message);
    app.quit();
    return null;
  }

  const windows = new AppWindows();
  registerIpc({ ipcMain, core: recoverable.service, windows: () => windows, isAppUrl: ourUrl, log });
  forwardEvents(recoverable.service, () => windows);

  const uiLocale = (): Locale => {
    const settings = recoverable.runtime()?.core.call('settings.get', {});
    const language = settings?.ok ? (settings.value as Settings).language : null;
    return language ?? localeFromSystem(app.getLocale());
  };
  const commandTarget = (): BrowserWindow | undefined => {
    const focused = BrowserWindow.getFocusedWindow();
    return focused && [...windows].includes(focused) ? focused : windows.first();
  };
  const rebuildMenu = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      labels: menuMessages(uiLocale()),
      command: (command) => sendCommand(commandTarget(), command),
      openDataFolder: () => void shell.openPath(dataDir).then((problem) => problem && log(`opening ${dataDir} failed: ${problem}`)),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  rebuildMenu();
  // The menu speaks the UI language: follow a change made in Settings at once.
  recoverable.service.subscribe((event) => {
    if (event.topics.includes('settings')) rebuildMenu();
  });

  const showMainWindow = (): BrowserWindow => {
    const existing = windows.first();
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return existing;
    }
    return windows.add(
      createMainWindow({
        BrowserWindow,
        files,
        stateFile: windowStateFile(dataDir),
        displays: () => screen.getAllDisplays(),
        devTools: !app.isPackaged,
        log,
      }),
    );
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showMainWindow();
    onLaunchArgs(argv, workingDirectory);
  });
  // macOS: clicking the dock icon with no window open opens one.
  app.on('activate', () => showMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The at-quit backup, then the database closes. will-quit comes after every window has closed.
  app.on('will-quit', () => {
    try {
      recoverable.close();
    } catch (error) {
      log('closing the database failed', error);
    }
  });

  showMainWindow();
  onLaunchArgs(options.argv, process.cwd());
  return {
    get runtime() {
      return recoverable.runtime()!;
    },
    recoverable,
    windows,
    dataDir,
    showMainWindow,
    rebuildMenu,
  };
}
