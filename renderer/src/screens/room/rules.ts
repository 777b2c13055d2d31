import type { RoomStatus } from '../../../../shared/contract/channels-room.js';
import type { AppErrorPayload } from '../../../../shared/contract/result.js';

/**
 * Where a laptop goes once in the room: a secretary captures, a projector shows the projector view;
 * Home while the room has not named its session (the copy had not arrived when join answered).
 */
export function landingOf(status: Pick<RoomStatus, 'sessionId' | 'role'>): string {
  if (!status.sessionId) return '/';
  const id = encodeURIComponent(status.sessionId);
  return status.role === 'viewer' ? `/projector/${id}` : `/sessions/${id}/capture`;
}

/**
 * Where a room dialog shows a refused call: under the field the error concerns (a wrong code under
 * the code, an address that does not answer under the address), anything else at the top of the
 * form ('': a toast would sit under the modal dialog's backdrop).
 */
export function roomErrorPlace(error: AppErrorPayload): string {
  if (error.code === 'room_code_wrong') return 'code';
  if (error.code === 'room_unreachable') return 'address';
  return '';
}

/**
 * The name of the laptop that runs the meeting when this laptop follows a room for `sessionId`
 * (its run controls are there), else null: a host, no room, or a room for another session.
 */
export function runnerElsewhere(room: RoomStatus | null, sessionId: string): string | null {
  if (!room || room.state !== 'joined' || room.sessionId !== sessionId) return null;
  return room.peers.find((peer) => peer.role === 'runner')?.name ?? '';
}
