import fs from 'node:fs';
import type { Protocol } from 'electron';
import { chooseStatic, contentTypeOf, CONTENT_SECURITY_POLICY } from '../host/http-static.js';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-files.js';

/**
 * The app:// scheme. Registered as privileged before the app is ready: `standard` (relative URLs,
 * an origin of its own, localStorage), `secure` (a secure context, as https would be), and V8's code
 * cache. Not `bypassCSP`, not `corsEnabled`, no service workers: the page needs none of them, it loads
 * its own files and talks to the core over IPC only.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer (dist/renderer) on app://convene/, for the default session. */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererRoot));
}

const empty = (status: number) => new Response(null, { status, headers: { 'X-Content-Type-Options': 'nosniff' } });

/**
 * One request: the file under `root` it names (the same resolver as the HTTP host's, so `..`,
 * encoded traversal and symlinks out of the folder are refused), with its type and our CSP. Inside a
 * package `root` lies in app.asar, which Electron's fs reads transparently.
 */
export async function appResponse(request: Pick<Request, 'url' | 'method'>, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return empty(405);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return empty(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password || url.port) return empty(404);
  // The path as sent (URL parsing would quietly drop `..` segments, which chooseStatic refuses outright).
  const rawPath = request.url.startsWith(APP_ORIGIN) ? request.url.slice(APP_ORIGIN.length).split(/[?#]/)[0] || '/' : url.pathname;
  const choice = await chooseStatic(root, rawPath, url.pathname);
  if (!choice.file) return empty(choice.status);
  let body: Buffer;
  try {
    body = await fs.promises.readFile(choice.file);
  } catch {
    return empty(404);
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': contentTypeOf(choice.file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}
