import { useTranslation } from 'react-i18next';
import { useCall } from '../../app/client.js';

/**
 * The rooms announced on the local network, each one click from filling in the address. With none
 * (discovery off, nothing announced, or no room service answering) it says what to type and where
 * the host laptop shows it.
 */
export function DiscoveredRooms({ onPick }: { onPick: (address: string) => void }) {
  const { t } = useTranslation('room');
  const discovered = useCall('room.discovered', {});
  const rooms = discovered.data ?? [];
  if (rooms.length === 0) {
    return (
      <div className="room-discovered-none" data-testid="room-discovered-none">
        <p className="room-discovered-none-title">{t('join.none')}</p>
        <p className="field-hint">{t('join.noneHint')}</p>
      </div>
    );
  }
  return (
    <section className="room-discovered" aria-label={t('join.discovered')}>
      <h3>{t('join.discovered')}</h3>
      <ul>
        {rooms.map((room) => (
          <li key={room.address}>
            {/* Named by what it shows (the session, the laptop, the address): one click fills the address in. */}
            <button type="button" className="button room-discovered-choice" onClick={() => onPick(room.address)}>
              <span className="room-discovered-title">{room.sessionTitle}</span>
              <span className="muted">
                {room.name} · {room.address}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
