import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels.js';
import type { Result } from '../../shared/contract/result.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'scripts', 'convene.mjs');
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)\s*$/m;
const START_TIMEOUT_MS = 60_000;

/**
 * Why a benchmark that needs the built app cannot run, or null when it can: the host serves
 * dist/renderer and the CLI runs from dist/main (as the end-to-end tests do).
 */
export function missingBuild(): string | null {
  const needed = [path.join(ROOT, 'dist', 'main', 'cli', 'main.js'), path.join(ROOT, 'dist', 'renderer', 'index.html')];
  return needed.every((file) => fs.existsSync(file)) ? null : 'run npm run build';
}

export interface BenchHost {
  /** http://127.0.0.1:PORT/?token=... */
  url: string;
  origin: string;
  token: string;
  /** The serving process (scripts/convene.mjs imports the CLI in-process: this is the server). */
  pid: number;
  /** A typed call over HTTP, as the browser makes it; throws on a failed Result. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  stderr(): string;
  /**
   * Stops the host without its at-quit backup (SIGKILL): the benchmark's data folder is thrown away,
   * and a VACUUM INTO of a 150 MB file would only add seconds to every run.
   */
  kill(): Promise<void>;
}

/**
 * `convene serve --data DIR --port 0` from the build, resolved once it prints its URL; `extra` adds
 * arguments and environment (as test/e2e/fixtures.ts's startHost does).
 */
export async function startHost(dataDir: string, extra: { args?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<BenchHost> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0', '--room-bind', '127.0.0.1', ...(extra.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, CONVENE_DATA_DIR: dataDir, TZ: 'Asia/Shanghai', ...extra.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`convene serve printed no URL within ${START_TIMEOUT_MS} ms.\n${stderr}`)), START_TIMEOUT_MS);
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
        reject(new Error(`convene serve exited with ${code} before printing its URL.\n${stderr}`));
      });
    });
  } catch (error) {
    await kill();
    throw error;
  }
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  return {
    url,
    origin: parsed.origin,
    token,
    pid: child.pid!,
    async call(channel, input) {
      const response = await fetch(`${parsed.origin}/api/call/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Convene-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json()) as Result<never>;
      if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
      return body.value;
    },
    stderr: () => stderr,
    kill,
  };
}

/** VmHWM (peak resident set) and VmRSS of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { peakMiB: number; rssMiB: number } | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peakMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}
