import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOM_ROLES, type RoomRole } from '../../shared/contract/channels-room.js';

/**
 * What the room remembers between runs, in a small JSON file beside the database (room.json in the
 * data folder; no migration: none of it is the user's data): this laptop's id in rooms, and for each
 * session it hosts, the room id, code and port, so a host that restarts (a crash, a reboot) opens
 * the same room again and its members reconnect by themselves. Closing a room forgets its entry:
 * the next room on that session gets a new code. On a member laptop, the room it joined (until it
 * leaves), so a restart rejoins it — on the local copy at once when the host cannot be reached.
 */
export interface HostedRoom {
  roomId: string;
  code: string;
  port: number;
}

/** The room this laptop joined and has not left: on a restart it rejoins, on its local copy even when the host cannot be reached. */
export interface JoinedRoom {
  roomId: string;
  address: string;
  code: string;
  name: string;
  role: RoomRole;
}

interface StoredState {
  laptopId: string;
  hosted: Record<string, HostedRoom>;
  joined?: JoinedRoom;
}

export interface RoomState {
  laptopId(): string;
  hosted(sessionId: string): HostedRoom | null;
  remember(sessionId: string, room: HostedRoom): void;
  forget(sessionId: string): void;
  joined(): JoinedRoom | null;
  /** Remembers the room joined (null: left it). */
  rememberJoined(room: JoinedRoom | null): void;
}

function readJoined(value: unknown): JoinedRoom | undefined {
  const j = value as Partial<JoinedRoom> | undefined;
  if (!j || typeof j !== 'object') return undefined;
  const strings = [j.roomId, j.address, j.code, j.name].every((v) => typeof v === 'string' && v.length > 0);
  return strings && (ROOM_ROLES as readonly string[]).includes(j.role as string) ? (j as JoinedRoom) : undefined;
}

function read(file: string | undefined): StoredState | null {
  if (!file) return null;
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StoredState>;
    if (typeof value.laptopId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value.laptopId)) return null;
    const joined = readJoined(value.joined);
    return { laptopId: value.laptopId, hosted: typeof value.hosted === 'object' && value.hosted ? value.hosted : {}, ...(joined ? { joined } : {}) };
  } catch {
    // Missing or unreadable: start afresh (nothing in it is the user's data).
    return null;
  }
}

/** The state in `file` (written through a temporary file and a rename), or in memory only without one. */
export function roomState(file?: string): RoomState {
  const state = read(file) ?? { laptopId: randomUUID(), hosted: {} };
  const save = () => {
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(state, null, 2));
    fs.renameSync(temp, file);
  };
  save();
  return {
    laptopId: () => state.laptopId,
    hosted: (sessionId) => state.hosted[sessionId] ?? null,
    remember(sessionId, room) {
      state.hosted[sessionId] = room;
      save();
    },
    forget(sessionId) {
      delete state.hosted[sessionId];
      save();
    },
    joined: () => state.joined ?? null,
    rememberJoined(room) {
      if (room) state.joined = room;
      else delete state.joined;
      save();
    },
  };
}
