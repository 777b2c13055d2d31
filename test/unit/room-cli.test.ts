import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../shared/contract/channels-room.js';
import { openRuntime } from '../../main/service/runtime.js';

/**
 * `convene serve --room host|join` in child processes, on 127.0.0.1 with mDNS off: the host prints
 * `Room address:` and `Room code:`, a second serve joins with them, and the host's room.status (over
 * its loopback HTTP host, as the UI asks) lists both laptops. Runs once main/sync's replicas are wired
 * (main/room/session-replicas.ts, the merge point); the usage checks run always.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'scripts', 'convene.mjs');
let tmp: string;
let staticDir: string;
const children: ChildProcess[] = [];
const env = (): NodeJS.ProcessEnv => ({ ...process.env, CONVENE_FROM_SOURCE: '1', CONVENE_DATA_DIR: path.join(tmp, 'default-data') });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-room-cli-'));
  staticDir = path.join(tmp, 'static');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Convene</title>');
});
afterAll(async () => {
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return null;
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A data folder with one session, made through the real runtime; its id. */
function dataWithSession(name: string): { dataDir: string; sessionId: string } {
  const dataDir = path.join(tmp, name);
  const runtime = openRuntime({ dataDir });
  const call = <T>(channel: string, input: unknown) => {
    const r = runtime.core.call(channel, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  const programme = call<{ id: string }>('programme.create', { title: '清源县' });
  const stage = call<{ id: string }>('stage.create', { programmeId: programme.id, title: '阶段一' });
  const session = call<{ id: string }>('session.create', { stageId: stage.id, title: '产业研讨会' });
  runtime.close({ backup: false });
  return { dataDir, sessionId: session.id };
}

/** Starts serve and waits for every pattern in its stdout; returns the matches. */
function serve(args: string[], patterns: RegExp[]): Promise<{ child: ChildProcess; matches: RegExpExecArray[] }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--static', staticDir, '--no-announce', ...args], { cwd: ROOT, env: env() });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no ${patterns.join(', ')}; stdout: ${stdout}; stderr: ${stderr}`)), 30_000);
    child.on('exit', (code, signal) => reject(new Error(`serve exited ${code ?? signal}; stdout: ${stdout}; stderr: ${stderr}`)));
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      const matches = patterns.map((p) => p.exec(stdout));
      if (matches.every(Boolean)) {
        clearTimeout(timer);
        resolve({ child, matches: matches as RegExpExecArray[] });
      }
    });
  });
}

async function call(url: string, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  const { origin, searchParams } = new URL(url);
  const res = await fetch(`${origin}/api/call/${channel}`, { method: 'POST', headers: { 'X-Convene-Token': searchParams.get('token')!, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
}

const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)$/m;

describe('convene serve --room', () => {
  it('refuses room options that do not go together, naming them', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 60_000 });
    const noSession = run('--room', 'host');
    expect(noSession.status).toBe(2);
    expect(noSession.stderr).toContain('--session');
    const badRoom = run('--room', 'elsewhere');
    expect(badRoom.status).toBe(2);
    expect(badRoom.stderr).toContain('--room must be host or join');
    const badJoin = run('--room', 'join', '--address', '127.0.0.1:1', '--code', 'short');
    expect(badJoin.status).toBe(2);
    expect(badJoin.stderr).toContain('code');
    const stray = run('--code', 'ABCD-EFGH-JK');
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('--code needs --room');
    expect(run('--help').stdout).toContain('--room host --session ID');
  });

  it('hosts on 127.0.0.1 printing Room address and Room code; a second serve joins with them', async () => {
    const hostData = dataWithSession('host-data');
    const host = await serve(['--data', hostData.dataDir, '--room', 'host', '--session', hostData.sessionId, '--room-bind', '127.0.0.1', '--room-name', '会务组'], [
      URL_LINE,
      /^Room address: (127\.0\.0\.1:\d+)$/m,
      /^Room code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})$/m,
    ]);
    const [hostUrl, address, code] = host.matches.map((m) => m[1]!);
    const member = await serve(['--data', path.join(tmp, 'member-data'), '--room', 'join', '--address', address!, '--code', code!, '--room-name', '秘书处', '--room-role', 'secretary'], [
      URL_LINE,
      /^Room joined: (\S+) as secretary$/m,
    ]);
    const memberUrl = member.matches[0]![1]!;
    const hostStatus = await call(hostUrl!, 'room.status', {});
    expect(hostStatus).toMatchObject({ ok: true, value: { state: 'hosting', address, code, sessionId: hostData.sessionId } });
    const memberStatus = (await call(memberUrl, 'room.status', {})).value as RoomStatus;
    expect(memberStatus).toMatchObject({ state: 'joined', role: 'secretary', connection: 'online', code });
    expect(memberStatus.peers.map((p) => p.role).sort()).toEqual(['runner', 'secretary']);

    // The member's process is killed and started again with the same --address and --code: it rejoins.
    const gone = new Promise((resolve) => member.child.on('exit', resolve));
    member.child.kill('SIGKILL');
    await gone;
    const again = await serve(['--data', path.join(tmp, 'member-data'), '--room', 'join', '--address', address!, '--code', code!, '--room-name', '秘书处'], [URL_LINE, /^Room joined: (\S+) as secretary$/m]);
    const rejoined = (await call(again.matches[0]![1]!, 'room.status', {})).value as RoomStatus;
    expect(rejoined).toMatchObject({ state: 'joined', connection: 'online', roomId: memberStatus.roomId });
    // The same laptop (its id is kept in room.json), not a second one.
    expect(rejoined.peers.find((p) => p.self)?.id).toBe(memberStatus.peers.find((p) => p.self)?.id);
  });
});
