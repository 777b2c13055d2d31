import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenRoomDialog } from './OpenRoomDialog.js';
import { useRoom } from './useRoom.js';

/** 开放会场 / Open as a room, on a session's screens while this laptop is in no room (in one, the sidebar's indicator shows it). */
export function OpenRoomButton({ sessionId, className = 'button' }: { sessionId: string; className?: string }) {
  const { t } = useTranslation('room');
  const room = useRoom();
  const [opening, setOpening] = useState(false);
  if (room) return null;
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpening(true)}>
        {t('open.button')}
      </button>
      {opening ? <OpenRoomDialog sessionId={sessionId} onClose={() => setOpening(false)} /> : null}
    </>
  );
}
