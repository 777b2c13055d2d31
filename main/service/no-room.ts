import { channels } from '../../shared/contract/channels.js';
import type { RoomStatus } from '../../shared/contract/channels-room.js';
import { toFieldIssues } from '../../shared/contract/issues.js';
import type { Result } from '../../shared/contract/result.js';

/** What a laptop outside any room reports: the renderer shows "no room" from it. */
export const NO_ROOM: RoomStatus = {
  state: 'none',
  roomId: null,
  sessionId: null,
  address: null,
  code: null,
  joinLink: null,
  role: null,
  connection: null,
  pending: 0,
  closedByHost: false,
  peers: [],
};

/**
 * The room's channels where no room service wraps this one (main/room does; a test runtime or a
 * tool that only reads does not): input is validated as everywhere, room.status answers "none",
 * room.discovered an empty list, and opening, joining, leaving or closing is refused by name.
 */
export function answerWithoutRoom(channel: keyof typeof channels & `room.${string}`, input: unknown): Result<unknown> {
  const parsed = channels[channel].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toFieldIssues(parsed.error) } };
  if (channel === 'room.status') return { ok: true, value: NO_ROOM };
  if (channel === 'room.discovered') return { ok: true, value: [] };
  return { ok: false, error: { code: 'room_unavailable' } };
}
