import { z } from 'zod';
import { channel } from './define.js';
import { id, text } from './fields.js';

/**
 * The room (issue 18): several laptops in one live session over the local network. One laptop hosts
 * (it runs the meeting: the current item and speaker are written there), the others join with the
 * room's address and code. Room channels are served by main/room (above main/service), never by
 * the core: they open and close network listeners.
 */

/** What a laptop does in the room: runs the meeting (the host), captures notes, or shows the projector. */
export const ROOM_ROLES = ['runner', 'secretary', 'viewer'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];
/** The roles a joining laptop may take: the runner is always the host. */
export const JOIN_ROLES = ['secretary', 'viewer'] as const;

export const ROOM_STATES = ['none', 'hosting', 'joined'] as const;
export type RoomState = (typeof ROOM_STATES)[number];
export const ROOM_CONNECTIONS = ['online', 'connecting', 'offline'] as const;
export type RoomConnection = (typeof ROOM_CONNECTIONS)[number];

/** A room code: ten Crockford base-32 characters, shown and typed as XXXX-XXXX-XX (dashes, spaces and case do not matter). */
export const ROOM_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}$/;
export function normaliseRoomCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}
const roomCode = text(40)
  .regex(/^[0-9A-Za-z -]+$/)
  .transform(normaliseRoomCode)
  .refine((code) => ROOM_CODE_PATTERN.test(code), { message: 'invalid_format' });

/** host:port (IPv4, [IPv6] or a name), as the host shows it and the QR code carries it. */
const roomAddress = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, { message: 'invalid_format' });

/** A laptop's name as others see it in the room ("秘书处-李娜的电脑"). */
const laptopName = text(60)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { message: 'required' })
  .refine((s) => !/[\r\n]/.test(s), { message: 'single_line' });

export interface RoomPeer {
  /** The laptop's id in the room (stable across its reconnections). */
  id: string;
  name: string;
  role: RoomRole;
  /** This laptop. */
  self: boolean;
  online: boolean;
}

export interface RoomStatus {
  state: RoomState;
  roomId: string | null;
  sessionId: string | null;
  /** host:port others type to join; null when no room. */
  address: string | null;
  /** The room code, formatted XXXX-XXXX-XX: shown to every laptop in the room so another can join. */
  code: string | null;
  /** What the QR code carries: convene://room?address=…&code=… */
  joinLink: string | null;
  role: RoomRole | null;
  /** A member's link to the host (the host is always online). */
  connection: RoomConnection | null;
  /** Changes made here that the host has not yet acknowledged. */
  pending: number;
  /** A member whose host said it closed the room (room.close): offline for good, no more reconnecting; the local copy stays. Leaving clears it. */
  closedByHost: boolean;
  peers: RoomPeer[];
}

export interface DiscoveredRoom {
  name: string;
  sessionTitle: string;
  address: string;
}

const empty = z.strictObject({});

export const roomChannels = {
  'room.status': channel<RoomStatus>()(empty),
  /** Opens the session as a room on this laptop, which becomes its runner. */
  'room.open': channel<RoomStatus>()(z.strictObject({ sessionId: id, name: laptopName })),
  /** Joins a room: copies its session here, then keeps it in step. */
  'room.join': channel<RoomStatus>()(
    z.strictObject({ address: roomAddress, code: roomCode, name: laptopName, role: z.enum(JOIN_ROLES) }),
  ),
  /** A member leaves: the local copy stays, it stops following the room. */
  'room.leave': channel<RoomStatus>()(empty),
  /** The host closes the room: it stops listening on the network. */
  'room.close': channel<RoomStatus>()(empty),
  /** Rooms announced on the local network (empty when discovery is off). */
  'room.discovered': channel<DiscoveredRoom[]>()(empty),
} as const;

export type RoomChannelName = keyof typeof roomChannels;
export const ROOM_CHANNEL_NAMES = Object.keys(roomChannels) as RoomChannelName[];
export function isRoomChannel(name: string): name is RoomChannelName {
  return (ROOM_CHANNEL_NAMES as string[]).includes(name);
}
