import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels.js';
import type { Result } from '../../shared/contract/result.js';

/**
 * A host for run-mode tests: `convene serve --test-clock ISO`, so every recorded time is exact; the
 * test moves the clock with POST /api/test/clock. The machine's zone is pinned to Asia/Shanghai for
 * the host (sitting times are local wall-clock times) and for the browser (playwright.config.ts).
 * fixtures.ts's startHost takes no extra arguments; this is its sibling for that one flag.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'scripts', 'convene.mjs');
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)\s*$/m;

export interface ClockHost {
  url: string;
  origin: string;
  token: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startClockHost(dataDir: string, clockIso: string): Promise<ClockHost> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0', '--test-clock', clockIso], {
    cwd: ROOT,
    env: { ...process.env, CONVENE_DATA_DIR: dataDir, TZ: 'Asia/Shanghai' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`convene serve printed no URL.\n${stderr}`)), 30_000);
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
      reject(new Error(`convene serve exited with ${code}.\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
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

/** Typed calls straight to the host (to seed and to check what was recorded). */
export function apiOf(host: ClockHost, request: APIRequestContext) {
  return async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const response = await request.post(`${host.origin}/api/call/${channel}`, { headers: { 'X-Convene-Token': host.token }, data: input ?? {} });
    const body = (await response.json()) as Result<never>;
    if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
    return body.value;
  };
}

/** Moves the host's clock; every open page is told (a change event) and refetches. */
export function clockOf(host: ClockHost, request: APIRequestContext) {
  return async (advanceSeconds: number): Promise<string> => {
    const response = await request.post(`${host.origin}/api/test/clock`, { headers: { 'X-Convene-Token': host.token }, data: { advanceSeconds } });
    const body = (await response.json()) as { ok: boolean; value: { now: string } };
    if (!body.ok) throw new Error(`test clock refused: ${JSON.stringify(body)}`);
    return body.value.now;
  };
}
