import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteCategory } from '../../../../shared/notes.js';
import { isImeKey } from '../capture/keys.js';
import { Picker, type PickerOption } from '../capture/Picker.js';
import type { SpeakerSearch } from '../capture/speakers.js';
import type { EditState } from './edit.js';

type Speaker = EditState['speaker'];

/**
 * The note editor's speaker: the capture line's picker (the same matching: names, units, positions,
 * pinyin and its initials, the agenda item's queue first), or a name typed in characters for someone
 * not in the directory. Focus stays in the input; ↑↓ move, Enter picks, Escape closes the list (a
 * second Escape reaches the editor, which cancels). What is shown when nothing is being typed is the
 * chosen speaker.
 */
export function SpeakerField({ value, search, onChange }: { value: Speaker; search: SpeakerSearch; onChange: (speaker: Speaker) => void }) {
  const { t } = useTranslation('capture');
  const id = useId().replace(/:/g, '');
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const composing = useRef(false);
  const endedAt = useRef<number | null>(null);

  const options: PickerOption[] = useMemo(
    () => (query === null ? [] : search.options(query).options.map((option) => ({ kind: 'speaker', key: option.key, option }))),
    [query, search],
  );
  const open = options.length > 0;
  const activeIndex = open ? Math.min(active, options.length - 1) : -1;
  const categoryLabel = useCallback((category: NoteCategory) => t(`category.${category}`), [t]);

  const pick = (option: PickerOption) => {
    if (option.kind !== 'speaker') return;
    const picked = option.option;
    onChange(picked.kind === 'person' ? { personId: picked.person.id, name: picked.person.name } : { personId: null, name: picked.name });
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isImeKey(event.nativeEvent, { composing: composing.current, compositionEndedAt: endedAt.current }) || !open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      const option = options[activeIndex];
      if (option) pick(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  return (
    <div className="note-speaker-field">
      <label htmlFor={`${id}-input`}>{t('list.editSpeaker')}</label>
      <span className="capture-field note-speaker-input">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={open && activeIndex >= 0 ? `${id}-list-${activeIndex}` : undefined}
          aria-describedby={`${id}-keys`}
          placeholder={t('list.editSpeakerPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          value={query ?? value.name}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            endedAt.current = event.timeStamp;
          }}
          // What was typed and not picked is not a choice: the chosen speaker shows again.
          onBlur={() => setQuery(null)}
        />
        <Picker
          id={`${id}-list`}
          label={t('picker.speakers')}
          open={open}
          options={options}
          activeIndex={activeIndex}
          categoryLabel={categoryLabel}
          onHover={setActive}
          onPick={pick}
        />
      </span>
      {value.name ? (
        <button
          type="button"
          className="capture-chip-remove"
          aria-label={t('list.editSpeakerClear')}
          title={t('list.editSpeakerClear')}
          onClick={() => onChange({ personId: null, name: '' })}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
      <span id={`${id}-keys`} className="visually-hidden">
        {t('list.editSpeakerKeys')}
      </span>
    </div>
  );
}
