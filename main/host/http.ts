import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppErrorPayload, Result } from '../../shared/contract/result.js';
import type { TestClock } from '../core/clock.js';
import type { Core } from '../core/core.js';
import { MAX_BODY_BYTES, readBody } from './http-body.js';
import { openEventStream } from './http-events.js';
import {
  assertUsableToken,
  checkHostAndOrigin,
  createGate,
  hostForUrl,
  isLoopbackAddress,
  newToken,
  normaliseExtraOrigin,
  tokenMatches,
  type Gate,
} from './http-guard.js';
import { chooseStatic, sendFile } from './http-static.js';

export const TOKEN_HEADER = 'x-convene-token';
const CALL_PREFIX = '/api/call/';
const EVENTS_PATH = '/api/events';
const TEST_CLOCK_PATH = '/api/test/clock';
const TEST_DROP_EVENTS_PATH = '/api/test/drop-events';
/** A session bundle travels as base64 in one call; the contract caps it at 90 M characters. */
const MAX_BUNDLE_BODY_BYTES = 96 * 1024 * 1024;
/**
 * Channels whose one call may carry more than MAX_BODY_BYTES: a bundle, an XLSX file of the
 * directory (≤ 8 MB, as base64), a file attached to a task (≤ 20 MB, as base64), and a directory sheet of up to 10,000 rows (a few MB of JSON).
 */
const BODY_LIMITS: Record<string, number> = {
  'bundle.import': MAX_BUNDLE_BODY_BYTES,
  'directory.readSheet': 12 * 1024 * 1024,
  'directory.importPreview': 24 * 1024 * 1024,
  'directory.import': 24 * 1024 * 1024,
  // A file of up to 20 MB is ~27 MB as base64; room above it so a somewhat larger file reaches the
  // handler, whose refusal names the limit, instead of the host's bare "too large".
  'action.attachFile': 40 * 1024 * 1024,
};

export interface HttpHostOptions {
  /** Only `call` and `subscribe` are used: the host moves calls, it does not interpret them. */
  core: { call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>> } & Pick<Core, 'subscribe'> &
    Partial<Pick<Core, 'announce'>>;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. Anything but a loopback address is refused. */
  host?: string;
  /** Defaults to 32 random bytes, hex, new at every start. */
  token?: string;
  /** Extra loopback origins (e.g. the Vite dev server, http://localhost:5173) whose requests are accepted. */
  allowOrigins?: readonly string[];
  /** Interval of the SSE heartbeat comment; 15 s unless a test needs it faster. */
  heartbeatMs?: number;
  /**
   * Only for end-to-end tests (`convene serve --test-clock`): enables POST /api/test/clock, which
   * moves the core's clock. Absent in every normal run, where that route does not exist.
   */
  testClock?: TestClock;
  /**
   * Only for end-to-end tests (`convene serve --test-events`): enables POST /api/test/drop-events,
   * which ends every event stream as a dropped connection would (the browser then reconnects).
   */
  testEvents?: boolean;
}

export interface HttpHost {
  /** `http://127.0.0.1:<port>/?token=<token>`: what a browser opens. */
  url: string;
  port: number;
  /** The address actually bound. */
  address: string;
  token: string;
  /** Stops listening, ends event streams and open connections. Idempotent. */
  close(): Promise<void>;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The token travels in the page URL: never send it onward in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch {
    status = 500;
    text = JSON.stringify({ ok: false, error: { code: 'internal' } });
  }
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function failure(code: AppErrorPayload['code'], params?: Record<string, string | number>): Result<never> {
  return { ok: false, error: params ? { code, params } : { code } };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

interface Context {
  core: HttpHostOptions['core'];
  root: string;
  token: string;
  gate: Gate;
  heartbeatMs: number | undefined;
  streams: Set<() => void>;
  testClock: TestClock | undefined;
  testEvents: boolean;
}

/** A POST carrying our token, or an answer (405, 401) already sent. */
function isTokenedPost(ctx: Context, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST') {
    sendJson(res, 405, failure('validation', { reason: 'method' }), { Allow: 'POST' });
    return false;
  }
  if (!tokenMatches(headerValue(req.headers[TOKEN_HEADER]), ctx.token)) {
    sendJson(res, 401, failure('unauthorized'));
    return false;
  }
  return true;
}

async function handleCall(ctx: Context, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (!isTokenedPost(ctx, req, res)) return;
  let channel: string;
  try {
    channel = decodeURIComponent(pathname.slice(CALL_PREFIX.length));
  } catch {
    sendJson(res, 400, failure('validation', { reason: 'channel' }));
    return;
  }
  const body = await readBody(req, Object.prototype.hasOwnProperty.call(BODY_LIMITS, channel) ? BODY_LIMITS[channel]! : MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.reason === 'too_large') {
      // The rest of the body is discarded by Node; closing stops a client that keeps sending.
      sendJson(res, 413, failure('validation', { reason: 'too_large' }), { Connection: 'close' });
    } else {
      res.destroy();
    }
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'validation', issues: [{ path: '', code: 'invalid_json' }] } });
    return;
  }
  let result: Result<unknown>;
  try {
    result = await ctx.core.call(channel, input);
  } catch {
    // core.call never throws by contract; this keeps a broken core from taking the host down.
    result = failure('internal');
  }
  // 200 even for a failed Result: the transport did its job; the Result says what happened.
  sendJson(res, 200, result);
}

