import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Unit } from '../../../../shared/domain.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { WhoPicker, type Who } from '../agenda/WhoPicker.js';

/** Who interjects: a participant by type-ahead, or a typed name. The current speaker keeps their place. */
export function InterjectDialog({
  people,
  units,
  onPick,
  onClose,
}: {
  people: readonly Person[];
  units: readonly Unit[];
  /** `hideCountdown`: the projector shows no countdown for this interjection. */
  onPick: (who: Who, hideCountdown: boolean) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['run', 'common']);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [hideCountdown, setHideCountdown] = useState(false);
  return (
    <ModalDialog
      title={t('interject.title')}
      className="interject-dialog"
      onClose={onClose}
      initialFocus={inputRef}
      actions={(finish) => (
        <button type="button" className="button" onClick={() => finish(onClose)}>
          {t('common:action.cancel')}
        </button>
      )}
    >
      {(finish) => (
        <>
          {/* Above the picker: its list opens below the field and would cover a choice placed there. */}
          <label className="check-row">
            <input type="checkbox" checked={hideCountdown} onChange={(e) => setHideCountdown(e.target.checked)} />
            {t('countdown.interjection')}
          </label>
          <WhoPicker
            label={t('interject.label')}
            hint={t('interject.hint')}
            placeholder={t('interject.placeholder')}
            people={people}
            units={units}
            text={text}
            onTextChange={setText}
            onPick={(who) => finish(() => onPick(who, hideCountdown))}
            freeLabel={(name) => t('interject.free', { name })}
            noResults={t('interject.noResults')}
            openOnFocus
            inputRef={inputRef}
          />
        </>
      )}
    </ModalDialog>
  );
}
