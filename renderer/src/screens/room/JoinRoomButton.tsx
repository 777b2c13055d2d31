import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinRoomDialog } from './JoinRoomDialog.js';

/** 加入会场 / Join a room: on Home and in the sidebar while this laptop is in no room. */
export function JoinRoomButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation('room');
  const [joining, setJoining] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setJoining(true)}>
        {t('join.button')}
      </button>
      {joining ? <JoinRoomDialog onClose={() => setJoining(false)} /> : null}
    </>
  );
}
