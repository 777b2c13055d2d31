import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { apiFor, startHost, test, type Host } from './fixtures.js';

/**
 * A host for run-mode tests: `convene serve --test-clock ISO`, so every recorded time is exact; the
 * test moves the clock with POST /api/test/clock. The machine's zone is pinned to Asia/Shanghai for
 * the host (sitting times are local wall-clock times) and for the browser (playwright.config.ts).
 */
export interface ClockHost extends Host {
  origin: string;
  token: string;
}

export async function startClockHost(dataDir: string, clockIso: string): Promise<ClockHost> {
  const host = await startHost(dataDir, { args: ['--test-clock', clockIso], env: { TZ: 'Asia/Shanghai' } });
  const parsed = new URL(host.url);
  return { ...host, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '' };
}

/** Typed calls straight to the host (to seed and to check what was recorded). */
export const apiOf = (host: ClockHost, request: APIRequestContext) => apiFor(host, request);

/** Moves the host's clock; every open page is told (a change event) and refetches. */
export function clockOf(host: ClockHost, request: APIRequestContext) {
  return async (advanceSeconds: number): Promise<string> => {
    const response = await request.post(`${host.origin}/api/test/clock`, { headers: { 'X-Convene-Token': host.token }, data: { advanceSeconds } });
    const body = (await response.json()) as { ok: boolean; value: { now: string } };
    if (!body.ok) throw new Error(`test clock refused: ${JSON.stringify(body)}`);
    return body.value.now;
  };
}

/** Sets the host's clock to an instant; every open page is told and refetches. */
export async function setClockTo(host: ClockHost, request: APIRequestContext, iso: string): Promise<void> {
  const response = await request.post(`${host.origin}/api/test/clock`, { headers: { 'X-Convene-Token': host.token }, data: { set: iso } });
  if (!response.ok()) throw new Error(`test clock refused: ${await response.text()}`);
}

/**
 * A fresh, empty data folder and a clock host on it for each test of the spec (started before,
 * stopped and removed after; the host's log attached when a test fails). Returns the current host.
 */
export function clockHostPerTest(prefix: string, clockIso: string): () => ClockHost {
  let dataDir = '';
  let host: ClockHost | null = null;
  test.beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    host = await startClockHost(dataDir, clockIso);
  });
  // eslint-disable-next-line no-empty-pattern
  test.afterEach(async ({}, testInfo) => {
    await host?.stop();
    if (host && testInfo.status !== testInfo.expectedStatus) await testInfo.attach('convene-serve.log', { body: host.log(), contentType: 'text/plain' });
    fs.rmSync(dataDir, { recursive: true, force: true });
    host = null;
  });
  return () => {
    if (!host) throw new Error('no clock host outside a test');
    return host;
  };
}
