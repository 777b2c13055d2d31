import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createTestClock, type TestClock } from '../../core/clock.js';
import { removeLeftoverScratch } from '../../export/pdf/scratch.js';
import { openRecoverable } from '../../service/recovery.js';
import { isLoopbackAddress, normaliseExtraOrigin } from '../../host/http-guard.js';
import { startHttpHost } from '../../host/http.js';
import type { RoomStatus } from '../../../shared/contract/channels-room.js';
import { wiredRoomService } from '../../room/wired.js';
import { CliError, UsageError, optionalString, type Command, type Io } from '../command.js';
import { ROOM_OPTIONS, ROOM_USAGE, roomErrorText, roomRequest, roomSettings } from '../room-options.js';
import { dataDirFrom, packageRoot } from '../defaults.js';

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) throw new UsageError(`--port must be a number from 0 to 65535, not '${value}'`);
  return Number(value);
}

/**
 * The UI is the Vite build in dist/renderer. In a developer checkout that has never been built,
 * build it once rather than fail: only the renderer, because the CLI itself runs from source
 * through tsx there, and a dist/main built now would go stale as the source changes.
 */
function ensureBuiltUi(io: Io): string {
  const root = packageRoot();
  const staticDir = path.join(root, 'dist', 'renderer');
  const index = path.join(staticDir, 'index.html');
  if (fs.existsSync(index)) return staticDir;
  const canBuild = fs.existsSync(path.join(root, 'renderer', 'vite.config.ts')) && fs.existsSync(path.join(root, 'node_modules', 'vite'));
  if (!canBuild) throw new CliError(`the Convene UI is not built (${index} is missing): run \`npm run build\` in ${root}`);
  io.err('Building the Convene UI (first run, about 20 s)…');
  const isWindows = process.platform === 'win32';
  // The build's own output goes to stderr, so stdout stays the URL and nothing else.
  const built = spawnSync(isWindows ? 'npm.cmd' : 'npm', ['run', 'build:renderer'], { cwd: root, stdio: ['ignore', 2, 2], shell: isWindows });
  if (built.status !== 0 || !fs.existsSync(index)) {
    throw new CliError(`building the UI failed: run \`npm run build\` in ${root} and read its output`);
  }
  return staticDir;
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serve: Command = {
  summary: 'serve the Convene UI to a browser on this computer (127.0.0.1)',
  usage: `Usage: convene serve [--port N] [--data DIR] [--host 127.0.0.1] [--static DIR] [--allow-origin URL]

Opens the data folder and serves the UI and its data on a loopback address, behind a token that
is new at every launch. Open the printed URL in a browser; stop with Ctrl+C (a backup is taken).

  --port N        port to listen on (default 0: any free port)
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)
  --host ADDR     loopback address to listen on (default 127.0.0.1); other addresses are refused
  --static DIR    serve the UI from DIR instead of dist/renderer (for development)
  --allow-origin URL
                  also accept calls from this loopback origin, e.g. the Vite dev server
                  (npm run dev:renderer): --port 5174 --allow-origin http://localhost:5173
  --test-clock ISO
                  for end-to-end tests only: the clock starts at ISO and moves only when a test
                  posts to /api/test/clock (never use it for a real meeting)
  --test-events   for end-to-end tests only: POST /api/test/drop-events ends every event
                  stream, as a dropped connection would
${ROOM_USAGE}`,
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    host: { type: 'string' },
    static: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
    'test-clock': { type: 'string' },
    'test-events': { type: 'boolean' },
    ...ROOM_OPTIONS,
  },
  async run(values, io) {
    const port = parsePort(optionalString(values, 'port'));
    const host = optionalString(values, 'host') ?? '127.0.0.1';
    if (!isLoopbackAddress(host)) throw new UsageError(`--host must be a loopback address (127.0.0.1, ::1, localhost), not '${host}'`);
    const allowOrigins = (values['allow-origin'] as string[] | undefined) ?? [];
    for (const origin of allowOrigins) {
      try {
        normaliseExtraOrigin(origin);
      } catch (error) {
        throw new UsageError(`--allow-origin: ${(error as Error).message}`);
      }
    }
    const settings = roomSettings(values);
    const room = roomRequest(values, settings);
    const staticOption = optionalString(values, 'static');
    const staticDir = staticOption === undefined ? ensureBuiltUi(io) : path.resolve(staticOption);
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new CliError(`${staticDir} has no index.html`);

    const clockStart = optionalString(values, 'test-clock');
    let testClock: TestClock | undefined;
    if (clockStart !== undefined) {
      try {
        testClock = createTestClock(clockStart);
      } catch (error) {
        throw new UsageError(`--test-clock: ${(error as Error).message}`);
      }
    }
    // Print folders of a host killed mid-export (main/export/pdf/scratch.ts).
    removeLeftoverScratch();
    // A damaged database does not stop the host: the UI opens in recovery mode and offers a backup.
    const runtime = openRecoverable({
      dataDir: dataDirFrom(optionalString(values, 'data'), io.env),
      ...(testClock ? { now: testClock.now } : {}),
    });
    const dataDir = dataDirFrom(optionalString(values, 'data'), io.env);
    // The room wraps the service (main/room): the UI reaches room.* through the same loopback host,
    // and may open or join a room itself; nothing listens beyond loopback until a room is open.
    const roomService = wiredRoomService(runtime, {
      dataDir,
      bind: settings.bind,
      ...(settings.port !== undefined ? { port: settings.port } : {}),
      announce: settings.announce,
      defaultName: settings.name,
      ...(testClock ? { now: testClock.now } : {}),
    });
    let server;
    try {
      server = await startHttpHost({ core: roomService, staticDir, port, host, allowOrigins, ...(testClock ? { testClock } : {}), testEvents: values['test-events'] === true });
    } catch (error) {
      runtime.close({ backup: false });
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new CliError(`port ${port} is in use: choose another with --port, or leave it out for any free port`);
      }
      throw error;
    }
    // Listening for the stop signal before the URL goes out: whoever read the URL may stop the host
    // at once, and a SIGTERM before this would end the process without the at-quit backup.
    const stopped = waitForStopSignal();
    io.out(`Convene is running at ${server.url}`);
    io.out(server.url);
    io.out(`Data folder: ${dataDir}`);
    if (!runtime.runtime()) io.err('The database could not be opened: the UI will offer to restore a backup.');
    if (testClock) io.err(`Test clock at ${testClock.now().toISOString()} (moves only through /api/test/clock)`);
    if (room) {
      const opened =
        room.kind === 'host'
          ? await roomService.call('room.open', { sessionId: room.sessionId, name: room.name })
          : await roomService.call('room.join', { address: room.address, code: room.code, name: room.name, role: room.role });
      if (!opened.ok) {
        io.err(`The room did not ${room.kind === 'host' ? 'open' : 'join'}: ${roomErrorText(opened.error)}`);
        await roomService.close();
        await server.close();
        runtime.close({ backup: false });
        return 1;
      }
      const status = opened.value as RoomStatus;
      if (room.kind === 'host') {
        io.out(`Room address: ${status.address}`);
        io.out(`Room code: ${status.code}`);
      } else {
        io.out(`Room joined: ${status.address} as ${status.role}`);
        if (status.connection !== 'online') io.out('The host is not reachable yet: working on the local copy, reconnecting.');
      }
    } else {
      // The room this laptop joined and did not leave (room.json): rejoined, on the local copy while the host is away.
      const rejoined = await roomService.rejoin();
      if (rejoined && !rejoined.ok) io.err(`The room joined before did not rejoin: ${roomErrorText(rejoined.error)}`);
      if (rejoined?.ok) io.out(`Room rejoined: ${(rejoined.value as RoomStatus).address}`);
    }
    io.out('Press Ctrl+C to stop.');

    await stopped;
    io.err('Stopping Convene…');
    // The room first: a host stops listening on the network before anything else closes.
    await roomService.close();
    await server.close();
    // Takes the at-quit backup, as the desktop app does.
    runtime.close();
    io.out('Convene stopped.');
    return 0;
  },
};
