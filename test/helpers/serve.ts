import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'scripts', 'convene.mjs');

/** The line serve prints with its UI's address and token. */
export const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)$/m;

export interface ServeProcess {
  child: ChildProcess;
  /** What it printed so far. */
  stdout(): string;
  stderr(): string;
  /** Settles with the exit code (or signal) when the process ends. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * `convene serve` from the sources in child processes, every one with a stub UI (`--static`) and
 * mDNS off (`--no-announce`), its default data folder inside `folder()`; `stopAll()` (afterAll)
 * ends whatever is still running, paused ones included.
 */
export function serveProcesses(folder: () => string) {
  const children: ChildProcess[] = [];
  const env = (): NodeJS.ProcessEnv => ({ ...process.env, CONVENE_FROM_SOURCE: '1', CONVENE_DATA_DIR: path.join(folder(), 'default-data') });
  const staticDir = () => {
    const dir = path.join(folder(), 'static');
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Convene</title>');
    }
    return dir;
  };

  /** Starts serve with ARGS; its output is collected from the start. */
  function start(args: string[]): ServeProcess {
    const child = spawn(process.execPath, [BIN, 'serve', '--static', staticDir(), '--no-announce', ...args], { cwd: ROOT, env: env() });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
    return { child, stdout: () => stdout, stderr: () => stderr, exited };
  }

  /** Starts serve and waits for every pattern in its stdout; returns the matches (group 1 of each). */
  function serve(args: string[], patterns: RegExp[], timeoutMs = 30_000): Promise<ServeProcess & { matches: RegExpExecArray[] }> {
    const started = start(args);
    const { child } = started;
    return new Promise((resolve, reject) => {
      const report = (why: string) => new Error(`serve ${why}; stdout: ${started.stdout()}; stderr: ${started.stderr()}`);
      const timer = setTimeout(() => reject(report(`printed no ${patterns.join(', ')}`)), timeoutMs);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(report(`exited ${code ?? signal}`));
      });
      child.stdout!.on('data', () => {
        const matches = patterns.map((p) => p.exec(started.stdout()));
        if (matches.every(Boolean)) {
          clearTimeout(timer);
          resolve({ ...started, matches: matches as RegExpExecArray[] });
        }
      });
    });
  }

  async function stopAll() {
    await Promise.all(
      children.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return null;
        const exited = new Promise((resolve) => child.on('exit', resolve));
        // A paused process must run again to hear SIGTERM.
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        return exited;
      }),
    );
  }

  return { start, serve, stopAll };
}

export interface ApiAnswer {
  ok: boolean;
  value?: unknown;
  error?: unknown;
}

/** POST /api/call/<channel> on a serve's loopback host, with the token from its URL line. */
export async function callApi(url: string, channel: string, input: unknown): Promise<ApiAnswer> {
  const { origin, searchParams } = new URL(url);
  const res = await fetch(`${origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'X-Convene-Token': searchParams.get('token')!, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as ApiAnswer;
}

/** The value of a call that must succeed. */
export async function callOk<T>(url: string, channel: string, input: unknown): Promise<T> {
  const answer = await callApi(url, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

/**
 * Waits for data, not for time: runs `check` (which reads and asserts, throwing while the state is
 * not there yet) until it passes, at most `timeoutMs`; then throws the last failure.
 */
export async function until<T>(check: () => Promise<T> | T, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      // Yield to the event loop between reads (the check itself is what is waited for).
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
