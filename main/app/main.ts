import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog } from 'electron';
import { startApp } from './start.js';

/** Electron's entry point (package.json "main": dist/main/app/main.js). Everything else is in start.ts. */
startApp({
  argv: process.argv,
  env: process.env,
  mainDir: path.dirname(fileURLToPath(import.meta.url)),
}).catch((error: unknown) => {
  // Not expected (startApp reports its own failures); never leave a process without a window behind.
  console.error('[convene] startup failed', error);
  dialog.showErrorBox('Convene', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
