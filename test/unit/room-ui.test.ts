import { describe, expect, it } from 'vitest';
import { ROOM_CODE_PATTERN, normaliseRoomCode, type RoomPeer, type RoomStatus } from '../../shared/contract/channels-room.js';
import { channels } from '../../shared/contract/channels.js';
import { ERROR_CODES } from '../../shared/contract/result.js';
import { resources } from '../../shared/i18n/index.js';
import { landingOf, roomErrorPlace, runnerElsewhere } from '../../renderer/src/screens/room/rules.js';

/** The room screens' rules (issue 18): where a laptop lands, where a refusal is said, who runs the meeting. */

const peer = (id: string, role: RoomPeer['role'], self = false): RoomPeer => ({ id, name: `laptop ${id}`, role, self, online: true });
function status(state: RoomStatus['state'], sessionId: string | null, peers: RoomPeer[] = []): RoomStatus {
  return { state, roomId: 'r', sessionId, address: '127.0.0.1:4800', code: '7K3M-Q9TX-2B', joinLink: null, role: null, connection: 'online', pending: 0, closedByHost: false, peers };
}

describe('the room screens', () => {
  it('a secretary lands on the capture screen, a projector on the projector view', () => {
    expect(landingOf({ sessionId: 's 1', role: 'secretary' })).toBe('/sessions/s%201/capture');
    expect(landingOf({ sessionId: 's1', role: 'viewer' })).toBe('/projector/s1');
  });

  it('lands on Home when the room has not named its session yet (never on a broken /sessions//capture)', () => {
    expect(landingOf({ sessionId: null, role: 'secretary' })).toBe('/');
    expect(landingOf({ sessionId: null, role: 'viewer' })).toBe('/');
  });

  it('says a wrong code under the code, an unreachable host under the address, anything else on the form', () => {
    expect(roomErrorPlace({ code: 'room_code_wrong' })).toBe('code');
    expect(roomErrorPlace({ code: 'room_unreachable' })).toBe('address');
    expect(roomErrorPlace({ code: 'room_already_open' })).toBe('');
    expect(roomErrorPlace({ code: 'unknown_channel' })).toBe('');
  });

  it('a member of the room for this session defers to the runner; a host, no room or another session do not', () => {
    const peers = [peer('a', 'runner'), peer('b', 'secretary', true)];
    expect(runnerElsewhere(status('joined', 's1', peers), 's1')).toBe('laptop a');
    expect(runnerElsewhere(status('joined', 's2', peers), 's1')).toBeNull();
    expect(runnerElsewhere(status('hosting', 's1', peers), 's1')).toBeNull();
    expect(runnerElsewhere(null, 's1')).toBeNull();
  });

  it('the Join form takes a code in any case, with spaces or dashes, and refuses a host without a port', () => {
    const join = channels['room.join'].input;
    const base = { name: 'Li Na', role: 'secretary' as const };
    expect(join.safeParse({ ...base, address: '127.0.0.1:4800', code: '7k3m q9tx-2b' }).success).toBe(true);
    expect(ROOM_CODE_PATTERN.test(normaliseRoomCode('7k3m q9tx-2b'))).toBe(true);
    const bad = join.safeParse({ ...base, address: '192.168.1.20', code: 'abc' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['address', 'code']);
  });

  it('every room error code has words in both languages', () => {
    const roomCodes = ERROR_CODES.filter((code) => code.startsWith('room_'));
    expect(roomCodes.sort()).toEqual(['room_already_open', 'room_code_wrong', 'room_not_open', 'room_refused', 'room_run_elsewhere', 'room_unavailable', 'room_unreachable']);
    for (const locale of ['zh-CN', 'en'] as const) for (const code of roomCodes) expect(resources[locale].errors.code[code]).toBeTruthy();
  });
});
