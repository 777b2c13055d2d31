import { useTranslation } from 'react-i18next';
import type { RoomPeer } from '../../../../shared/contract/channels-room.js';

/** The laptops in the room: each one's name, role and whether it is online; this laptop marked. */
export function PeerList({ peers }: { peers: readonly RoomPeer[] }) {
  const { t } = useTranslation('room');
  return (
    <section className="room-peers" aria-labelledby="room-peers-heading">
      <h3 id="room-peers-heading">{t('panel.peers')}</h3>
      <ul>
        {peers.map((peer) => (
          <li key={peer.id} className="room-peer" data-testid="room-peer" data-online={peer.online}>
            <span className={`room-dot ${peer.online ? 'online' : 'offline'}`} aria-hidden="true" />
            <span className="room-peer-name">
              {peer.name}
              {peer.self ? <span className="room-peer-self"> ({t('panel.self')})</span> : null}
            </span>
            <span className="room-peer-role">{t(`role.${peer.role}`)}</span>
            <span className="room-peer-state">{peer.online ? t('panel.online') : t('panel.offline')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
