import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { AgendaItem, AgendaView, RunState, Speaker } from '../../shared/agenda.js';
import type { ActionDetail, ActionItem } from '../../shared/actions.js';
import type { Note, NoteVersion } from '../../shared/notes.js';
import type { RoomStatus } from '../../shared/contract/channels-room.js';
import { openRuntime } from '../../main/service/runtime.js';
import { callApi, callOk, serveProcesses, until, URL_LINE, type ServeProcess } from '../helpers/serve.js';

/**
 * Issue 18's integration acceptance on loopback: three real `convene serve` processes in a room
 * (A hosts and runs the meeting, B and C join), driven through each one's loopback API as the UI
 * would. One laptop is paused (SIGSTOP) while the others write, then resumed; one is killed
 * (SIGKILL) in the middle of a stream of notes and restarted; a wrong code is refused; an outsider
 * gets the clear hello and a close, nothing of the session; a closed room's port refuses. Every
 * wait is for data (until(check) re-reads the API), never for time. The tests share the room and
 * run in order.
 */
let tmp: string;
const processes = serveProcesses(() => tmp);
const JOINED = /^Room joined: (\S+) as (\w+)$/m;
const SESSION_TITLE = '产业发展研讨会';

interface Laptop {
  proc: ServeProcess;
  url: string;
  dataDir: string;
  args: string[];
}
let a: Laptop;
let b: Laptop;
let c: Laptop;
let address: string;
let code: string;
let sessionId: string;
let ids: { items: AgendaItem[]; speakers: Speaker[]; wang: string; unit: string; task: string };
/** Every note text written through B: each must end up exactly once on every laptop. */
const written: string[] = [];
/** The note A and B edit at once. */
let editedNote = '';

async function start(name: string, args: string[], patterns: RegExp[]): Promise<Laptop> {
  const dataDir = path.join(tmp, name);
  const all = ['--data', dataDir, '--room-bind', '127.0.0.1', ...args];
  const proc = await processes.serve(all, [URL_LINE, ...patterns], 60_000);
  return { proc, url: proc.matches[0]![1]!, dataDir, args: all };
}
const join = (name: string, role: 'secretary' | 'viewer') =>
  start(name, ['--room', 'join', '--address', address, '--code', code, '--room-name', name, '--room-role', role], [JOINED]);

/** What every laptop must agree on, without what is read off the clock at each read. */
async function shared(laptop: Laptop) {
  const [notes, agenda, actions, run] = await Promise.all([
    callOk<Note[]>(laptop.url, 'note.all', { sessionId }),
    callOk<AgendaView>(laptop.url, 'agenda.list', { sessionId }),
    callOk<ActionItem[]>(laptop.url, 'action.list', { sessionId }),
    callOk<RunState>(laptop.url, 'run.state', { sessionId }),
  ]);
  // Histories too: a conflict's loser, a task's moves, each written once on every laptop.
  const noteHistories = await Promise.all(notes.filter((n) => n.version > 1).map((n) => callOk<NoteVersion[]>(laptop.url, 'note.history', { id: n.id }).then((h) => [n.id, h] as const)));
  const taskHistories = await Promise.all(actions.map((t) => callOk<ActionDetail>(laptop.url, 'action.get', { id: t.id }).then((d) => [t.id, d.history] as const)));
  return {
    notes: [...notes].sort((x, y) => x.id.localeCompare(y.id)),
    noteHistories: Object.fromEntries(noteHistories),
    taskHistories: Object.fromEntries(taskHistories),
    agenda: agenda.items.map((item) => ({ id: item.id, title: item.title, kind: item.kind, plannedMinutes: item.plannedMinutes, status: item.status, position: item.position })),
    actions: [...actions].sort((x, y) => x.id.localeCompare(y.id)).map((t) => ({ id: t.id, title: t.title, status: t.status, leadUnit: t.leadUnit?.name ?? null })),
    run: {
      status: run.session.status,
      currentItem: run.currentItem?.id ?? null,
      currentSpeaker: run.currentSpeaker?.id ?? null,
      next: run.nextSpeakers.map((s) => s.id),
      upcoming: run.upcomingItems.map((i) => i.id),
      paused: run.paused,
    },
  };
}

/** All three laptops answer the same; returns that answer. */
function converged(laptops: Laptop[]) {
  return until(async () => {
    const [first, ...rest] = await Promise.all(laptops.map(shared));
    for (const other of rest) expect(other).toEqual(first);
    return first!;
  }, 45_000);
}

