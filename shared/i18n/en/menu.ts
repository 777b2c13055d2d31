import type { Messages } from '../shape.js';
import type { menu as zh } from '../zh-CN/menu.js';

export const menu: Messages<typeof zh> = {
  app: {
    about: 'About Convene',
    services: 'Services',
    hide: 'Hide Convene',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Convene',
  },
  file: {
    label: 'File',
    home: 'Home',
    directory: 'People and Units',
    settings: 'Settings…',
    openDataFolder: 'Open Data Folder',
    close: 'Close Window',
    quit: 'Exit',
  },
  edit: {
    label: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
  },
  view: {
    label: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
  },
  window: {
    label: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close',
    front: 'Bring All to Front',
  },
  help: {
    label: 'Help',
    about: 'About Convene',
  },
  startup: {
    title: 'Convene cannot start',
    dataFolder: 'Data folder: {{dataDir}}',
    backups: 'Automatic backups are kept in its backups folder; the database file itself was not changed.',
    nativeMissing:
      'The database component built for Electron is missing: {{file}}. In a development checkout run node scripts/prepare-electron-native.mjs first; otherwise reinstall Convene.',
    failed: 'Opening the data failed: {{detail}}',
  },
};
