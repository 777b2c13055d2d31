import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, type AppCommand } from './commands.js';
import type { MenuMessages } from './messages.js';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** A packaged app has no dev tools and no reload (a reload would drop a half-typed note). */
  isPackaged: boolean;
  labels: MenuMessages;
  /** Sends an app command to the focused window's renderer. */
  command: (command: AppCommand) => void;
  openDataFolder: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, built from the usual roles (so shortcuts and platform behaviour come from
 * Electron) with labels from the `menu` namespace in the UI language. Pure: main.ts turns it into a
 * Menu and rebuilds it when the language setting changes.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: t, platform, isPackaged, command } = options;
  const mac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'Convene',
    submenu: [
      { role: 'about', label: t.app.about },
      separator,
      { label: t.file.settings, accelerator: 'CmdOrCtrl+,', click: () => command(APP_COMMANDS.settings) },
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
      { label: t.file.home, accelerator: 'CmdOrCtrl+Shift+H', click: () => command(APP_COMMANDS.home) },
      { label: t.file.directory, accelerator: 'CmdOrCtrl+Shift+D', click: () => command(APP_COMMANDS.directory) },
      // On macOS Settings lives in the app menu, by convention.
      ...(mac ? [] : [{ label: t.file.settings, accelerator: 'CmdOrCtrl+,', click: () => command(APP_COMMANDS.settings) }]),
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
      { role: 'togglefullscreen', label: t.view.toggleFullScreen },
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

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
