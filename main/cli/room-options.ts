import os from 'node:os';
import { channels } from '../../shared/contract/channels.js';
import type { RoomRole } from '../../shared/contract/channels-room.js';
import type { AppErrorPayload } from '../../shared/contract/result.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { UsageError, optionalString } from './command.js';

/** Where rooms opened from this host listen, and whether they are announced: given with or without --room. */
export interface RoomSettings {
  name: string;
  bind: string;
  port?: number;
  announce: boolean;
}

/** What `serve --room …` asked for, checked before anything opens. */
export type RoomRequest =
  | { kind: 'host'; sessionId: string; name: string }
  | { kind: 'join'; address: string; code: string; name: string; role: RoomRole };

export const ROOM_USAGE = `
The room (several laptops, one live session, on the local network):
  --room host --session ID
                  open the session as a room: prints "Room address: HOST:PORT" and
                  "Room code: XXXX-XXXX-XX" for the other laptops
  --room join --address HOST:PORT --code CODE
                  join a room (again after a restart: the same --address and --code rejoin)
  --room-name NAME
                  this laptop's name in the room (default: the computer's name)
  --room-role secretary|viewer
                  when joining: take notes (default) or show the projector
  --room-bind ADDR
                  where a room hosted here listens, whether opened by --room host or
                  from the UI (default 0.0.0.0: the local network; 127.0.0.1 keeps it
                  on this computer, and then nothing is announced or browsed)
  --room-port N   the hosted room's port (default: the one it had, else any free port)
  --no-announce   do not announce the room on the local network (mDNS)`;

export const ROOM_OPTIONS = {
  room: { type: 'string' },
  session: { type: 'string' },
  address: { type: 'string' },
  code: { type: 'string' },
  'room-name': { type: 'string' },
  'room-role': { type: 'string' },
  'room-bind': { type: 'string' },
  'room-port': { type: 'string' },
  'no-announce': { type: 'boolean' },
} as const;

/** --room-name, --room-bind, --room-port and --no-announce: the room settings of every serve. */
export function roomSettings(values: Record<string, unknown>): RoomSettings {
  const name = optionalString(values, 'room-name') ?? os.hostname().slice(0, 60);
  const bind = optionalString(values, 'room-bind') ?? '0.0.0.0';
  const announce = values['no-announce'] !== true;
  const portText = optionalString(values, 'room-port');
  if (portText !== undefined && (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535)) throw new UsageError(`--room-port must be a number from 0 to 65535, not '${portText}'`);
  return { name, bind, announce, ...(portText !== undefined ? { port: Number(portText) } : {}) };
}

/**
 * The room to open or join at start, or null without --room; a UsageError names what is wrong.
 * Where it listens and whether it is announced are the settings every serve has (roomSettings).
 */
export function roomRequest(values: Record<string, unknown>, { name }: RoomSettings): RoomRequest | null {
  const mode = optionalString(values, 'room');
  if (mode === undefined) {
    const stray = ['session', 'address', 'code', 'room-role'].find((o) => values[o] !== undefined);
    if (stray) throw new UsageError(`--${stray} needs --room host or --room join`);
    return null;
  }
  if (mode === 'host') {
    const sessionId = optionalString(values, 'session');
    if (!sessionId) throw new UsageError('--room host needs --session ID (the session to open as a room)');
    const parsed = channels['room.open'].input.safeParse({ sessionId, name });
    if (!parsed.success) throw new UsageError(`--room host: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { kind: 'host', ...parsed.data };
  }
  if (mode === 'join') {
    const input = { address: optionalString(values, 'address') ?? '', code: optionalString(values, 'code') ?? '', name, role: optionalString(values, 'room-role') ?? 'secretary' };
    const parsed = channels['room.join'].input.safeParse(input);
    if (!parsed.success) {
      throw new UsageError(`--room join needs --address HOST:PORT and --code XXXX-XXXX-XX (role secretary or viewer): ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')} not valid`);
    }
    return { kind: 'join', ...parsed.data };
  }
  throw new UsageError(`--room must be host or join, not '${mode}'`);
}

/** A room refusal in the CLI's words (English, from the shared error messages). */
export function roomErrorText(error: AppErrorPayload): string {
  // Keys built from a code the contract names: i18next's typed keys cannot follow a template, hence the loose signature.
  const t = translatorFor('en') as unknown as (key: string, params?: Record<string, unknown>) => string;
  const params: Record<string, string | number> = { ...(error.params ?? {}) };
  if (typeof params.reason === 'string') params.reason = t(`errors:reason.${params.reason}`);
  return t(`errors:code.${error.code}`, params);
}