function expectEachOnce(notes: Note[], texts: string[]) {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.text, (counts.get(note.text) ?? 0) + 1);
  for (const text of texts) expect({ text, count: counts.get(text) ?? 0 }).toEqual({ text, count: 1 });
  expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
}

async function status(laptop: Laptop) {
  return callOk<RoomStatus>(laptop.url, 'room.status', {});
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-room-processes-'));
});
afterAll(async () => {
  await processes.stopAll();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('three convene serve processes in a room on loopback', () => {
  it('A hosts a session made through its API; B and C join and receive it', { timeout: 120_000 }, async () => {
    // A starts without a room: the session is made through its API first, then opened as a room.
    a = await start('a', ['--room-name', 'A'], []);
    const unit = await callOk<{ id: string }>(a.url, 'unit.create', { name: '县农业农村局' });
    const wang = await callOk<{ id: string }>(a.url, 'person.create', { name: '王建国', unitId: unit.id });
    const li = await callOk<{ id: string }>(a.url, 'person.create', { name: '李红' });
    const programme = await callOk<{ id: string }>(a.url, 'programme.create', { title: '清源县乡村振兴规划' });
    const stage = await callOk<{ id: string }>(a.url, 'stage.create', { programmeId: programme.id, title: '阶段一' });
    sessionId = (await callOk<{ id: string }>(a.url, 'session.create', { stageId: stage.id, title: SESSION_TITLE })).id;
    const items = [
      await callOk<AgendaItem>(a.url, 'agenda.create', { sessionId, kind: 'statements', title: '乡镇发言', plannedMinutes: 30 }),
      await callOk<AgendaItem>(a.url, 'agenda.create', { sessionId, kind: 'discussion', title: '自由讨论', plannedMinutes: 20 }),
    ];
    const speakers = [
      await callOk<Speaker>(a.url, 'speaker.add', { agendaItemId: items[0]!.id, personId: wang.id }),
      await callOk<Speaker>(a.url, 'speaker.add', { agendaItemId: items[0]!.id, personId: li.id }),
    ];
    const task = await callOk<ActionItem>(a.url, 'action.create', { sessionId, title: '修订产业规划初稿' });
    ids = { items, speakers, wang: wang.id, unit: unit.id, task: task.id };

    const opened = await callOk<RoomStatus>(a.url, 'room.open', { sessionId, name: 'A' });
    expect(opened).toMatchObject({ state: 'hosting', role: 'runner', sessionId });
    address = opened.address!;
    code = opened.code!;
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);

    [b, c] = await Promise.all([join('b', 'secretary'), join('c', 'viewer')]);
    const state = await converged([a, b, c]);
    expect(state.agenda.map((i) => i.title)).toEqual(['乡镇发言', '自由讨论']);
    expect(state.actions.map((t) => t.title)).toEqual(['修订产业规划初稿']);
    await until(async () => expect((await status(a)).peers.map((p) => `${p.name}:${p.role}`).sort()).toEqual(['A:runner', 'b:secretary', 'c:viewer']));
  });

  it('C paused (SIGSTOP) while A runs the meeting and B captures; resumed (SIGCONT), it converges', { timeout: 90_000 }, async () => {
    process.kill(c.proc.child.pid!, 'SIGSTOP');
    try {
      // At once: B captures, attributed to the first speaker, and opens a task; A edits the agenda, runs the meeting and moves a task.
      const texts = ['王建国：主导产业要聚焦茶叶。', '李红：冷链物流是短板。', '建议成立产业联盟。'];
      const secretary = async () => {
        for (const text of texts) {
          await callOk(b.url, 'note.create', { sessionId, category: 'suggestion', text, agendaItemId: ids.items[0]!.id, speakerPersonId: ids.wang });
          written.push(text);
        }
        const second = await callOk<ActionItem>(b.url, 'action.create', { sessionId, title: '冷链物流调研' });
        await callOk(b.url, 'action.move', { id: second.id, status: 'cancelled', position: 0 });
      };
      const runner = async () => {
        await callOk(a.url, 'agenda.update', { id: ids.items[1]!.id, title: '自由讨论与总结' });
        await callOk(a.url, 'run.start', { sessionId });
        await callOk(a.url, 'run.startItem', { sessionId, itemId: ids.items[0]!.id });
        await callOk(a.url, 'run.next', { sessionId });
        await callOk(a.url, 'action.update', { id: ids.task, leadUnitId: ids.unit });
        await callOk(a.url, 'action.move', { id: ids.task, status: 'in_progress', position: 0 });
      };
      await Promise.all([secretary(), runner()]);
      // Then both edit the same note's text at once: one wins, the other stays in its history.
      const first = (await callOk<Note[]>(b.url, 'note.all', { sessionId })).find((n) => n.text === texts[0])!;
      await converged([a, b]);
      await Promise.all([
        callOk(a.url, 'note.update', { id: first.id, text: '王建国：主导产业要聚焦茶叶和文旅。' }),
        callOk(b.url, 'note.update', { id: first.id, text: '王建国：主导产业要聚焦茶叶与林下经济。' }),
      ]);
      editedNote = first.id;
      // A and B agree while C sleeps.
      await converged([a, b]);
    } finally {
      process.kill(c.proc.child.pid!, 'SIGCONT');
    }
    const state = await converged([a, b, c]);
    expectEachOnce(state.notes.filter((n) => n.id !== editedNote), written.slice(1));
    const edited = state.notes.find((n) => n.id === editedNote)!;
    const kept = [edited.text, ...state.noteHistories[editedNote]!.map((v) => v.text)];
    for (const text of [written[0]!, '王建国：主导产业要聚焦茶叶和文旅。', '王建国：主导产业要聚焦茶叶与林下经济。']) expect(kept).toContain(text);
    expect(state.agenda.map((i) => i.title)).toEqual(['乡镇发言', '自由讨论与总结']);
    expect(state.run).toMatchObject({ status: 'live', currentItem: ids.items[0]!.id });
    expect(state.run.currentSpeaker).not.toBeNull();
    expect(state.actions.map((t) => `${t.title}:${t.status}`).sort()).toEqual(['修订产业规划初稿:in_progress', '冷链物流调研:cancelled'].sort());
    // A member does not run the meeting: its run writes are refused, the run stays A's.
    expect(await callApi(c.url, 'run.next', { sessionId })).toMatchObject({ ok: false, error: { code: 'room_run_elsewhere' } });
  });

  it('an outsider without the code gets the clear hello and a close, nothing of the session', { timeout: 60_000 }, async () => {
    const frames: Buffer[] = [];
    const ws = new WebSocket(`ws://${address}/`);
    const closed = new Promise<number>((resolve, reject) => {
      ws.on('close', (closeCode) => resolve(closeCode));
      ws.on('error', reject);
    });
    ws.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    await until(() => expect(frames).toHaveLength(1));
    // While it listens in silence, the room moves: B captures a note and A's run goes on; both reach C.
    const probe = `旁听者不应看到的记录 ${randomUUID()}`;
    await callOk(b.url, 'note.create', { sessionId, category: 'question', text: probe });
    written.push(probe);
    await callOk(a.url, 'run.next', { sessionId });
    await until(async () => expect((await callOk<Note[]>(c.url, 'note.all', { sessionId })).map((n) => n.text)).toContain(probe));
    // Then it speaks y-websocket's protocol in clear, asking for the document (sync step 1 of an empty doc).
    const ask = encoding.createEncoder();
    encoding.writeVarUint(ask, 0);
    syncProtocol.writeSyncStep1(ask, new Y.Doc());
    ws.send(encoding.toUint8Array(ask));
    expect(await closed).toBe(4001);
    expect(frames).toHaveLength(1);
    const hello = JSON.parse(frames[0]!.toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(hello).sort()).toEqual(['challenge', 'convene', 'roomId', 'version']);
    const received = Buffer.concat(frames);
    expect(received.length).toBeLessThan(300);
    for (const secret of [SESSION_TITLE, probe, written[0]!, '乡镇发言', '王建国']) expect(received.includes(Buffer.from(secret))).toBe(false);
    // The host does not count it among the laptops.
    expect((await status(a)).peers.map((p) => p.name).sort()).toEqual(['A', 'b', 'c']);
  });

  it('a wrong room code is refused: serve exits with the refusal, the host lists no such laptop, nothing is copied', { timeout: 60_000 }, async () => {
    const wrong = code.startsWith('0') ? `1${code.slice(1)}` : `0${code.slice(1)}`;
    const dataDir = path.join(tmp, 'd');
    const d = processes.start(['--data', dataDir, '--room-bind', '127.0.0.1', '--room', 'join', '--address', address, '--code', wrong, '--room-name', 'D']);
    expect(await d.exited).toBe(1);
    expect(d.stderr()).toContain('The room did not join: The room code is wrong.');
    expect(d.stdout()).not.toMatch(JOINED);
    expect((await status(a)).peers.map((p) => p.name).sort()).toEqual(['A', 'b', 'c']);
    const runtime = openRuntime({ dataDir });
    try {
      const tables = ['programme', 'stage', 'session', 'agenda_item', 'note', 'action_item'];
      for (const table of tables) {
        const { n } = runtime.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
        expect({ table, n }).toEqual({ table, n: 0 });
      }
    } finally {
      runtime.close({ backup: false });
    }
  });

  it('B killed (SIGKILL) in the middle of a stream of notes, restarted with the same folder and code: every acknowledged note is there once', { timeout: 120_000 }, async () => {
    const KILL_AFTER = 10;
    const acknowledged: string[] = [];
    const attempted: string[] = [];
    const killed = b.proc.exited;
    const calls = Array.from({ length: 30 }, (_, i) => {
      const text = `第${i + 1}条：流水记录 ${randomUUID()}`;
      attempted.push(text);
      return callApi(b.url, 'note.create', { sessionId, category: 'idea', text }).then(
        (answer) => {
          if (!answer.ok) return;
          acknowledged.push(text);
          // Killed from inside the stream: the calls after this one are in flight or not yet answered.
          if (acknowledged.length === KILL_AFTER) b.proc.child.kill('SIGKILL');
        },
        () => {},
      );
    });
    await Promise.all(calls);
    expect(await killed).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.length).toBeLessThan(attempted.length);

    const again = await processes.serve(b.args, [URL_LINE, JOINED], 60_000);
    b = { ...b, proc: again, url: again.matches[0]![1]! };
    const state = await converged([a, b, c]);
    expectEachOnce(state.notes, [...written.slice(1), ...acknowledged]);
    // A note whose answer was lost in the kill is there at most once.
    const counts = attempted.map((text) => state.notes.filter((n) => n.text === text).length);
    expect(counts.every((n) => n <= 1)).toBe(true);
    written.push(...acknowledged);
  });

  it('A, the host, killed (SIGKILL) while it writes; B captures offline and crashes too; A restarted opens the same room, C reconnects by itself, B restarted brings its offline notes', { timeout: 120_000 }, async () => {
    const killed = a.proc.exited;
    const acknowledged: string[] = [];
    const calls = Array.from({ length: 20 }, (_, i) =>
      callApi(a.url, 'note.create', { sessionId, category: 'decision', text: `会务组第${i + 1}条 ${randomUUID()}` }).then(
        (answer) => {
          if (!answer.ok) return;
          acknowledged.push((answer.value as Note).text);
          if (acknowledged.length === 5) a.proc.child.kill('SIGKILL');
        },
        () => {},
      ),
    );
    await Promise.all(calls);
    expect(await killed).toBe('SIGKILL');

    // B keeps capturing with the host gone: counted as pending until the host has it.
    await until(async () => expect((await status(b)).connection).not.toBe('online'));
    const offline = ['离线记录：水利设施老化。', '离线记录：人才引进难。'];
    for (const text of offline) await callOk(b.url, 'note.create', { sessionId, category: 'difficulty', text });
    expect((await status(b)).pending).toBeGreaterThan(0);
    // And B crashes too before the host is back: its offline notes live only in its own data folder.
    const bGone = b.proc.exited;
    b.proc.child.kill('SIGKILL');
    expect(await bGone).toBe('SIGKILL');

    const again = await processes.serve(
      ['--data', a.dataDir, '--room-bind', '127.0.0.1', '--room', 'host', '--session', sessionId, '--room-name', 'A'],
      [URL_LINE, /^Room address: (\S+)$/m, /^Room code: (\S+)$/m],
      60_000,
    );
    a = { ...a, proc: again, url: again.matches[0]![1]! };
    // The same room: the same address and code, so the members need nothing new.
    expect([again.matches[1]![1], again.matches[2]![1]]).toEqual([address, code]);
    const bAgain = await processes.serve(b.args, [URL_LINE, JOINED], 60_000);
    b = { ...b, proc: bAgain, url: bAgain.matches[0]![1]! };
    for (const member of [b, c]) await until(async () => expect(await status(member)).toMatchObject({ connection: 'online', pending: 0 }), 45_000);
    const state = await converged([a, b, c]);
    written.push(...acknowledged, ...offline);
    expectEachOnce(state.notes, written.slice(1));
  });

  it('A closes the room: its port refuses connections, B and C are told (closed by the host, offline, no more reconnecting)', { timeout: 60_000 }, async () => {
    const closed = await callOk<RoomStatus>(a.url, 'room.close', {});
    expect(closed.state).toBe('none');
    const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect({ host, port });
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    for (const member of [b, c]) {
      await until(async () => {
        const s = await status(member);
        expect(s).toMatchObject({ state: 'joined', connection: 'offline', closedByHost: true });
        expect(s.peers.filter((p) => !p.self)).toEqual([]);
      });
    }
    // Each laptop keeps its full copy.
    const state = await converged([a, b, c]);
    expectEachOnce(state.notes, written.slice(1));
    // No laptop refused a row or failed a channel on the way (main/sync and main/room log those).
    for (const laptop of [a, b, c]) expect(laptop.proc.stderr()).not.toMatch(/refus|fail|error/i);
  });
});

