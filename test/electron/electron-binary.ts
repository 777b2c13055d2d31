import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { executable: string; version: string } | { problem: string };

/**
 * Finds a runnable Electron without triggering its lazy download: `require('electron')` would try to
 * fetch the binary on first use (a long network wait here), so this reads what it would read instead
 * (node_modules/electron/path.txt, ELECTRON_OVERRIDE_DIST_PATH) and then runs the binary once.
 */
export function findElectron(projectRoot = process.cwd()): ElectronBinary {
  let dir: string;
  try {
    dir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { problem: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) {
    return { problem: `${path.relative(projectRoot, pathFile)} is missing: Electron's binary was never downloaded (it downloads on first launch, which needs the network)` };
  }
  const executable = override ? path.join(override, relative ?? 'electron') : path.join(dir, 'dist', relative!);
  if (!fs.existsSync(executable)) return { problem: `${executable} does not exist` };
  try {
    fs.accessSync(executable, fs.constants.X_OK);
  } catch {
    return { problem: `${executable} is not executable` };
  }
  // `electron --version` needs a display on Linux; running it as Node proves the binary and its
  // libraries load, without one.
  const probe = spawnSync(executable, ['-e', 'process.stdout.write(process.versions.electron)'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.error || probe.status !== 0 || !probe.stdout) {
    const why = probe.error?.message ?? (probe.stderr.trim().split('\n')[0] || `exit ${probe.status ?? probe.signal}`);
    return { problem: `${executable} does not run (${why})` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { problem: 'no display to open a window on (DISPLAY is not set; run under xvfb-run)' };
  }
  return { executable, version: probe.stdout.trim() };
}

export function skipReason(binary: ElectronBinary): string | null {
  return 'problem' in binary ? `Electron binary not present on this machine: ${binary.problem}` : null;
}
