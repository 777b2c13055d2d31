import fs from 'node:fs';
import path from 'node:path';
import { findElectron, skipReason } from './electron-binary.js';

/**
 * Runs once before the _electron suite: says loudly, on one line, when the suite will skip, and
 * where it can run, that the app it launches has been built (it tests dist/, not the sources).
 */
export default function globalSetup(): void {
  const reason = skipReason(findElectron());
  if (reason) {
    console.log(`[electron e2e] skipped: ${reason}`);
    return;
  }
  const missing = ['dist/main/app/main.js', 'dist/main/app/preload.cjs', 'dist/renderer/index.html'].filter(
    (file) => !fs.existsSync(path.resolve(file)),
  );
  if (missing.length > 0) {
    throw new Error(`[electron e2e] build first (npm run build && node scripts/prepare-electron-native.mjs): missing ${missing.join(', ')}`);
  }
}