describe('a host that stops answering (frozen, or gone from the network without a word)', () => {
  let e: Laptop;

  it('its member sees the link go offline, captures meanwhile, and is back online with the host when it answers again', { timeout: 90_000 }, async () => {
    const reopened = await callOk<RoomStatus>(a.url, 'room.open', { sessionId, name: 'A' });
    e = await start('e', ['--room', 'join', '--address', reopened.address!, '--code', reopened.code!, '--room-name', 'e'], [JOINED]);
    // Joined is not yet synced: the session is there once both answer the same.
    await converged([a, e]);
    process.kill(a.proc.child.pid!, 'SIGSTOP');
    const meanwhile = `主持人电脑无响应时的记录 ${randomUUID()}`;
    try {
      // No FIN, no error: only a heartbeat tells the member its host is gone.
      await until(async () => expect((await status(e)).connection).not.toBe('online'), 45_000);
      await callOk(e.url, 'note.create', { sessionId, category: 'idea', text: meanwhile });
      expect((await status(e)).pending).toBeGreaterThan(0);
    } finally {
      process.kill(a.proc.child.pid!, 'SIGCONT');
    }
    await until(async () => expect(await status(e)).toMatchObject({ connection: 'online', pending: 0 }), 45_000);
    await until(async () => expect((await callOk<Note[]>(a.url, 'note.all', { sessionId })).filter((n) => n.text === meanwhile)).toHaveLength(1));
  });

  it('a member given Ctrl+C while the host does not answer stops at once, not after the close handshake times out', { timeout: 90_000 }, async () => {
    process.kill(a.proc.child.pid!, 'SIGSTOP');
    try {
      e.proc.child.kill('SIGTERM');
      // The host never answers the member's close frame; ws would wait 30 s for it by default. A
      // bound well under that (and far over what a stop takes) tells the two apart.
      const stopped = await Promise.race([e.proc.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000))]);
      expect(stopped).toBe(0);
      expect(e.proc.stdout()).toContain('Convene stopped.');
    } finally {
      process.kill(a.proc.child.pid!, 'SIGCONT');
    }
  });
});

