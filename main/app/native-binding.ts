import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron build of better-sqlite3 lives. node_modules/better-sqlite3 stays built for
 * Node (tests, the CLI, the HTTP host); scripts/prepare-electron-native.mjs builds a second copy for
 * Electron's ABI into .native/electron-<version>/, and electron-builder ships that folder unpacked.
 */
export const NATIVE_FILE = 'better_sqlite3.node';

export function nativeBindingRelative(electronVersion: string): string {
  return path.join('.native', `electron-${electronVersion}`, NATIVE_FILE);
}

export interface NativeBindingContext {
  /** process.versions.electron; undefined when not running inside Electron (unit tests). */
  electronVersion: string | undefined;
  isPackaged: boolean;
  /** app.getAppPath(): the project root in development (`electron .`). */
  appPath: string;
  /** process.resourcesPath: the packaged app's resources folder. */
  resourcesPath: string;
}

/**
 * The nativeBinding for openRuntime: undefined outside Electron (better-sqlite3 then loads its own
 * Node build), else the path of the Electron build; in a package the .node file cannot be loaded
 * from inside app.asar, so it comes from app.asar.unpacked.
 */
export function nativeBindingPath(context: NativeBindingContext): string | undefined {
  if (!context.electronVersion) return undefined;
  const relative = nativeBindingRelative(context.electronVersion);
  return context.isPackaged
    ? path.join(context.resourcesPath, 'app.asar.unpacked', relative)
    : path.join(context.appPath, relative);
}

export function nativeBindingExists(file: string | undefined): boolean {
  return file === undefined || fs.existsSync(file);
}
