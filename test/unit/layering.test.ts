import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of docs/ARCHITECTURE.md is enforced by eslint.config.js (and by tsconfig project
 * boundaries). These cases prove the lint rule bites: each import below must be refused.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rule', () => {
  it.each([
    ['renderer/src/bad.ts', "import { openDatabase } from '../../main/db/open.js';\nexport const x = openDatabase;"],
    ['renderer/src/bad.ts', "import fs from 'node:fs';\nexport const x = fs;"],
    ['renderer/src/bad.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/bad.ts', "import { createCore } from '../main/core/core.js';\nexport const x = createCore;"],
    ['shared/bad.ts', "import { App } from '../renderer/src/app/App.js';\nexport const x = App;"],
    ['shared/bad.ts', "import path from 'node:path';\nexport const x = path;"],
    ['main/core/bad.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/core/bad.ts', "import { startHttpHost } from '../host/http.js';\nexport const x = startHttpHost;"],
    ['main/db/bad.ts', "import http from 'node:http';\nexport const x = http;"],
    ['main/host/bad.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/ok.ts', "import { channels } from '../../shared/contract/channels.js';\nexport const x = channels;"],
    ['main/core/ok.ts', "import { channels } from '../../shared/contract/channels.js';\nexport const x = channels;"],
    ['main/app/ok.ts', "import { app } from 'electron';\nexport const x = app;"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });
});
