import type { RoomStatus } from '../../../../shared/contract/channels-room.js';
import { useCall } from '../../app/client.js';
import { runnerElsewhere } from './rules.js';

/**
 * This laptop's room, or null when it is in none. A room.status that fails (no room service
 * answering) counts as no room: the app works as before, and joining or opening says the error.
 */
export function useRoom(): RoomStatus | null {
  const status = useCall('room.status', {});
  const data = status.data;
  return data && data.state !== 'none' ? data : null;
}

/** The name of the laptop that runs the meeting, when this laptop follows a room for `sessionId`: its run controls are there. */
export function useRunElsewhere(sessionId: string): string | null {
  return runnerElsewhere(useRoom(), sessionId);
}
