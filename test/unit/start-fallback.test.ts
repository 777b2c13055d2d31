import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs scripts/start.mjs after the build. Where Electron cannot be prepared (here: the
 * headers URL is unreachable, as on a laptop without network), it must say so in one line and go on
 * to serve the same app in the browser, on the desktop app's data folder, printing the URL and
 * handing it to the system's browser opener (a stand-in xdg-open on PATH records what it was given).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts', 'start.mjs');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-start-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Resolves with the first match of `pattern` in what `read()` returns, checking each time `onData` fires. */
function waitFor(pattern: RegExp, read: () => string, subscribe: (listener: () => void) => void, what: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} never appeared; so far: ${read()}`)), 90_000);
    const check = () => {
      const match = pattern.exec(read());
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    subscribe(check);
    check();
  });
}

describe('npm start without Electron', () => {
  it.skipIf(process.platform === 'win32')(
    'says why in one line, serves the app in the browser on the desktop data folder, and opens the URL',
    async () => {
      const bin = path.join(tmp, 'bin');
      const opened = path.join(tmp, 'opened.txt');
      fs.mkdirSync(bin);
      // The system's opener, standing in for a desktop's xdg-open (macOS runs `open`).
      for (const name of ['xdg-open', 'open']) {
        fs.writeFileSync(path.join(bin, name), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`, { mode: 0o755 });
      }
      const configHome = path.join(tmp, 'config');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: path.join(tmp, 'home'),
        XDG_CONFIG_HOME: configHome,
        CONVENE_FROM_SOURCE: '1',
        // Electron cannot be prepared: no headers reachable, nothing cached, no earlier build.
        CONVENE_ELECTRON_HEADERS_URL: 'http://127.0.0.1:9/headers',
        CONVENE_ELECTRON_GYP_DIR: path.join(tmp, 'empty-gyp'),
        CONVENE_NATIVE_ROOT: path.join(tmp, 'native'),
      };
      for (const key of ['HTTPS_PROXY', 'https_proxy', 'CONVENE_DATA_DIR', 'CONVENE_NO_BROWSER']) delete env[key];

      const child = spawn(process.execPath, [SCRIPT], { cwd: ROOT, env });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      const listeners: (() => void)[] = [];
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        listeners.forEach((l) => l());
      });
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        // The data folder is printed after the URL (possibly in a later chunk): wait for it, then read both.
        await waitFor(/^Data folder: .+$/m, () => stdout, (l) => listeners.push(l), 'the data folder line');
        const url = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)$/m.exec(stdout)?.[1];

        // One line says why, before anything else; the prepare script's own message is in it, not on stderr.
        const [first] = stdout.split('\n');
        expect(first).toMatch(/^Cannot prepare better-sqlite3 for Electron .*Starting Convene in the browser instead/);
        expect(stderr).not.toContain('Cannot prepare');
        // The desktop app's data folder (Electron's userData for productName Convene on Linux).
        expect(stdout).toContain(`Data folder: ${path.join(configHome, 'Convene')}`);
        expect(fs.existsSync(path.join(configHome, 'Convene', 'convene.db'))).toBe(true);

        // The URL answers with the app, and its token opens the same core.
        const page = await fetch(url!);
        expect(page.status).toBe(200);
        const html = await page.text();
        expect(html).toContain('<title>Convene</title>');
        expect(html).toContain('<div id="root"></div>');
        const { origin, searchParams } = new URL(url!);
        const call = await fetch(`${origin}/api/call/programme.list`, {
          method: 'POST',
          headers: { 'X-Convene-Token': searchParams.get('token')!, 'Content-Type': 'application/json' },
          body: '{}',
        });
        expect(await call.json()).toEqual({ ok: true, value: [] });

        // Handed to the system's browser opener.
        await expect
          .poll(() => (fs.existsSync(opened) ? fs.readFileSync(opened, 'utf8') : ''), { timeout: 10_000 })
          .toBe(url);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(stdout).toContain('Convene stopped.');
    },
    120_000,
  );
});
