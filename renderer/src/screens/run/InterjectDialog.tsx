import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Unit } from '../../../../shared/domain.js';
import { WhoPicker, type Who } from '../agenda/WhoPicker.js';

/** Who interjects: a participant by type-ahead, or a typed name. The current speaker keeps their place. */
export function InterjectDialog({ people, units, onPick, onClose }: { people: readonly Person[]; units: readonly Unit[]; onPick: (who: Who) => void; onClose: () => void }) {
  const { t } = useTranslation(['run', 'common']);
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
  }, []);
  const close = () => {
    ref.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      className="dialog interject-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id={titleId}>{t('interject.title')}</h2>
      <WhoPicker
        label={t('interject.label')}
        hint={t('interject.hint')}
        placeholder={t('interject.placeholder')}
        people={people}
        units={units}
        text={text}
        onTextChange={setText}
        onPick={(who) => {
          ref.current?.close();
          onPick(who);
        }}
        freeLabel={(name) => t('interject.free', { name })}
        noResults={t('interject.noResults')}
        openOnFocus
        inputRef={inputRef}
      />
      <div className="button-row dialog-actions">
        <button type="button" className="button" onClick={close}>
          {t('common:action.cancel')}
        </button>
      </div>
    </dialog>
  );
}
