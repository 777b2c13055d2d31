import type { WebSocket } from 'ws';

/** How often each side of a room connection pings the other. */
export const HEARTBEAT_MS = 5_000;

/**
 * Keeps a room connection honest: pings the peer every `everyMs`, and cuts the socket if nothing
 * (no pong, no frame) came back since the ping before; its 'close' follows, as for a dropped
 * network. A frozen laptop, or one gone from the Wi-Fi without a word, sends no FIN: without this
 * the link would look online, and the host would list the laptop, until TCP gave up many minutes
 * later. Both sides run it: the member to go offline and reconnect, the host to drop the laptop.
 */
export function keepAlive(socket: WebSocket, everyMs = HEARTBEAT_MS): void {
  let heard = true;
  const hear = () => {
    heard = true;
  };
  socket.on('pong', hear);
  socket.on('message', hear);
  const timer = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    if (!heard) {
      socket.terminate();
      return;
    }
    heard = false;
    socket.ping();
  }, everyMs);
  // The heartbeat alone never keeps a process alive.
  timer.unref();
  socket.once('close', () => clearInterval(timer));
}
