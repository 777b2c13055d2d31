import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, type AppCommand } from '../../shared/contract/bridge.js';
import type { MenuMessages } from './messages.js';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** A packaged app has no dev tools and no reload (a reload would drop a half-typed note). */
  isPackaged: boolean;
  labels: MenuMessages;
  /** Sends an app command to the main window's renderer. */
  command: (command: AppCommand) => void;
  openDataFolder: () => void;
  /** File > Import Bundle: pick a .convene file and import it (after confirmation). */
  importBundle: () => void;
  /** Full screen on or off for the projector window, wherever the focus is. */
  toggleProjectorFullScreen: () => void;
}

/**
 * The shortcuts of the app's own commands. Chosen not to collide with the edit roles, the renderer's
 * own keys (Ctrl/Cmd+K search, Ctrl/Cmd+I important note, Enter / Shift+Enter in the capture line,
 * N / Space / P / S / I in the Run view) nor with Ctrl+Space (the input-method switch on Chinese
 * Windows and Linux). F5 starts the projector as it starts a slide show in PowerPoint and WPS.
 */
export function accelerators(platform: NodeJS.Platform) {
  const mac = platform === 'darwin';
  return {
    newSession: 'CmdOrCtrl+N',
    home: 'CmdOrCtrl+Shift+H',
    directory: 'CmdOrCtrl+Shift+D',
    settings: 'CmdOrCtrl+,',
    export: 'CmdOrCtrl+E',
    capture: 'CmdOrCtrl+L',
    nextSpeaker: 'CmdOrCtrl+Shift+N',
    projector: mac ? 'Cmd+Shift+Enter' : 'F5',
    projectorFullScreen: mac ? 'Cmd+Ctrl+Shift+F' : 'Shift+F11',
  } as const;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, built from the usual roles (so shortcuts and platform behaviour come from
 * Electron) with labels from the `menu` namespace in the UI language, plus the app's own commands.
 * Pure: start.ts turns it into a Menu and rebuilds it when the language setting changes.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: t, platform, isPackaged, command } = options;
  const mac = platform === 'darwin';
  const keys = accelerators(platform);
  // The command doubles as the item's id (Menu.getMenuItemById), which the _electron suite uses.
  const item = (label: string, accelerator: string, cmd: AppCommand): MenuItemConstructorOptions => ({
    id: cmd,
    label,
    accelerator,
    click: () => command(cmd),
  });

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'Convene',
    submenu: [
      { role: 'about', label: t.app.about },
      separator,
      item(t.file.settings, keys.settings, APP_COMMANDS.settings),
      separator,
      { role: 'services', label: t.app.services },
      separator,
      { role: 'hide', label: t.app.hide },
      { role: 'hideOthers', label: t.app.hideOthers },
      { role: 'unhide', label: t.app.unhide },
      separator,
      { role: 'quit', label: t.app.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: t.file.label,
    submenu: [
      item(t.file.newSession, keys.newSession, APP_COMMANDS.newSession),
      separator,
      item(t.file.home, keys.home, APP_COMMANDS.home),
      item(t.file.directory, keys.directory, APP_COMMANDS.directory),
      // On macOS Settings lives in the app menu, by convention.
      ...(mac ? [] : [item(t.file.settings, keys.settings, APP_COMMANDS.settings)]),
      separator,
      { id: 'import-bundle', label: t.file.importBundle, click: options.importBundle },
      item(t.file.export, keys.export, APP_COMMANDS.export),
      separator,
      { label: t.file.openDataFolder, click: options.openDataFolder },
      separator,
      mac ? { role: 'close', label: t.file.close } : { role: 'quit', label: t.file.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: t.edit.label,
    submenu: [
      { role: 'undo', label: t.edit.undo },
      { role: 'redo', label: t.edit.redo },
      separator,
      { role: 'cut', label: t.edit.cut },
      { role: 'copy', label: t.edit.copy },
      { role: 'paste', label: t.edit.paste },
      ...(mac ? [{ role: 'pasteAndMatchStyle' as const, label: t.edit.pasteAndMatchStyle }] : []),
      { role: 'delete', label: t.edit.delete },
      separator,
      { role: 'selectAll', label: t.edit.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: t.view.label,
    submenu: [
      ...(isPackaged
        ? []
        : [
            { role: 'reload' as const, label: t.view.reload },
            { role: 'forceReload' as const, label: t.view.forceReload },
            { role: 'toggleDevTools' as const, label: t.view.toggleDevTools },
            separator,
          ]),
      { role: 'resetZoom', label: t.view.resetZoom },
      { role: 'zoomIn', label: t.view.zoomIn },
      { role: 'zoomOut', label: t.view.zoomOut },
      separator,
      // F11 (Ctrl+Cmd+F on macOS): full screen for the focused window, the projector included.
      { role: 'togglefullscreen', label: t.view.toggleFullScreen },
    ],
  };

  const sessionMenu: MenuItemConstructorOptions = {
    label: t.session.label,
    submenu: [
      item(t.session.capture, keys.capture, APP_COMMANDS.capture),
      item(t.session.nextSpeaker, keys.nextSpeaker, APP_COMMANDS.nextSpeaker),
      separator,
      item(t.session.projector, keys.projector, APP_COMMANDS.projector),
      { id: 'projector-full-screen', label: t.session.projectorFullScreen, accelerator: keys.projectorFullScreen, click: options.toggleProjectorFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t.window.label,
    submenu: [
      { role: 'minimize', label: t.window.minimize },
      ...(mac
        ? [{ role: 'zoom' as const, label: t.window.zoom }, separator, { role: 'front' as const, label: t.window.front }]
        : [{ role: 'close' as const, label: t.window.close }]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help.label,
    // role 'about' opens the platform's about panel (version, copyright) on every platform.
    submenu: [{ role: 'about', label: t.help.about }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, sessionMenu, windowMenu, helpMenu];
}
