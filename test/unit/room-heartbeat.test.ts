import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { keepAlive } from '../../main/room/transport-heartbeat.js';

/**
 * The room's heartbeat (main/room/transport-heartbeat.ts) on a bare ws pair: a peer that answers
 * pings stays connected; one that stops answering (a frozen laptop, a silent Wi-Fi drop) is cut.
 */
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

async function pair(autoPong: boolean) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  cleanups.push(() => server.close());
  const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
  const { port } = server.address() as { port: number };
  const client = new WebSocket(`ws://127.0.0.1:${port}/`, { autoPong });
  cleanups.push(() => client.terminate());
  const socket = await accepted;
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve('closed')));
  return { socket, client, closed };
}

describe('room heartbeat', () => {
  it('cuts a peer that stops answering pings', async () => {
    const { socket, closed } = await pair(false);
    keepAlive(socket, 30);
    expect(await closed).toBe('closed');
  });

  it('keeps a peer that answers: still open after many pings', async () => {
    const { socket, client } = await pair(true);
    let pings = 0;
    client.on('ping', () => (pings += 1));
    keepAlive(socket, 30);
    await new Promise<void>((resolve) => client.on('ping', () => pings >= 5 && resolve()));
    expect(socket.readyState).toBe(socket.OPEN);
  });
});
