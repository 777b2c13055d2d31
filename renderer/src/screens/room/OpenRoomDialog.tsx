import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';
import { ModalDialog, type Finish } from '../../components/ModalDialog.js';
import { LaptopNameField } from './LaptopNameField.js';
import { lastLaptopName, rememberLaptopName } from './laptopName.js';
import { setRoomPanelOpen } from './panelStore.js';
import { RoomFormError } from './RoomFormError.js';
import { roomErrorPlace } from './rules.js';

/** Opens `sessionId` as a room on this laptop, which runs the meeting; then shows the room panel (address, code, QR). */
export function OpenRoomDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation(['room', 'common']);
  const submit = useSubmit(roomErrorPlace);
  const queryClient = useQueryClient();
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(lastLaptopName);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  const onSubmit = async (event: FormEvent, finish: Finish) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await submit('room.open', { sessionId, name });
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    rememberLaptopName(name);
    queryClient.setQueryData(['room.status', {}], result.value);
    toast.success(t('open.done'));
    finish(() => {
      onClose();
      setRoomPanelOpen(true);
    });
  };

  return (
    <ModalDialog
      title={t('open.title')}
      body={t('open.body')}
      className="room-dialog"
      onClose={onClose}
      actions={(finish) => (
        <>
          <button type="submit" form={formId} className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('open.opening') : t('open.submit')}
          </button>
          <button type="button" className="button" onClick={() => finish(onClose)}>
            {t('common:action.cancel')}
          </button>
        </>
      )}
    >
      {(finish) => (
        <form id={formId} ref={form} className="form" noValidate onSubmit={(event) => void onSubmit(event, finish)}>
          <RoomFormError errors={errors} />
          <LaptopNameField value={name} error={errors.name} onChange={setName} autoFocus />
        </form>
      )}
    </ModalDialog>
  );
}