describe('a member laptop restarted while its host is away', () => {
  it('A hosts, G joins, both stop; G restarts alone and works on its copy (joined, offline, pending); A restarts and G\'s note reaches it', { timeout: 150_000 }, async () => {
    const hosting = await status(a);
    let g = await start('g', ['--room', 'join', '--address', hosting.address!, '--code', hosting.code!, '--room-name', 'G'], [JOINED]);
    await converged([a, g]);
    for (const laptop of [g, a]) {
      const gone = laptop.proc.exited;
      laptop.proc.child.kill('SIGTERM');
      expect(await gone).toBe(0);
    }

    // No --room at all: room.json says G joined this room and did not leave.
    const alone = await processes.serve(['--data', g.dataDir, '--room-bind', '127.0.0.1', '--room-name', 'G'], [URL_LINE, /^Room rejoined: (\S+)$/m], 60_000);
    g = { ...g, proc: alone, url: alone.matches[0]![1]! };
    expect(await status(g)).toMatchObject({ state: 'joined', sessionId, address: hosting.address, role: 'secretary' });
    expect((await status(g)).connection).not.toBe('online');
    const offline = `主持电脑关机时的记录 ${randomUUID()}`;
    await callOk(g.url, 'note.create', { sessionId, category: 'idea', text: offline });
    expect((await status(g)).pending).toBeGreaterThanOrEqual(1);

    const again = await processes.serve(
      ['--data', a.dataDir, '--room-bind', '127.0.0.1', '--room', 'host', '--session', sessionId, '--room-name', 'A'],
      [URL_LINE, /^Room address: (\S+)$/m],
      60_000,
    );
    a = { ...a, proc: again, url: again.matches[0]![1]! };
    expect(again.matches[1]![1]).toBe(hosting.address);
    await until(async () => expect(await status(g)).toMatchObject({ connection: 'online', pending: 0 }), 45_000);
    await until(async () => expect((await callOk<Note[]>(a.url, 'note.all', { sessionId })).filter((n) => n.text === offline)).toHaveLength(1));
  });
});