/** Test-only: `{ "advanceSeconds": 90 }` or `{ "set": "2027-01-11T09:00:00+08:00" }`; answers the new time. */
async function handleTestClock(ctx: Context, clock: TestClock, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isTokenedPost(ctx, req, res)) return;
  const body = await readBody(req);
  let input: { advanceSeconds?: unknown; set?: unknown } = {};
  try {
    input = body.ok ? (JSON.parse(body.text) as typeof input) : {};
  } catch {
    // fall through to the validation answer below
  }
  try {
    let now: Date;
    if (typeof input.advanceSeconds === 'number' && Number.isFinite(input.advanceSeconds)) now = clock.advance(input.advanceSeconds);
    else if (typeof input.set === 'string') now = clock.set(input.set);
    else throw new Error('advanceSeconds or set');
    // Countdowns, overdue marks and elapsed times all derive from the clock: every view is stale.
    ctx.core.announce?.(['run', 'agenda', 'note', 'session', 'action']);
    sendJson(res, 200, { ok: true, value: { now: now.toISOString() } });
  } catch {
    sendJson(res, 400, failure('validation', { reason: 'clock' }));
  }
}

/** Test-only: ends every open event stream; answers how many it ended. */
function handleTestDropEvents(ctx: Context, req: IncomingMessage, res: ServerResponse): void {
  if (!isTokenedPost(ctx, req, res)) return;
  const ended = ctx.streams.size;
  for (const end of [...ctx.streams]) end();
  sendJson(res, 200, { ok: true, value: { ended } });
}

function handleEvents(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (req.method !== 'GET') {
    sendJson(res, 405, failure('validation', { reason: 'method' }), { Allow: 'GET' });
    return;
  }
  // EventSource cannot set headers, so the token comes in the query string.
  if (!tokenMatches(url.searchParams.get('token'), ctx.token)) {
    sendJson(res, 401, failure('unauthorized'));
    return;
  }
  const end = openEventStream(res, ctx.core, ctx.heartbeatMs);
  ctx.streams.add(end);
  res.on('close', () => ctx.streams.delete(end));
}

async function handleStatic(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, failure('validation', { reason: 'method' }), { Allow: 'GET, HEAD' });
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
  const choice = await chooseStatic(ctx.root, rawPath, url.pathname);
  if (choice.file) {
    await sendFile(req, res, ctx.root, choice.file);
    return;
  }
  res.writeHead(choice.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(choice.status === 403 ? 'Forbidden\n' : 'Not found\n');
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
  const refused = checkHostAndOrigin(ctx.gate, headerValue(req.headers.host), headerValue(req.headers.origin));
  if (refused) {
    sendJson(res, 403, failure('unauthorized', { reason: refused }));
    return;
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    sendJson(res, 400, failure('validation', { reason: 'url' }));
    return;
  }
  const { pathname } = url;
  if (pathname.startsWith(CALL_PREFIX)) return handleCall(ctx, req, res, pathname);
  if (pathname === EVENTS_PATH) return handleEvents(ctx, req, res, url);
  if (pathname === TEST_CLOCK_PATH && ctx.testClock) return handleTestClock(ctx, ctx.testClock, req, res);
  if (pathname === TEST_DROP_EVENTS_PATH && ctx.testEvents) return handleTestDropEvents(ctx, req, res);
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    sendJson(res, 404, failure('not_found', { entity: 'route' }));
    return;
  }
  return handleStatic(ctx, req, res, url);
}

/**
 * Serves the built renderer and the core's channels on a loopback port behind a per-launch token:
 * how the UI runs in a plain browser, how end-to-end tests drive it, how a second screen shows
 * the projector view. The host only moves calls and events; the core validates everything.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const bindHost = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(bindHost)) {
    throw new Error(`refusing to listen on ${bindHost}: the HTTP host serves loopback addresses only`);
  }
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid port: ${port}`);
  const token = options.token ?? newToken();
  assertUsableToken(token);
  // Validated before listening, so a bad option never leaves a half-started server behind.
  const allowOrigins = options.allowOrigins ?? [];
  allowOrigins.forEach(normaliseExtraOrigin);

  const server = http.createServer();
  // Idle keep-alive sockets stay open until the client closes them. With Node's default (the server
  // drops a socket idle for 5 s), a client that reuses a socket just as it is dropped gets
  // ECONNRESET: browsers quietly retry, other clients (scripts, the tests' request context) fail.
  // Loopback only, token-gated, and close() ends every socket, so nothing piles up.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const ctx: Context = {
    core: options.core,
    root: path.resolve(options.staticDir),
    token,
    gate: createGate(address.port, address.address, allowOrigins),
    heartbeatMs: options.heartbeatMs,
    streams: new Set(),
    testClock: options.testClock,
    testEvents: options.testEvents ?? false,
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(ctx, req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, failure('internal'));
      else res.destroy();
    });
  });
  // Errors after listening (a reset socket) belong to one client, not to the host.
  server.on('clientError', (_error, socket) => socket.destroy());

  const urlHost = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : hostForUrl(address.address);
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${address.port}/?token=${token}`,
    port: address.port,
    address: address.address,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const end of [...ctx.streams]) end();
        server.close(() => resolve());
        // Keep-alive and event-stream sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
