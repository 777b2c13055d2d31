import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { JOIN_ROLES } from '../../../../shared/contract/channels-room.js';
import { RadioGroup, TextInput } from '../../components/Field.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';
import { ModalDialog, type Finish } from '../../components/ModalDialog.js';
import { DiscoveredRooms } from './DiscoveredRooms.js';
import { LaptopNameField } from './LaptopNameField.js';
import { lastLaptopName, rememberLaptopName } from './laptopName.js';
import { RoomFormError } from './RoomFormError.js';
import { landingOf, roomErrorPlace } from './rules.js';

type JoinRole = (typeof JOIN_ROLES)[number];

/**
 * Joins a room another laptop opened: its address (typed, or chosen among the rooms announced on
 * the network), the room code, this laptop's name and what it is for. The code is taken in any case,
 * with spaces or dashes (the contract normalises it); a refusal is said under the field it concerns.
 */
export function JoinRoomDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['room', 'common']);
  const submit = useSubmit(roomErrorPlace);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const addressRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState(lastLaptopName);
  const [role, setRole] = useState<JoinRole>('secretary');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  const onSubmit = async (event: FormEvent, finish: Finish) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await submit('room.join', { address, code, name, role });
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    rememberLaptopName(name);
    queryClient.setQueryData(['room.status', {}], result.value);
    toast.success(t('join.done'));
    finish(() => {
      onClose();
      void navigate(landingOf(result.value));
    });
  };

  return (
    <ModalDialog
      title={t('join.title')}
      body={t('join.body')}
      className="room-dialog"
      onClose={onClose}
      initialFocus={addressRef}
      actions={(finish) => (
        <>
          <button type="submit" form={formId} className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('join.joining') : t('join.submit')}
          </button>
          <button type="button" className="button" onClick={() => finish(onClose)}>
            {t('common:action.cancel')}
          </button>
        </>
      )}
    >
      {(finish) => (
        <form id={formId} ref={form} className="form" noValidate onSubmit={(event) => void onSubmit(event, finish)}>
          <DiscoveredRooms
            onPick={(picked) => {
              setAddress(picked);
              codeRef.current?.focus();
            }}
          />
          <RoomFormError errors={errors} />
          <TextInput
            ref={addressRef}
            label={t('join.address')}
            hint={t('join.addressHint')}
            required
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={address}
            error={errors.address}
            onChange={(event) => setAddress(event.target.value)}
          />
          <TextInput
            ref={codeRef}
            className="room-code-field"
            label={t('join.code')}
            hint={t('join.codeHint')}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            error={errors.code}
            onChange={(event) => setCode(event.target.value)}
          />
          <LaptopNameField value={name} error={errors.name} onChange={setName} />
          <RadioGroup
            legend={t('join.role')}
            hint={t(`roleHint.${role}`)}
            name={`${formId}-role`}
            value={role}
            options={JOIN_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
            onChange={setRole}
          />
        </form>
      )}
    </ModalDialog>
  );
}
