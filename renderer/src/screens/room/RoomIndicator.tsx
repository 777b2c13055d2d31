import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useAnnouncer } from '../../components/Announcer.js';
import { JoinRoomButton } from './JoinRoomButton.js';
import { setRoomPanelOpen, useRoomPanelOpen } from './panelStore.js';
import { RoomPanel } from './RoomPanel.js';
import { useRoom } from './useRoom.js';
import './room.css';

/**
 * The sidebar's room corner: Join a room while in none; in a room, a compact indicator (hosting, or
 * a member's link: connected, connecting, offline, with the changes waiting) that opens the room
 * panel. A member's link going down or coming back is announced.
 */
export function RoomIndicator() {
  const { t } = useTranslation('room');
  const room = useRoom();
  const panelOpen = useRoomPanelOpen();
  const [region, announce] = useAnnouncer('room-announcer');
  const connection = room?.state === 'joined' ? (room.connection ?? 'connecting') : null;
  const closedByHost = room?.state === 'joined' && room.closedByHost;
  // A member's link going down or coming back (not its first state) is said; so is the host closing the room.
  useChange(connection, (before, now) => {
    if (before && now) announce(closedByHost ? t('closedByHost') : t(`announce.${now}`));
  });
  useChange(closedByHost, (before, now) => {
    if (!before && now) toast.info(t('closedByHost'));
  });
  // The room ended (left, closed here or by the host): the panel does not come back with the next one.
  useEffect(() => {
    if (!room && panelOpen) setRoomPanelOpen(false);
  }, [room, panelOpen]);

  if (!room) {
    return (
      <div className="sidebar-room">
        {region}
        <JoinRoomButton className="button small" />
      </div>
    );
  }
  const state = closedByHost ? t('closedByHost') : connection ? `${t('indicator.joined')} · ${t(`connection.${connection}`)}` : t('indicator.hosting');
  const pending = room.pending > 0 ? t('panel.pending', { count: room.pending }) : null;
  return (
    <div className="sidebar-room">
      {region}
      <button
        type="button"
        className={`room-indicator room-indicator-${connection ?? 'hosting'}`}
        data-testid="room-indicator"
        aria-haspopup="dialog"
        onClick={() => setRoomPanelOpen(true)}
      >
        <span className={`room-dot ${connection ?? 'online'}`} aria-hidden="true" />
        <span className="room-indicator-text">
          <span>{state}</span>
          {room.code && !closedByHost ? <span className="room-indicator-code">{room.code}</span> : null}
          {pending ? <span className="room-indicator-pending">{pending}</span> : null}
          {/* Named by what it shows (a label would have to repeat it); this says what pressing does. */}
          <span className="visually-hidden">{t('indicator.open')}</span>
        </span>
      </button>
      {panelOpen ? <RoomPanel room={room} onClose={() => setRoomPanelOpen(false)} /> : null}
    </div>
  );
}

/** Calls `onChange(before, now)` when `value` changes between renders (not on the first one); the latest callback is used. */
function useChange<T>(value: T, onChange: (before: T, now: T) => void) {
  const seen = useRef(value);
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    const before = seen.current;
    seen.current = value;
    if (before !== value) callback.current(before, value);
  }, [value]);
}
