import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain.js';
import { EntitySelect } from './EntitySelect.js';
import { unitMatcher } from './match.js';

/** One line of a unit option: the full name, the short name in a quieter style, and a note. */
export function UnitOption({ unit, note }: { unit: Unit; note?: string | undefined }) {
  return (
    <span className="person-option">
      <span className="person-option-name">{unit.name}</span>
      {unit.shortName && unit.shortName !== unit.name ? <span className="person-option-detail">{unit.shortName}</span> : null}
      {note ? <span className="person-option-note">{note}</span> : null}
    </span>
  );
}

export interface UnitSelectProps {
  label: string;
  units: readonly Unit[];
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** Units shown but not pickable, with a note (the lead unit among co-operating ones). */
  disabledIds?: ReadonlyMap<string, string>;
  /** A note beside each unit (how many people it has). */
  noteOf?: (unit: Unit) => string | undefined;
  /** What the empty field says; default "Not set". */
  placeholder?: string;
  /** Whether the field may be emptied (an optional unit); default true. */
  clearable?: boolean;
  hint?: string;
  labelHidden?: boolean;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

/**
 * Chooses one unit wherever a unit is chosen (a person's unit, a task's lead unit, a filter, a whole
 * unit to invite): by full name, short name, or pinyin full or initials ("gxj" finds 工信局 and
 * 县工业和信息化局). Type, ↓, Enter.
 */
export function UnitSelect({ label, units, value, onChange, disabledIds, noteOf, placeholder, clearable = true, hint, labelHidden, error, inputRef, id }: UnitSelectProps) {
  const { t } = useTranslation('common');
  const matcher = useMemo(() => unitMatcher(units), [units]);
  return (
    <EntitySelect
      id={id}
      label={label}
      labelHidden={labelHidden}
      items={units}
      matcher={matcher}
      idOf={(u) => u.id}
      nameOf={(u) => u.name}
      renderOption={(u) => <UnitOption unit={u} note={disabledIds?.get(u.id) ?? noteOf?.(u)} />}
      isDisabled={(u) => disabledIds?.has(u.id) ?? false}
      value={value}
      onChange={onChange}
      noResults={(query) => t('unitPicker.noResults', { query })}
      placeholder={placeholder ?? t('unitPicker.none')}
      {...(clearable ? { clearLabel: t('unitPicker.clear', { label }) } : {})}
      hint={hint}
      error={error}
      inputRef={inputRef}
    />
  );
}
