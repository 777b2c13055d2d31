import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { RoomStatus } from '../../../../shared/contract/channels-room.js';
import { useRun } from '../../app/feedback.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { PeerList } from './PeerList.js';
import { RoomLink } from './RoomLink.js';
import { RoomQr } from './RoomQr.js';

/**
 * The room as this laptop sees it: the address and code in large type (to read aloud to the next
 * laptop) with their QR code, a member's link to the host and its changes waiting to sync, the
 * laptops in the room; Leave (a member keeps its copy) or Close (the host, asked first: the others
 * stop following).
 */
export function RoomPanel({ room, onClose }: { room: RoomStatus; onClose: () => void }) {
  const { t } = useTranslation(['room', 'common']);
  const run = useRun();
  const queryClient = useQueryClient();
  const [confirmDialog, confirm] = useConfirm();
  const closeRef = useRef<HTMLButtonElement>(null);
  const hosting = room.state === 'hosting';

  const end = async (after: () => void) => {
    if (hosting) {
      const ok = await confirm({ title: t('panel.closeTitle'), body: t('panel.closeBody'), confirmLabel: t('panel.close'), danger: true });
      if (!ok) return;
    }
    const status = hosting ? await run('room.close', {}) : await run('room.leave', {});
    if (!status) return;
    queryClient.setQueryData(['room.status', {}], status);
    toast.success(hosting ? t('panel.closed') : t('panel.left'));
    after();
  };

  return (
    <ModalDialog
      title={t('panel.title')}
      className="room-panel"
      onClose={onClose}
      initialFocus={closeRef}
      actions={(finish) => (
        <>
          <button ref={closeRef} type="button" className="button primary" onClick={() => finish(onClose)}>
            {t('common:action.close')}
          </button>
          <button type="button" className="button danger-text" onClick={() => void end(() => finish(onClose))}>
            {hosting ? t('panel.close') : t('panel.leave')}
          </button>
        </>
      )}
    >
      {confirmDialog}
      <p className="room-you">{t('panel.you', { role: room.role ? t(`role.${room.role}`) : '' })}</p>
      {hosting ? null : <RoomLink room={room} />}
      {/* A room the host closed takes nobody in: no address, code or QR code to pass on. */}
      {room.closedByHost ? null : (
        <>
          <dl className="room-join-facts">
            <div>
              <dt>{t('panel.address')}</dt>
              <dd data-testid="room-address">{room.address}</dd>
            </div>
            <div>
              <dt>{t('panel.code')}</dt>
              <dd data-testid="room-code">{room.code}</dd>
            </div>
          </dl>
          {room.joinLink ? (
            <div className="room-qr-row">
              <RoomQr link={room.joinLink} label={t('panel.qr')} />
              <p className="field-hint">{t('panel.qrHint')}</p>
            </div>
          ) : null}
        </>
      )}
      <PeerList peers={room.peers} />
    </ModalDialog>
  );
}
