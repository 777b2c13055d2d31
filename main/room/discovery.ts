import type { DiscoveredRoom } from '../../shared/contract/channels-room.js';
import { PROTOCOL_VERSION } from './transport-messages.js';

/**
 * Finding a room on the LAN: the host announces `_convene._tcp` over mDNS (bonjour-service) while a
 * room is open on a non-loopback address; other laptops browse for it. The record is a pure
 * function and the network sits behind two small interfaces, so tests check both without ever
 * sending a multicast packet. The announcement carries no secret: without the code it opens nothing.
 */
export const SERVICE_TYPE = 'convene';

export interface AnnouncementRecord {
  name: string;
  type: typeof SERVICE_TYPE;
  protocol: 'tcp';
  port: number;
  txt: { id: string; title: string; laptop: string; port: string; v: string };
}

export function announcementRecord(room: { roomId: string; sessionTitle: string; laptopName: string; port: number }): AnnouncementRecord {
  return {
    // mDNS names must be unique on the network: two laptops may well share a name.
    name: `${room.laptopName} (${room.roomId.slice(0, 8)})`,
    type: SERVICE_TYPE,
    protocol: 'tcp',
    port: room.port,
    txt: { id: room.roomId, title: room.sessionTitle, laptop: room.laptopName, port: String(room.port), v: String(PROTOCOL_VERSION) },
  };
}

/** A service as a browser reports it. */
export interface FoundService {
  name: string;
  host?: string;
  addresses?: string[];
  port: number;
  txt?: Record<string, unknown>;
}

/** A found service as the join screen lists it, or null when it is not a room we can join. */
export function discoveredRoom(found: FoundService): DiscoveredRoom | null {
  const txt = found.txt ?? {};
  if (String(txt.v ?? '') !== String(PROTOCOL_VERSION) || typeof txt.id !== 'string') return null;
  const ipv4 = (found.addresses ?? []).find((a) => /^\d{1,3}(\.\d{1,3}){3}$/.test(a));
  const host = ipv4 ?? found.addresses?.[0] ?? found.host;
  if (!host || !Number.isInteger(found.port)) return null;
  const address = host.includes(':') ? `[${host}]:${found.port}` : `${host}:${found.port}`;
  return { name: String(txt.laptop ?? found.name).slice(0, 60), sessionTitle: String(txt.title ?? '').slice(0, 200), address };
}

export interface RoomAnnouncer {
  /** Starts announcing; returns the function that stops. */
  publish(record: AnnouncementRecord): () => void;
}

export interface RoomBrowser {
  /** Starts browsing; `up`/`down` as services appear and go; returns the function that stops. */
  browse(up: (found: FoundService) => void, down: (found: FoundService) => void): () => void;
}

/** The rooms a browser has seen and not seen go, by service name. */
export function roomList(browser: RoomBrowser): { rooms(): DiscoveredRoom[]; stop(): void } {
  const seen = new Map<string, DiscoveredRoom>();
  const stop = browser.browse(
    (found) => {
      const room = discoveredRoom(found);
      if (room) seen.set(found.name, room);
    },
    (found) => seen.delete(found.name),
  );
  return { rooms: () => [...seen.values()], stop };
}
