import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/Field.js';

/** The laptop's name as the others in the room see it: asked when opening and when joining, prefilled from the last one. */
export function LaptopNameField({ value, error, onChange, autoFocus }: { value: string; error: string | undefined; onChange: (name: string) => void; autoFocus?: boolean }) {
  const { t } = useTranslation('room');
  return (
    <TextInput
      label={t('laptopName')}
      hint={t('laptopNameHint')}
      required
      autoFocus={autoFocus}
      maxLength={60}
      autoComplete="off"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
