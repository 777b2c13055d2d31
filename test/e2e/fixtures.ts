import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels.js';
import type { Result } from '../../shared/contract/result.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'scripts', 'convene.mjs');
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)\s*$/m;
const START_TIMEOUT_MS = 30_000;

export interface Host {
  /** What a browser opens: http://127.0.0.1:PORT/?token=... */
  url: string;
  dataDir: string;
  /** stderr so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts `convene serve --data <dataDir> --port 0` (the built CLI; `npm run build` first) and
 * resolves once it prints its URL on stdout. Exported so a spec can start a second host, e.g. to
 * reopen the same data folder. Rooms opened from the UI stay on loopback (`--room-bind 127.0.0.1`:
 * nothing is announced or browsed, nothing listens beyond this machine).
 */
export async function startHost(dataDir: string, extra: { args?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<Host> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0', '--room-bind', '127.0.0.1', ...(extra.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, CONVENE_DATA_DIR: dataDir, ...extra.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`convene serve printed no URL within ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = URL_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`convene serve exited with ${code} before printing its URL.\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });

  return {
    url,
    dataDir,
    log: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Calls a channel straight on the host (to seed data or check it), typed by the contract. */
export type Api = <C extends ChannelName>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;

export function apiFor(host: Pick<Host, 'url'>, request: APIRequestContext): Api {
  const url = new URL(host.url);
  const token = url.searchParams.get('token') ?? '';
  return async (channel, input) => {
    const response = await request.post(`${url.origin}/api/call/${channel}`, { headers: { 'X-Convene-Token': token }, data: input ?? {} });
    const body = (await response.json()) as Result<never>;
    if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
    return body.value;
  };
}

interface Fixtures {
  /** A fresh, empty data folder for this test (removed after it). */
  dataDir: string;
  /** The host serving dataDir. */
  host: Host;
  /** The URL to open: http://127.0.0.1:PORT/?token=... */
  appUrl: string;
  api: Api;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use, testInfo) => {
    const host = await startHost(dataDir);
    try {
      await use(host);
    } finally {
      await host.stop();
      const log = host.log();
      if (testInfo.status !== testInfo.expectedStatus && log) await testInfo.attach('convene-serve.log', { body: log, contentType: 'text/plain' });
    }
  },
  appUrl: async ({ host }, use) => {
    await use(host.url);
  },
  api: async ({ host, request }, use) => {
    await use(apiFor(host, request));
  },
});

export { expect };
