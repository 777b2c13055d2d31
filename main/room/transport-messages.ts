import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ROOM_ROLES, type RoomRole } from '../../shared/contract/channels-room.js';

/**
 * What travels on the room's WebSocket. We speak y-protocols' sync and awareness protocols directly
 * over `ws`, in y-websocket's message framing (a varUint type, then the message), and do NOT use the
 * y-websocket package: its 2.x line pulls y-leveldb and leveldown (a native module Electron would
 * need rebuilt) through optional dependencies, and its server is a thin wrapper over y-protocols.
 *
 *   host → member, first, in clear (text): { convene: 'room', version, roomId, challenge }. The room
 *     id is the salt of the key, so the member must learn it before it can seal anything; the
 *     challenge makes a recorded hello useless on another connection.
 *   every other frame is binary, sealed (transport-crypto.ts), its plaintext one message below.
 *   member → host, first: hello { version, laptopId, name, role, challenge }.
 *   host → member: welcome (the hello opened), then sync step 1 and the awareness of the room.
 */
export const PROTOCOL_VERSION = 1;

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_HELLO = 100;
export const MESSAGE_WELCOME = 101;
/** Host → member after it applied the member's changes: the host's state vector, so the member can count what is still pending. */
export const MESSAGE_ACK = 102;
/** Host → member when the room is closed for good (room.close, not a host stopping to restart): the member stops reconnecting. Sealed, so nobody else can say it. */
export const MESSAGE_CLOSED = 103;

/** How the host ends a connection, so the member can tell the person why. */
export const CLOSE = {
  /** The host closed the room. */
  roomClosed: 4000,
  /** A frame failed to authenticate: a wrong code, or a frame altered on the way. Nothing of the doc was sent. */
  badFrame: 4001,
  /** No hello in time, or a message out of order. */
  protocol: 4002,
  /** As many laptops as the room takes. */
  full: 4003,
  /** Another protocol version. */
  version: 4004,
} as const;

/** The largest frame either side accepts (ws maxPayload): a whole session's document fits many times over. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export interface ClearHello {
  convene: 'room';
  version: number;
  roomId: string;
  challenge: string;
}

export interface Hello {
  version: number;
  laptopId: string;
  name: string;
  role: RoomRole;
  challenge: string;
}

/** The host's clear first frame, or null when the text is not one (not a Convene room). */
export function readClearHello(text: string): ClearHello | null {
  try {
    const value = JSON.parse(text) as Partial<ClearHello>;
    if (value.convene !== 'room' || typeof value.version !== 'number') return null;
    if (typeof value.roomId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value.roomId)) return null;
    if (typeof value.challenge !== 'string' || value.challenge.length > 64) return null;
    return value as ClearHello;
  } catch {
    return null;
  }
}

export function encodeMessage(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeJson(type: number, value: unknown): Uint8Array {
  return encodeMessage(type, (encoder) => encoding.writeVarString(encoder, JSON.stringify(value)));
}

export function encodeBytes(type: number, bytes: Uint8Array): Uint8Array {
  return encodeMessage(type, (encoder) => encoding.writeVarUint8Array(encoder, bytes));
}

/** A member's hello, checked field by field (it came from the network, sealed or not). */
export function readHello(decoder: decoding.Decoder): Hello | null {
  try {
    const value = JSON.parse(decoding.readVarString(decoder)) as Partial<Hello>;
    if (typeof value.version !== 'number' || typeof value.challenge !== 'string') return null;
    if (typeof value.laptopId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value.laptopId)) return null;
    if (typeof value.name !== 'string' || value.name.length === 0 || value.name.length > 60) return null;
    if (!(ROOM_ROLES as readonly string[]).includes(value.role as string) || value.role === 'runner') return null;
    return value as Hello;
  } catch {
    return null;
  }
}
