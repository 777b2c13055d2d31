import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRuntime } from '../main/service/runtime.js';
import { startHttpHost } from '../main/host/http.js';
import { addFigure, percentile } from './table.js';

const WARMUP = 200;
const CALLS = 2_000;

/** One browser call end to end over loopback: fetch, token check, JSON, core.call, SQLite read. */
export default async function bench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-http-'));
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  const runtime = openRuntime({ dataDir: path.join(dir, 'data') });
  const host = await startHttpHost({ core: runtime.core, staticDir });
  try {
    // A realistic home screen: a handful of programmes.
    for (let i = 0; i < 10; i++) runtime.core.call('programme.create', { title: `Programme ${i}` });
    const url = `http://127.0.0.1:${host.port}/api/call/programme.list`;
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Convene-Token': host.token }, body: '{}' };
    const once = async () => {
      const res = await fetch(url, init);
      const body = (await res.json()) as { ok: boolean };
      if (res.status !== 200 || !body.ok) throw new Error(`programme.list answered ${res.status}`);
    };
    for (let i = 0; i < WARMUP; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const started = performance.now();
      await once();
      times.push(performance.now() - started);
    }
    addFigure({ figure: 'HTTP call programme.list, p50 of 2,000', target: 2, measured: percentile(times, 50), unit: 'ms' });
    addFigure({ figure: 'HTTP call programme.list, p99 of 2,000', measured: percentile(times, 99), unit: 'ms' });
  } finally {
    await host.close();
    runtime.close({ backup: false });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
