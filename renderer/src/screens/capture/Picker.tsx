import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteCategory } from '../../../../shared/notes.js';
import { CATEGORY_KEYS } from './categories.js';
import type { SpeakerOption } from './speakers.js';

export type PickerOption =
  | { kind: 'speaker'; key: string; option: SpeakerOption }
  | { kind: 'category'; key: string; category: NoteCategory };

/** "Add what I typed as a guest": picked only when chosen (↓ or a click), never by a bare Enter. */
export const isGuestOption = (item: PickerOption): boolean => item.kind === 'speaker' && item.option.kind === 'free' && item.option.source === 'typed';

/**
 * The listbox of the capture line's `@`/`#` picker. Focus stays in the input (aria-activedescendant
 * points at the active option, `${id}-${index}`); a click picks without taking focus.
 */
export function Picker({
  id,
  label,
  open,
  options,
  activeIndex,
  categoryLabel,
  onHover,
  onPick,
}: {
  id: string;
  label: string;
  open: boolean;
  options: readonly PickerOption[];
  activeIndex: number;
  categoryLabel: (category: NoteCategory) => string;
  onHover: (index: number) => void;
  onPick: (option: PickerOption) => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open || activeIndex < 0) return;
    const element = listRef.current?.children[activeIndex] as HTMLElement | undefined;
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeIndex]);

  return (
    <ul
      id={id}
      ref={listRef}
      role="listbox"
      aria-label={label}
      className="capture-picker"
      hidden={!open}
      onMouseDown={(event) => event.preventDefault()}
    >
      {open
        ? options.map((item, index) => (
            <li
              key={item.key}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="capture-option"
              onMouseMove={() => {
                if (index !== activeIndex) onHover(index);
              }}
              onClick={() => onPick(item)}
            >
              {item.kind === 'category' ? <CategoryOption category={item.category} label={categoryLabel(item.category)} /> : <SpeakerLine option={item.option} />}
            </li>
          ))
        : null}
    </ul>
  );
}

function SpeakerLine({ option }: { option: SpeakerOption }) {
  const { t } = useTranslation('capture');
  if (option.kind === 'free') {
    return option.source === 'typed' ? (
      <span className="capture-option-line">
        <span className="capture-option-free">{t('picker.free', { name: option.name })}</span>
      </span>
    ) : (
      <span className="capture-option-line">
        <span className="capture-option-name">{option.name}</span>
        <span className="capture-option-source">{t('picker.freeQueue')}</span>
      </span>
    );
  }
  const detail = [option.person.position, option.person.unitName].filter(Boolean).join(' · ');
  return (
    <span className="capture-option-line">
      <span className="capture-option-name">{option.person.name}</span>
      {detail ? <span className="capture-option-detail">{detail}</span> : null}
      <span className="capture-option-source">{t(`picker.${option.source}`)}</span>
    </span>
  );
}

function CategoryOption({ category, label }: { category: NoteCategory; label: string }) {
  const keys = CATEGORY_KEYS[category];
  return (
    <span className="capture-option-line">
      <span className={`capture-option-badge cat-badge cat-${category}`}>{label}</span>
      <span className="capture-option-keys">
        <kbd>#{keys.pinyin}</kbd> <kbd>#{keys.zh}</kbd> <kbd>#{keys.en}</kbd>
      </span>
    </span>
  );
}
