import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** The page loads only what it shipped with; the token in its URL never leaves (no-referrer, no remote anything). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

type Resolved = { kind: 'file'; file: string } | { kind: 'refused' } | { kind: 'missing' };

function inside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep);
}

/**
 * Maps a URL path to a file under `root`. The decoded path is resolved and must stay under root,
 * before and after following symlinks, so neither `..` nor `%2e%2e%2f` nor a link can escape.
 */
async function resolveFile(root: string, pathname: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0')) return { kind: 'refused' };
  const candidate = path.resolve(root, '.' + path.posix.sep + decoded.replace(/\\/g, '/'));
  if (!inside(root, candidate)) return { kind: 'refused' };
  // Dotfiles (.env, .git) are never part of a Vite build.
  if (path.relative(root, candidate).split(path.sep).some((segment) => segment.startsWith('.'))) return { kind: 'missing' };
  try {
    const real = await fs.promises.realpath(candidate);
    const realRoot = await fs.promises.realpath(root);
    if (!inside(realRoot, real)) return { kind: 'refused' };
    const stat = await fs.promises.stat(real);
    return stat.isFile() ? { kind: 'file', file: real } : { kind: 'missing' };
  } catch {
    return { kind: 'missing' };
  }
}

/**
 * Raw request paths can hold `..` segments that URL parsing would silently remove; look at the
 * path as sent, so a traversal attempt is refused rather than quietly rewritten to another file.
 */
function hasDotDotSegment(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  return decoded.split(/[\\/]/).some((segment) => segment === '..');
}

export interface StaticResponse {
  status: number;
  file?: string;
}

/** Chooses what a GET for `rawPath` serves: the file, the SPA's index.html, or a refusal. */
export async function chooseStatic(root: string, rawPath: string, pathname: string): Promise<StaticResponse> {
  if (hasDotDotSegment(rawPath)) return { status: 403 };
  const target = pathname === '/' ? '/index.html' : pathname;
  const resolved = await resolveFile(root, target);
  if (resolved.kind === 'refused') return { status: 403 };
  if (resolved.kind === 'file') return { status: 200, file: resolved.file };
  // The build uses relative asset URLs (base './', for file:// in Electron): a page served at a
  // nested path asks for /some/route/assets/x.js. Hashed asset names make the remap unambiguous.
  const nested = /\/assets\/([^/]+)$/.exec(pathname);
  if (nested && !pathname.startsWith('/assets/')) {
    const asset = await resolveFile(root, `/assets/${nested[1]}`);
    if (asset.kind === 'file') return { status: 200, file: asset.file };
  }
  // Client-side routes (/programmes/42) have no dot in their last segment; assets always do.
  const last = pathname.split('/').pop() ?? '';
  if (!last.includes('.')) {
    const index = await resolveFile(root, '/index.html');
    if (index.kind === 'file') return { status: 200, file: index.file };
  }
  return { status: 404 };
}

export async function sendFile(req: IncomingMessage, res: ServerResponse, root: string, file: string): Promise<void> {
  const type = contentTypeOf(file);
  const headers: Record<string, string | number> = { 'Content-Type': type };
  const stat = await fs.promises.stat(file);
  headers['Content-Length'] = stat.size;
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    // The shell must be revalidated so a rebuilt UI is picked up.
    headers['Cache-Control'] = 'no-cache';
  } else if (path.relative(root, file).startsWith('assets' + path.sep)) {
    // Vite puts a content hash in every asset name.
    headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  } else {
    headers['Cache-Control'] = 'no-cache';
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(fs.createReadStream(file), res);
  } catch {
    // The client went away mid-file, or the file vanished: nothing useful left to send.
    res.destroy();
  }
}
