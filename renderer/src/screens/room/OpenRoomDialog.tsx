import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LaptopNameField } from './LaptopNameField.js';
import { lastLaptopName } from './laptopName.js';
import { setRoomPanelOpen } from './panelStore.js';
import { RoomFormDialog } from './RoomFormDialog.js';

/** Opens `sessionId` as a room on this laptop, which runs the meeting; then shows the room panel (address, code, QR). */
export function OpenRoomDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation('room');
  const [name, setName] = useState(lastLaptopName);
  return (
    <RoomFormDialog
      title={t('open.title')}
      body={t('open.body')}
      submitLabel={t('open.submit')}
      busyLabel={t('open.opening')}
      doneMessage={t('open.done')}
      name={name}
      send={(submit) => submit('room.open', { sessionId, name })}
      onClose={onClose}
      onDone={() => setRoomPanelOpen(true)}
    >
      {(errors) => <LaptopNameField value={name} error={errors.name} onChange={setName} autoFocus />}
    </RoomFormDialog>
  );
}
