import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../shared/contract/channels-room.js';
import { openRuntime } from '../../main/service/runtime.js';
import { cliIn } from '../helpers/cli.js';
import { callApi as call, serveProcesses, until, URL_LINE } from '../helpers/serve.js';

/**
 * `convene serve --room host|join` in child processes, on 127.0.0.1 with mDNS off: the host prints
 * `Room address:` and `Room code:`, a second serve joins with them, and the host's room.status (over
 * its loopback HTTP host, as the UI asks) lists both laptops. Runs once main/sync's replicas are wired
 * (main/room/session-replicas.ts, the merge point); the usage checks run always.
 */
let tmp: string;
const processes = serveProcesses(() => tmp);
const serve = processes.serve;
const cli = cliIn(() => tmp);

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-room-cli-'));
});
afterAll(async () => {
  await processes.stopAll();
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

describe('convene serve --room', () => {
  it('refuses room options that do not go together, naming them', () => {
    const run = (...args: string[]) => cli('serve', ...args);
    const noSession = run('--room', 'host');
    expect(noSession.code).toBe(2);
    expect(noSession.stderr).toContain('--session');
    const badRoom = run('--room', 'elsewhere');
    expect(badRoom.code).toBe(2);
    expect(badRoom.stderr).toContain('--room must be host or join');
    const badJoin = run('--room', 'join', '--address', '127.0.0.1:1', '--code', 'short');
    expect(badJoin.code).toBe(2);
    expect(badJoin.stderr).toContain('code');
    const stray = run('--code', 'ABCD-EFGH-JK');
    expect(stray.code).toBe(2);
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
    // It starts on its kept copy at once, then reaches the host.
    const rejoined = await until(async () => {
      const s = (await call(again.matches[0]![1]!, 'room.status', {})).value as RoomStatus;
      expect(s).toMatchObject({ state: 'joined', connection: 'online', roomId: memberStatus.roomId });
      return s;
    });
    // The same laptop (its id is kept in room.json), not a second one.
    expect(rejoined.peers.find((p) => p.self)?.id).toBe(memberStatus.peers.find((p) => p.self)?.id);
  });
});
