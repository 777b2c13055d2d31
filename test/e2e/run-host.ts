import type { APIRequestContext } from '@playwright/test';
import { apiFor, startHost, type Host } from './fixtures.js';

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
