import type { ChangeEvent } from '../../../shared/contract/events.js';
import type { Transport } from '../../../shared/contract/client.js';
import type { Result } from '../../../shared/contract/result.js';

const TOKEN_KEY = 'convene.token';

/**
 * The token arrives once in the URL printed by `convene serve` (?token=...). It is kept in
 * sessionStorage (per tab, gone when the tab closes) and removed from the address bar so it is
 * not bookmarked or shown on a projector.
 */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/**
 * A URL of this page on another hash route that carries this tab's access the way the first tab got
 * it (`?token=`): the new tab's takeToken stores it and clears its address bar at once. Built only at
 * the moment a tab is opened, never put in a link's href, a toast or a log. Null without a token
 * (inside Electron, where the bridge needs none).
 */
export function urlWithToken(location: Location, storage: Storage, hashRoute: string): string | null {
  const token = storage.getItem(TOKEN_KEY);
  if (!token) return null;
  const url = new URL(location.href);
  url.searchParams.set('token', token);
  url.hash = hashRoute;
  return url.href;
}

/** How long a stream the browser gave up on (the host answered with an error) waits before a new try. */
export const RECONNECT_MS = 2_000;

/**
 * Calls go as POST /api/call/<channel>; change events come over server-sent events. The browser
 * reconnects a dropped stream by itself (a sleeping laptop, a restarted host); when it gives up
 * (closed after an error answer) a new stream is opened after RECONNECT_MS. Events sent while the
 * stream was down are lost, so `onReconnect` tells the client when a broken stream is open again.
 */
export function createHttpTransport(token: string, base = ''): Transport {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const reconnectListeners = new Set<() => void>();
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let broken = false;

  function connect() {
    retry = null;
    const opened = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source = opened;
    opened.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as ChangeEvent;
      listeners.forEach((listener) => listener(event));
    };
    opened.onopen = () => {
      if (!broken) return;
      broken = false;
      reconnectListeners.forEach((listener) => listener());
    };
    opened.onerror = () => {
      broken = true;
      if (opened.readyState !== EventSource.CLOSED || source !== opened) return;
      source = null;
      retry = setTimeout(connect, RECONNECT_MS);
    };
  }

  function ensureEvents() {
    if (!source && !retry) connect();
  }

  function stopEvents() {
    if (listeners.size > 0 || reconnectListeners.size > 0) return;
    if (retry) clearTimeout(retry);
    retry = null;
    source?.close();
    source = null;
    broken = false;
  }

  return {
    async call(channel, input) {
      try {
        const response = await fetch(`${base}/api/call/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Convene-Token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'network' } };
      }
    },
    subscribe(listener) {
      ensureEvents();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        stopEvents();
      };
    },
    onReconnect(listener) {
      ensureEvents();
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
        stopEvents();
      };
    },
  };
}
