import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { JOIN_ROLES } from '../../../../shared/contract/channels-room.js';
import { RadioGroup, TextInput } from '../../components/Field.js';
import { DiscoveredRooms } from './DiscoveredRooms.js';
import { LaptopNameField } from './LaptopNameField.js';
import { lastLaptopName } from './laptopName.js';
import { RoomFormDialog } from './RoomFormDialog.js';
import { landingOf } from './rules.js';

type JoinRole = (typeof JOIN_ROLES)[number];

/**
 * Joins a room another laptop opened: its address (typed, or chosen among the rooms announced on
 * the network), the room code, this laptop's name and what it is for. The code is taken in any case,
 * with spaces or dashes (the contract normalises it); a refusal is said under the field it concerns.
 * Once in, a secretary lands on the capture screen, a projector on the projector view.
 */
export function JoinRoomDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('room');
  const navigate = useNavigate();
  const roleName = useId();
  const addressRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState(lastLaptopName);
  const [role, setRole] = useState<JoinRole>('secretary');
  // Typed as it is read aloud: no spelling help, no autofill, the code in capitals.
  const plain = { required: true, autoComplete: 'off', spellCheck: false } as const;

  return (
    <RoomFormDialog
      title={t('join.title')}
      body={t('join.body')}
      submitLabel={t('join.submit')}
      busyLabel={t('join.joining')}
      doneMessage={t('join.done')}
      name={name}
      initialFocus={addressRef}
      send={(submit) => submit('room.join', { address, code, name, role })}
      onClose={onClose}
      onDone={(status) => void navigate(landingOf(status))}
    >
      {(errors) => (
        <>
          <DiscoveredRooms
            onPick={(picked) => {
              setAddress(picked);
              codeRef.current?.focus();
            }}
          />
          <TextInput {...plain} ref={addressRef} label={t('join.address')} hint={t('join.addressHint')} inputMode="url" value={address} error={errors.address} onChange={(e) => setAddress(e.target.value)} />
          <TextInput {...plain} ref={codeRef} className="room-code-field" label={t('join.code')} hint={t('join.codeHint')} autoCapitalize="characters" value={code} error={errors.code} onChange={(e) => setCode(e.target.value)} />
          <LaptopNameField value={name} error={errors.name} onChange={setName} />
          <RadioGroup
            legend={t('join.role')}
            hint={t(`roleHint.${role}`)}
            name={roleName}
            value={role}
            options={JOIN_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
            onChange={setRole}
          />
        </>
      )}
    </RoomFormDialog>
  );
}
