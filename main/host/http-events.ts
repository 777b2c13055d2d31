import type { ServerResponse } from 'node:http';
import type { ChangeEvent } from '../../shared/contract/events.js';

export const HEARTBEAT_MS = 15_000;
/** A client this far behind is not reading; drop it rather than buffer without bound. It will reconnect. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface EventSourceLike {
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

/**
 * Serves one server-sent-events stream: every ChangeEvent as `data: <json>`, a comment line as a
 * heartbeat (so proxies and idle timers keep the connection), and the subscription released when
 * the connection closes for any reason. Returns a function that ends the stream from our side.
 */
export function openEventStream(res: ServerResponse, source: EventSourceLike, heartbeatMs = HEARTBEAT_MS): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.socket?.setNoDelay(true);
  // Sent at once so the client's `open` fires and tests can tell the stream is live.
  res.write(': connected\n\n');

  let ended = false;
  const write = (chunk: string) => {
    if (ended) return;
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      cleanup();
      res.destroy();
      return;
    }
    res.write(chunk);
  };
  const unsubscribe = source.subscribe((event) => write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();

  function cleanup() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
  }
  function end() {
    if (ended) return;
    cleanup();
    res.end();
  }
  res.on('close', cleanup);
  return end;
}
