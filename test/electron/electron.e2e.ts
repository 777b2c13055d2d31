import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectron, skipReason } from './electron-binary.js';

const binary = findElectron();
const reason = skipReason(binary);

test.describe('Convene in Electron', () => {
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    if (reason !== null || 'problem' in binary) return;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-electron-e2e-'));
    app = await electron.launch({
      executablePath: binary.executable,
      // As root (CI containers) Chromium refuses to start without --no-sandbox; that flag turns off
      // the OS-level sandbox only, the page stays sandboxed by webPreferences.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), path.resolve('.'), '--data', dataDir],
      env: { ...process.env, CONVENE_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens one window with the app title', async () => {
    expect(app.windows()).toHaveLength(1);
    await expect(page).toHaveTitle(/Convene/);
  });

  test('gives the page no Node and exactly the bridge', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { convene?: object }).convene ?? {}).sort(),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'onCommand', 'onEvent', 'openProjector'] });
  });

  test('round-trips a call through IPC to the core', async () => {
    const result = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { convene: { call(channel: string, input: unknown): Promise<unknown> } }).convene;
      const created = await bridge.call('programme.create', { title: 'Electron e2e' });
      const listed = await bridge.call('programme.list', {});
      const unknown = await bridge.call('no.such.channel', {});
      return { created, listed, unknown };
    });
    expect(result.created).toMatchObject({ ok: true, value: { title: 'Electron e2e' } });
    expect(result.listed).toMatchObject({ ok: true });
    expect(result.unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  // http, not https: an https link would (rightly) open in the machine's browser.
  test('keeps the page on app://convene/: no navigation away, no new windows', async () => {
    const before = page.url();
    expect(before).toMatch(/^app:\/\/convene\/index\.html(#.*)?$/);
    const opened = await page.evaluate(() => window.open('http://example.invalid/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.invalid/';
    });
    await page.waitForTimeout(500);
    expect(page.url().split('#')[0]).toBe(before.split('#')[0]);
    expect(app.windows()).toHaveLength(1);
  });

  test('has the translated menu with the app commands and their shortcuts', async () => {
    const items = await app.evaluate(({ Menu }) => {
      const menu = Menu.getApplicationMenu();
      const ids = ['session:new', 'capture:focus', 'run:next-speaker', 'export:open', 'projector:open', 'projector-full-screen'];
      return {
        top: menu?.items.map((item) => item.label) ?? [],
        commands: ids.map((id) => {
          const item = menu?.getMenuItemById(id);
          return item ? { id, label: item.label, accelerator: item.accelerator ?? null } : { id, label: null, accelerator: null };
        }),
      };
    });
    expect(items.top.length).toBeGreaterThanOrEqual(6);
    for (const command of items.commands) {
      expect(command.label, command.id).toBeTruthy();
      expect(command.accelerator, command.id).toBeTruthy();
    }
  });

  test('sends a menu command to the page', async () => {
    await page.evaluate(() => {
      const bridge = (globalThis as unknown as { convene: { onCommand(listener: (command: string) => void): () => void } }).convene;
      (globalThis as unknown as { received: string[] }).received = [];
      bridge.onCommand((command) => (globalThis as unknown as { received: string[] }).received.push(command));
    });
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('run:next-speaker')?.click());
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { received: string[] }).received)).toContain('run:next-speaker');
  });

  test('opens one projector window, on the projector route, from the bridge', async () => {
    const result = await page.evaluate(() =>
      (globalThis as unknown as { convene: { openProjector(id: string): Promise<unknown> } }).convene.openProjector('no-such-session'),
    );
    expect(result).toEqual({ ok: true, value: null });
    await expect.poll(() => app.windows().length).toBe(2);
    const projector = app.windows().find((w) => w !== page)!;
    await expect.poll(() => projector.url()).toMatch(/^app:\/\/convene\/index\.html#\/projector\/no-such-session$/);
    const refused = await page.evaluate(() =>
      (globalThis as unknown as { convene: { openProjector(id: string): Promise<unknown> } }).convene.openProjector('../settings'),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(app.windows()).toHaveLength(2);
    await projector.close();
    await expect.poll(() => app.windows().length).toBe(1);
  });
});
