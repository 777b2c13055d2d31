import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of docs/ARCHITECTURE.md is enforced by eslint.config.js (and by tsconfig project
 * boundaries). These cases prove the lint rule bites: each import below must be refused.
 */
const eslint = new ESLint({ cwd: process.cwd() });

/** The layers of main/ as eslint.config.js declares them (the one place), bottom first. */
const { MAIN_LAYERS } = (await import(pathToFileURL(path.resolve('eslint.config.js')).href)) as { MAIN_LAYERS: string[][] };
const levelOf = (folder: string) => MAIN_LAYERS.findIndex((tier) => tier.includes(folder));

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
    ['main/room/bad.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;"],
    // The HTTP host serves whatever service it is given: it never reaches for the room (the room wraps the service instead).
    ['main/host/bad.ts', "import { createRoomService } from '../room/room-service.js';\nexport const x = createRoomService;"],
    ['main/service/bad.ts', "import { createRoomService } from '../room/room-service.js';\nexport const x = createRoomService;"],
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

describe('the layers of main/', () => {
  it('declares every folder of main/ in exactly one layer', () => {
    const folders = fs.readdirSync('main', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(MAIN_LAYERS.flat().sort()).toEqual(folders.sort());
  });

  // Every ordered pair of folders: importing down is allowed; up or sideways (a sibling in the same layer) is refused.
  const pairs = MAIN_LAYERS.flat().flatMap((from) => MAIN_LAYERS.flat().filter((to) => to !== from).map((to) => [from, to] as const));
  it.each(pairs)('main/%s importing main/%s follows the order', async (from, to) => {
    const code = `import { x } from '../${to}/thing.js';\nexport const y = x;`;
    const errors = await restrictedImportErrors(`main/${from}/fixture.ts`, code);
    if (levelOf(to) < levelOf(from)) expect(errors).toEqual([]);
    else expect(errors.join('\n')).toContain(`main/${from} must not import`);
  });

  it.each([
    // The imports that made the core not the bottom, and the cycles, before the composition root.
    ['main/core/handlers.ts', "import { bundleHandlers } from '../bundle/handlers.js';\nexport const x = bundleHandlers;"],
    ['main/core/handlers.ts', "import { sampleHandlers } from '../sample/handlers.js';\nexport const x = sampleHandlers;"],
    ['main/core/runtime.ts', "import { createService } from '../service/service.js';\nexport const x = createService;"],
    ['main/core/runtime.ts', "import { exportHandlers } from '../export/handlers.js';\nexport const x = exportHandlers;"],
    ['main/export/handlers.ts', "import type { AsyncHandlers } from '../service/service.js';\nexport type X = AsyncHandlers;"],
    ['main/export/docx/fixture.ts', "import { readBundle } from '../../bundle/read.js';\nexport const x = readBundle;"],
    ['main/db/open.ts', "import { createCore } from '../core/core.js';\nexport const x = createCore;"],
    ['main/host/http.ts', "import { main } from '../cli/main.js';\nexport const x = main;"],
    ['main/cli/main.ts', "import { startApp } from '../app/start.js';\nexport const x = startApp;"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).not.toEqual([]);
  });
});

describe('handlers call named use cases', () => {
  it('refuses a handler called by its channel key in main/', async () => {
    const code = "import { runHandlers } from './run.js';\nexport const next = (ctx: never) => runHandlers['run.startItem']({ sessionId: 's', itemId: 'i' }, ctx);";
    const [result] = await eslint.lintText(code, { filePath: 'main/core/fixture.ts' });
    expect((result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)).toEqual([
      "Call the named use case (e.g. startItem(ctx, input)), not a handler by its channel key (runHandlers['run.startItem']).",
    ]);
  });
});
