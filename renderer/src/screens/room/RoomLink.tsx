import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../../../shared/contract/channels-room.js';

/**
 * A member's link to the host, said in words (not only a colour), with the changes made here that the
 * host has not acknowledged; once the host closed the room, that instead of a link that never returns.
 */
export function RoomLink({ room }: { room: Pick<RoomStatus, 'connection' | 'pending' | 'closedByHost'> }) {
  const { t } = useTranslation('room');
  const connection = room.connection ?? 'connecting';
  if (room.closedByHost) {
    return (
      <div className="room-link room-link-offline" data-testid="room-link">
        <p>
          <span className="room-dot offline" aria-hidden="true" />
          <strong>{t('closedByHost')}</strong>
        </p>
        <p className="field-hint">{t('closedByHostHint')}</p>
      </div>
    );
  }
  return (
    <div className={`room-link room-link-${connection}`} data-testid="room-link">
      <p>
        <span className={`room-dot ${connection}`} aria-hidden="true" />
        <span className="room-link-label">{t('panel.link')}</span> <strong>{t(`connection.${connection}`)}</strong>
      </p>
      <p data-testid="room-pending">{room.pending > 0 ? t('panel.pending', { count: room.pending }) : t('panel.synced')}</p>
      {connection === 'offline' ? <p className="field-hint">{t('panel.offlineHint')}</p> : null}
    </div>
  );
}
