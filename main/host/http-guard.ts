import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import net from 'node:net';

/** 32 random bytes, hex: unguessable, and URL- and header-safe without escaping. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** A caller-chosen token must be as safe to put in a URL and a header as a generated one. */
export function assertUsableToken(token: string): void {
  if (!/^[A-Za-z0-9_-]{16,256}$/.test(token)) {
    throw new Error('token must be 16 to 256 characters of A-Z, a-z, 0-9, _ or -');
  }
}

/**
 * Constant-time comparison. Hashing both sides first gives equal-length buffers, which
 * timingSafeEqual requires, without leaking the expected length through an early return.
 */
export function tokenMatches(given: string | undefined | null, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

export function isLoopbackAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  if (net.isIPv6(bare)) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

/** How an address appears in a Host header or an origin: IPv6 literals in brackets. */
export function hostForUrl(address: string): string {
  return net.isIPv6(address) ? `[${address}]` : address;
}

export interface Gate {
  /** `Host` header values accepted (lower case, with port). */
  hosts: ReadonlySet<string>;
  /** `Origin` header values accepted. */
  origins: ReadonlySet<string>;
}

/**
 * An extra origin allowed to call the host, e.g. the Vite dev server (http://localhost:5173) whose
 * proxy forwards /api with its own Host and Origin. Loopback http only: this is for development on
 * this computer, never a way to open the host to other machines.
 */
export function normaliseExtraOrigin(value: string): { origin: string; host: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`not an origin: ${value}`);
  }
  if (url.protocol !== 'http:' || !isLoopbackAddress(url.hostname) || url.port === '' || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`an allowed origin must be http://<loopback address>:<port>, not ${value}`);
  }
  return { origin: url.origin.toLowerCase(), host: url.host.toLowerCase() };
}

export function createGate(port: number, boundAddress: string, extraOrigins: readonly string[] = []): Gate {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  if (boundAddress !== '0.0.0.0' && boundAddress !== '::') names.add(hostForUrl(boundAddress).toLowerCase());
  const hosts = new Set([...names].map((name) => `${name}:${port}`));
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  for (const extra of extraOrigins.map(normaliseExtraOrigin)) {
    hosts.add(extra.host);
    origins.add(extra.origin);
  }
  return { hosts, origins };
}

/**
 * DNS-rebinding defence: a page on evil.example that re-resolves to 127.0.0.1 still sends
 * `Host: evil.example:port`, and a page on any other origin sends its own `Origin`.
 * Returns the reason for refusal, or null when the request may proceed.
 */
export function checkHostAndOrigin(gate: Gate, host: string | undefined, origin: string | undefined): 'host' | 'origin' | null {
  const h = (host ?? '').toLowerCase();
  if (!gate.hosts.has(h)) return 'host';
  if (origin !== undefined) {
    if (!gate.origins.has(origin.toLowerCase())) return 'origin';
  }
  return null;
}
