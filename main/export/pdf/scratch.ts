import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processRuns } from '../../db/process-alive.js';

/**
 * Where PDF printing keeps its working files (the page, the browser profile, the PDF): one folder per
 * print, `<kind>-<pid>-XXXXXX` inside a folder of our own in the temp directory. A print removes its
 * folder when it ends; a host killed during one (SIGKILL, a power cut) cannot, and each leftover held
 * a Chromium profile of several megabytes. So every start (`convene serve`, the desktop app) removes
 * what a process that is gone left behind, and nothing else: not the folders of a Convene still
 * running, not any other file.
 */

export type ScratchKind = 'pdf' | 'print';

const NAME = /^(pdf|print)-(\d+)-[A-Za-z0-9]{6}$/;
/** Older than any print can be (each times out after a minute): left behind, whoever its owner. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/** Ours alone: per user where the temp directory is shared (/tmp), created private. */
export function scratchRoot(tmp: string = os.tmpdir()): string {
  const uid = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return path.join(tmp, `convene-scratch${uid}`);
}

/** A new private folder for one print; the caller removes it when the print ends. */
export function makeScratchDir(kind: ScratchKind, root: string = scratchRoot()): string {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  return fs.mkdtempSync(path.join(root, `${kind}-${process.pid}-`));
}

/** Removes the print folders whose process is gone (or that are a day old); returns their names. */
export function removeLeftoverScratch(root: string = scratchRoot(), now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const folder = path.join(root, name);
    try {
      const stat = fs.lstatSync(folder);
      if (!stat.isDirectory()) continue;
      if (processRuns(Number(match[2])) && now - stat.mtimeMs < ABANDONED_MS) continue;
      fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
      removed.push(name);
    } catch {
      // A folder we cannot read or remove now is tried again at the next start.
    }
  }
  return removed;
}
