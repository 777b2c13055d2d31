import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Unit } from '../../../shared/domain.js';
import { EntitySearch, EntitySelect } from './EntitySelect.js';
import { personMatcher } from './match.js';


/** One line of a person option: the name, then position and unit in a quieter style. */
export function PersonOption({ person, note }: { person: Person; note?: string | undefined }) {
  const detail = [person.position, person.unitName].filter(Boolean).join(' · ');
  return (
    <span className="person-option">
      <span className="person-option-name">{person.name}</span>
      {detail ? <span className="person-option-detail">{detail}</span> : null}
      {note ? <span className="person-option-note">{note}</span> : null}
    </span>
  );
}

export interface PersonSearchProps {
  label: string;
  people: readonly Person[];
  units: readonly Unit[];
  onPick: (person: Person) => void;
  /** People shown but not pickable, with a note (e.g. already attending). */
  disabledIds?: ReadonlySet<string>;
  disabledNote?: string;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

/**
 * Finds a person to add: type a name, unit or pinyin initials, pick with Enter. The text clears after
 * a pick so the next person can be typed at once.
 */
export function PersonSearch({ label, people, units, onPick, disabledIds, disabledNote, inputRef, id }: PersonSearchProps) {
  const { t } = useTranslation('session');
  const matcher = useMemo(() => personMatcher(people, units), [people, units]);
  return (
    <EntitySearch
      id={id}
      label={label}
      matcher={matcher}
      idOf={(p) => p.id}
      renderOption={(p) => <PersonOption person={p} note={disabledIds?.has(p.id) ? disabledNote : undefined} />}
      isDisabled={(p) => disabledIds?.has(p.id) ?? false}
      onPick={onPick}
      noResults={(query) => t('picker.noResults', { query })}
      placeholder={t('picker.placeholder')}
      hint={t('picker.hint')}
      inputRef={inputRef}
    />
  );
}

export interface PersonSelectProps {
  label: string;
  people: readonly Person[];
  units: readonly Unit[];
  value: string | null;
  onChange: (personId: string | null) => void;
  id?: string;
}

/**
 * Chooses one person for a field (chair, secretary): shows the chosen name; typing searches by name,
 * unit or pinyin; leaving the field with the text erased clears it (see EntitySelect).
 */
export function PersonSelect({ label, people, units, value, onChange, id }: PersonSelectProps) {
  const { t } = useTranslation('session');
  const matcher = useMemo(() => personMatcher(people, units), [people, units]);
  return (
    <EntitySelect
      id={id}
      label={label}
      items={people}
      matcher={matcher}
      idOf={(p) => p.id}
      nameOf={(p) => p.name}
      renderOption={(p) => <PersonOption person={p} />}
      value={value}
      onChange={onChange}
      noResults={(query) => t('picker.noResults', { query })}
      placeholder={t('picker.none')}
      clearLabel={t('picker.clear', { label })}
    />
  );
}
