import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { openRuntime, type Runtime } from '../../main/service/runtime.js';
import { startHttpHost, type HttpHost } from '../../main/host/http.js';
import { CONTENT_SECURITY_POLICY } from '../../main/host/http-static.js';

const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app-1234.js"></script></head><body><div id="root"></div></body></html>';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, not fetch: fetch normalises `..` away and will not let us forge Host. */
function raw(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('HTTP host', () => {
  let dir: string;
  let staticDir: string;
  let runtime: Runtime;
  let host: HttpHost;
  let subscriptions = 0;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-http-'));
    staticDir = path.join(dir, 'static');
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log("convene");\n');
    fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.css'), 'body{margin:0}\n');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the static folder\n');
    runtime = openRuntime({ dataDir: path.join(dir, 'data') });
    subscriptions = 0;
    // Count live subscriptions so the test can see the SSE stream let go of its listener.
    const core = {
      call: runtime.core.call,
      subscribe(listener: (event: ChangeEvent) => void) {
        subscriptions++;
        const off = runtime.core.subscribe(listener);
        return () => {
          subscriptions--;
          off();
        };
      },
    };
    host = await startHttpHost({ core, staticDir });
  });

  afterEach(async () => {
    await host.close();
    runtime.close({ backup: false });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = (channel: string, body: unknown, token: string | null = host.token) =>
    fetch(`http://127.0.0.1:${host.port}/api/call/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { 'X-Convene-Token': token }) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('binds 127.0.0.1 and prints a tokened URL', () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('keeps an idle keep-alive socket open until the client closes it (a reused socket is never reset under a client)', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; socket: import('node:net').Socket }>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: host.port, path: '/', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket! }));
        });
        req.on('error', reject);
      });
    try {
      const first = await get();
      let closedByServer = false;
      first.socket.once('close', () => (closedByServer = true));
      // Longer than Node's default keep-alive timeout (5 s, plus its 1 s grace), after which the server used to drop it.
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      expect(closedByServer).toBe(false);
      const second = await get();
      expect(second.status).toBe(200);
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  });

  it('refuses a non-loopback address', async () => {
    await expect(startHttpHost({ core: runtime.core, staticDir, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('gives every launch a fresh token', async () => {
    const other = await startHttpHost({ core: runtime.core, staticDir });
    try {
      expect(other.token).not.toBe(host.token);
    } finally {
      await other.close();
    }
  });

  it('answers 401 without a token or with a wrong one', async () => {
    for (const token of [null, '', 'nope', host.token.slice(0, -1) + (host.token.endsWith('0') ? '1' : '0'), host.token + '0']) {
      const res = await call('programme.list', {}, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
    const events = await raw(host.port, { path: '/api/events' });
    expect(events.status).toBe(401);
    const wrong = await raw(host.port, { path: '/api/events?token=abc' });
    expect(wrong.status).toBe(401);
  });

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    const headers = { 'X-Convene-Token': host.token, 'Content-Type': 'application/json' };
    const evil = await raw(host.port, { path: '/api/call/programme.list', method: 'POST', body: '{}', headers: { ...headers, Host: `evil.example:${host.port}` } });
    expect(evil.status).toBe(403);
    const otherPort = await raw(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port + 1}` } });
    expect(otherPort.status).toBe(403);
    const localhost = await raw(host.port, { path: '/api/call/programme.list', method: 'POST', body: '{}', headers: { ...headers, Host: `localhost:${host.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('answers 403 to a foreign Origin and accepts its own', async () => {
    const headers = { 'X-Convene-Token': host.token, 'Content-Type': 'application/json' };
    for (const origin of ['http://evil.example', `http://localhost:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`]) {
      const res = await raw(host.port, { path: '/api/call/programme.list', method: 'POST', body: '{}', headers: { ...headers, Origin: origin } });
      expect(res.status, origin).toBe(403);
    }
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const res = await raw(host.port, { path: '/api/call/programme.list', method: 'POST', body: '{}', headers: { ...headers, Origin: origin } });
      expect(res.status, origin).toBe(200);
    }
  });

  it('accepts an extra loopback origin (the Vite dev proxy) only when told', async () => {
    const headers = { 'X-Convene-Token': host.token, 'Content-Type': 'application/json', Host: 'localhost:5173', Origin: 'http://localhost:5173' };
    expect((await raw(host.port, { path: '/api/call/programme.list', method: 'POST', body: '{}', headers })).status).toBe(403);
    const dev = await startHttpHost({ core: runtime.core, staticDir, allowOrigins: ['http://localhost:5173'] });
    try {
      expect((await raw(dev.port, { path: '/api/call/programme.list', method: 'POST', body: '{}', headers: { ...headers, 'X-Convene-Token': dev.token } })).status).toBe(200);
    } finally {
      await dev.close();
    }
    await expect(startHttpHost({ core: runtime.core, staticDir, allowOrigins: ['http://evil.example:5173'] })).rejects.toThrow(/loopback/);
  });

  it('round-trips a call and returns the Result, failed Results included', async () => {
    const created = await call('programme.create', { title: '清源县高质量发展战略布局专题研讨' });
    expect(created.status).toBe(200);
    const createdBody = (await created.json()) as { ok: boolean; value: { id: string; title: string } };
    expect(createdBody.ok).toBe(true);
    expect(createdBody.value.title).toBe('清源县高质量发展战略布局专题研讨');

    const list = (await (await call('programme.list', {})).json()) as { ok: true; value: { id: string }[] };
    expect(list.value.map((p) => p.id)).toEqual([createdBody.value.id]);

    const invalid = await call('programme.create', { title: '' });
    expect(invalid.status).toBe(200);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe('validation');

    const unknown = await call('no.such', {});
    expect(unknown.status).toBe(200);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unknown_channel');
  });

  it('answers 400 with a validation Result to malformed JSON', async () => {
    const res = await call('programme.list', '{"title":');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { ok: boolean; error: { code: string } }).error.code).toBe('validation');
  });

  it('answers 413 to a body over 2 MB', async () => {
    const res = await call('programme.create', { title: 'x', description: 'y'.repeat(3 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    // A streamed body with no Content-Length is cut off the same way.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/call/programme.list', method: 'POST', headers: { 'X-Convene-Token': host.token, 'Transfer-Encoding': 'chunked' } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'z'.repeat(256 * 1024);
      for (let i = 0; i < 10; i++) req.write(chunk);
      req.end();
    });
    expect(streamed).toBe(413);
  });

  it('takes a directory sheet of more than 2 MB in one call, as it takes a bundle', async () => {
    // 9,000 rows of about 600 bytes (5 MB of JSON): a large office table pasted whole.
    const rows = [['姓名', '职务'], ...Array.from({ length: 9_000 }, (_, i) => [`人员${i}`, '科员'.repeat(100)])];
    const res = await call('directory.importPreview', { rows });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { counts: { peopleAdded: 9_000, refused: 0 } } });
  });

  it('streams a change event after a write, and lets go of the subscription on close', async () => {
    const received = await new Promise<ChangeEvent>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (buffer.startsWith(': connected')) {
            buffer = buffer.replace(': connected\n\n', '');
            void call('programme.create', { title: 'Strategy rollout' });
          }
          const match = /^data: (.*)\n\n/m.exec(buffer);
          if (match) {
            resolve(JSON.parse(match[1]!) as ChangeEvent);
            req.destroy();
          }
        });
      });
      req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    });
    expect(received.topics).toContain('programme');
    expect(received.ids.length).toBeGreaterThan(0);
    for (let i = 0; i < 50 && subscriptions > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(subscriptions).toBe(0);
  });

  it('ends open event streams on close', async () => {
    const ended = new Promise<void>((resolve) => {
      http.get({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` }, (res) => {
        res.once('data', () => void host.close());
        res.on('close', () => resolve());
        res.resume();
      });
    });
    await ended;
    expect(subscriptions).toBe(0);
  });

  it('has no drop-events route unless started for tests; with it, a test ends every event stream', async () => {
    const drop = (port: number, token: string) => fetch(`http://127.0.0.1:${port}/api/test/drop-events`, { method: 'POST', headers: { 'X-Convene-Token': token } });
    expect((await drop(host.port, host.token)).status).toBe(404);

    const testHost = await startHttpHost({ core: runtime.core, staticDir, testEvents: true });
    try {
      const ended = new Promise<void>((resolve) => {
        http.get({ host: '127.0.0.1', port: testHost.port, path: `/api/events?token=${testHost.token}` }, (res) => {
          res.once('data', () => void drop(testHost.port, testHost.token));
          res.on('close', () => resolve());
          res.resume();
        });
      });
      await ended;
      expect((await drop(testHost.port, 'wrong-token-wrong-token')).status).toBe(401);
      expect(await (await drop(testHost.port, testHost.token)).json()).toEqual({ ok: true, value: { ended: 0 } });
    } finally {
      await testHost.close();
    }
  });

  it('serves index.html with a strict CSP, assets with their types, and the SPA fallback', async () => {
    const index = await raw(host.port, { path: '/?token=whatever' });
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');

    const js = await raw(host.port, { path: '/assets/app-1234.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    const css = await raw(host.port, { path: '/assets/app-1234.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');

    const route = await raw(host.port, { path: '/programmes/abc/sessions' });
    expect(route.status).toBe(200);
    expect(route.body).toBe(INDEX_HTML);
    expect(route.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    // Relative asset URLs (Vite base './') from a page at a nested path still find the asset.
    const nested = await raw(host.port, { path: '/programmes/abc/assets/app-1234.js' });
    expect(nested.status).toBe(200);
    expect(nested.headers['content-type']).toBe('text/javascript; charset=utf-8');

    expect((await raw(host.port, { path: '/assets/missing.js' })).status).toBe(404);
    expect((await raw(host.port, { path: '/api/nothing' })).status).toBe(404);
  });

  it('refuses directory traversal', async () => {
    for (const attempt of ['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const res = await raw(host.port, { path: attempt });
      expect(res.status, attempt).toBe(403);
      expect(res.body).not.toContain('outside the static folder');
      expect(res.body).not.toContain('"name"');
    }
  });
  it('has no test clock route unless started with one; with one, a test moves the core clock', async () => {
    const post = (port: number, token: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/test/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Convene-Token': token },
        body: JSON.stringify(body),
      });
    expect((await post(host.port, host.token, { advanceSeconds: 60 })).status).toBe(404);

    const { createTestClock } = await import('../../main/core/clock.js');
    const clock = createTestClock('2027-01-11T01:00:00.000Z');
    const clocked = openRuntime({ dataDir: path.join(dir, 'clocked'), now: clock.now });
    const events: ChangeEvent[] = [];
    clocked.core.subscribe((event) => events.push(event));
    const testHost = await startHttpHost({ core: clocked.core, staticDir, testClock: clock });
    try {
      expect((await post(testHost.port, 'wrong-token-wrong-token', { advanceSeconds: 60 })).status).toBe(401);
      const moved = await post(testHost.port, testHost.token, { advanceSeconds: 90 });
      expect(await moved.json()).toEqual({ ok: true, value: { now: '2027-01-11T01:01:30.000Z' } });
      expect(events.at(-1)?.topics).toContain('run');
      const set = await post(testHost.port, testHost.token, { set: '2027-02-20T00:00:00Z' });
      expect(await set.json()).toEqual({ ok: true, value: { now: '2027-02-20T00:00:00.000Z' } });
      expect((await post(testHost.port, testHost.token, { nonsense: true })).status).toBe(400);
      const created = clocked.core.call('programme.create', { title: 'P' });
      expect(created).toMatchObject({ ok: true, value: { createdAt: '2027-02-20T00:00:00.000Z' } });
    } finally {
      await testHost.close();
      clocked.close({ backup: false });
    }
  });
});
