import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { RoomStatus } from '../../../../shared/contract/channels-room.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors, type Submitted } from '../../components/form.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { rememberLaptopName } from './laptopName.js';
import { RoomFormError } from './RoomFormError.js';
import { roomErrorPlace } from './rules.js';

type Submit = ReturnType<typeof useSubmit>;

/**
 * The frame of the Open and Join dialogs: a form checked by the contract before it is sent, a
 * refusal said under its field or at the top, and on success the new room status in the cache,
 * the laptop's name remembered, a toast, the dialog closed and `onDone` run.
 */
export function RoomFormDialog({
  title,
  body,
  submitLabel,
  busyLabel,
  doneMessage,
  name,
  initialFocus,
  send,
  onClose,
  onDone,
  children,
}: {
  title: string;
  body: string;
  submitLabel: string;
  busyLabel: string;
  doneMessage: string;
  /** The laptop's name as typed: remembered once the call succeeds. */
  name: string;
  initialFocus?: RefObject<HTMLElement | null>;
  send: (submit: Submit) => Promise<Submitted<RoomStatus>>;
  onClose: () => void;
  onDone?: (status: RoomStatus) => void;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const { t } = useTranslation('common');
  const submit = useSubmit(roomErrorPlace);
  const queryClient = useQueryClient();
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  const onSubmit = async (event: FormEvent, finish: (after: () => void) => void) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await send(submit);
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    rememberLaptopName(name);
    queryClient.setQueryData(['room.status', {}], result.value);
    toast.success(doneMessage);
    finish(() => {
      onClose();
      onDone?.(result.value);
    });
  };

  return (
    <ModalDialog
      title={title}
      body={body}
      className="room-dialog"
      onClose={onClose}
      initialFocus={initialFocus}
      actions={(finish) => (
        <>
          <button type="submit" form={formId} className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          <button type="button" className="button" onClick={() => finish(onClose)}>
            {t('action.cancel')}
          </button>
        </>
      )}
    >
      {(finish) => (
        <form id={formId} ref={form} className="form" noValidate onSubmit={(event) => void onSubmit(event, finish)}>
          <RoomFormError errors={errors} />
          {children(errors)}
        </form>
      )}
    </ModalDialog>
  );
}
