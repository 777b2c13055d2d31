import fs from 'node:fs';
import path from 'node:path';

/** Names tried on PATH, most specific first: Debian's chromium, Ubuntu's, Google's, Microsoft's. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/** Where the browsers install themselves outside PATH (macOS apps, Windows program folders). */
const FIXED = [
  '/usr/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  // Every Windows 10 and 11 has Edge, which is Chromium and prints the same way.
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

const isFile = (file: string) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * The browser that prints PDFs: an explicit path, else CONVENE_CHROMIUM, else the first Chromium-family
 * browser found. An explicit path or CONVENE_CHROMIUM that does not exist is not silently replaced by
 * another browser: null, so the caller reports it.
 */
export function findChromium(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = explicit ?? env.CONVENE_CHROMIUM;
  if (chosen) return isFile(chosen) ? chosen : null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of NAMES) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const file = path.join(dir, name + ext);
        if (isFile(file)) return file;
      }
    }
  }
  return FIXED.find(isFile) ?? null;
}
