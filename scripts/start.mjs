#!/usr/bin/env node
// What `npm start` runs after the build: the desktop app where Electron can run, else the same app
// in the browser, so the README's first command always ends in a working Convene.
//
// 1. Prepare better-sqlite3 for Electron (scripts/prepare-electron-native.mjs), then launch Electron.
// 2. Where either cannot work (no network for the headers or the Electron binary, no display), say so
//    in ONE line and run `convene serve` instead: the same UI and core over the loopback HTTP host, on
//    the same data folder the desktop app uses (main/cli/defaults.ts mirrors Electron's userData;
//    `--data DIR` and CONVENE_DATA_DIR are honoured by both). Its URL is printed and, where the system
//    has a browser opener (xdg-open, open, start), opened; a missing opener fails quietly.
//
// CONVENE_NO_BROWSER=1 prints the URL without opening it (tests, SSH sessions).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prepare } from './prepare-electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Electron's exit codes when it never got to run the app (its CLI reports a missing binary as 1). */
function launchElectron() {
  return new Promise((resolve) => {
    const cli = path.join(root, 'node_modules', 'electron', 'cli.js');
    const child = spawn(process.execPath, [cli, '.', ...args], { cwd: root, stdio: 'inherit' });
    let settled = false;
    const done = (result) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    forwardSignals(child);
    child.on('error', (error) => done({ ok: false, reason: error.message }));
    // A clean quit is the user closing the app; any other exit means it did not (or could not) run.
    child.on('exit', (code, signal) =>
      done(code === 0 || signal === 'SIGINT' || signal === 'SIGTERM' ? { ok: true } : { ok: false, reason: `Electron exited with ${code ?? signal}` }),
    );
  });
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

/** The system's way of opening a URL in the default browser; null where there is none we know. */
function opener(url) {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

function openBrowser(url) {
  if (process.env.CONVENE_NO_BROWSER === '1') return;
  const [command, commandArgs] = opener(url);
  try {
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    // No opener, or no display: the URL is already printed, which is all the user needs.
    child.on('error', () => {});
    child.unref();
  } catch {
    // as above
  }
}

/** `convene serve` on the desktop app's data folder; echoes its output and opens the URL it prints. */
function serveInBrowser() {
  const cli = path.join(root, 'scripts', 'convene.mjs');
  const child = spawn(process.execPath, [cli, 'serve', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  forwardSignals(child);
  let opened = false;
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!opened && /^https?:\/\/\S+$/.test(line.trim())) {
        opened = true;
        openBrowser(line.trim());
      }
    }
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0];
}

export async function start() {
  let problem = null;
  try {
    await prepare();
  } catch (error) {
    problem = firstLine(error);
  }
  if (problem === null) {
    const launched = await launchElectron();
    if (launched.ok) return;
    problem = launched.reason;
  }
  console.log(`${problem.replace(/\.?$/, '.')} Starting Convene in the browser instead, on the desktop app's data folder.`);
  serveInBrowser();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void start();
}
