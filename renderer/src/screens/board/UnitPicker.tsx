import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain.js';
import { Combobox } from '../../search/Combobox.js';
import { PICKER_LIMIT } from '../../search/PersonPicker.js';
import { unitMatcher } from '../../search/match.js';

function UnitOption({ unit, note }: { unit: Unit; note?: string | undefined }) {
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
  /** Units shown but not pickable, with a note. */
  disabledIds?: ReadonlyMap<string, string>;
  hint?: string;
  labelHidden?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

/**
 * Chooses one unit by name, short name or pinyin ("gxj" finds 工信局). Shows the chosen unit; leaving
 * the field with the text erased clears it, leaving it mid-search puts the name back.
 */
export function UnitSelect({ label, units, value, onChange, disabledIds, hint, labelHidden, inputRef, id }: UnitSelectProps) {
  const { t } = useTranslation('board');
  const [editing, setEditing] = useState<string | null>(null);
  const matcher = useMemo(() => unitMatcher(units), [units]);
  const chosen = value ? units.find((u) => u.id === value) : undefined;
  const text = editing ?? chosen?.name ?? '';
  const options = useMemo(() => matcher.search(editing ?? '', PICKER_LIMIT), [matcher, editing]);
  return (
    <Combobox
      id={id}
      label={label}
      labelHidden={labelHidden}
      value={text}
      onValueChange={setEditing}
      options={options}
      optionKey={(u) => u.id}
      renderOption={(u) => <UnitOption unit={u} note={disabledIds?.get(u.id)} />}
      isDisabled={(u) => disabledIds?.has(u.id) ?? false}
      onPick={(u) => {
        setEditing(null);
        if (u.id !== value) onChange(u.id);
      }}
      onBlur={() => {
        if (editing === '' && value) onChange(null);
        setEditing(null);
      }}
      noResults={t('picker.noResults', { query: text.trim() })}
      placeholder={t('picker.none')}
      hint={hint}
      inputRef={inputRef}
    >
      {value ? (
        <button
          type="button"
          className="combobox-clear"
          aria-label={t('picker.clear', { label })}
          title={t('picker.clear', { label })}
          onClick={() => {
            setEditing(null);
            onChange(null);
          }}
        >
          ×
        </button>
      ) : null}
    </Combobox>
  );
}

/**
 * Several units as chips, each with a remove button, and a type-ahead to add one more; the text
 * clears after a pick so the next unit can be typed at once.
 */
export function UnitChips({
  label,
  addLabel,
  units,
  value,
  onChange,
  leadUnitId,
  emptyText,
}: {
  label: string;
  addLabel: string;
  units: readonly Unit[];
  value: readonly Unit[];
  onChange: (unitIds: string[]) => void;
  leadUnitId: string | null;
  emptyText: string;
}) {
  const { t } = useTranslation('board');
  const [text, setText] = useState('');
  const matcher = useMemo(() => unitMatcher(units), [units]);
  const options = useMemo(() => (text.trim() ? matcher.search(text, PICKER_LIMIT) : []), [matcher, text]);
  const taken = useMemo(() => {
    const map = new Map<string, string>();
    for (const u of value) map.set(u.id, t('picker.isCo'));
    if (leadUnitId) map.set(leadUnitId, t('picker.isLead'));
    return map;
  }, [value, leadUnitId, t]);
  const ids = value.map((u) => u.id);
  return (
    <div className="unit-chips" role="group" aria-label={label}>
      <span className="field-label" aria-hidden="true">
        {label}
      </span>
      {value.length > 0 ? (
        <ul className="chips" aria-label={label}>
          {value.map((unit) => (
            <li key={unit.id} className="chip">
              <span>{unit.name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('picker.remove', { unit: unit.name })}
                title={t('picker.remove', { unit: unit.name })}
                onClick={() => onChange(ids.filter((id) => id !== unit.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{emptyText}</p>
      )}
      <Combobox
        label={addLabel}
        value={text}
        onValueChange={setText}
        options={options}
        optionKey={(u) => u.id}
        renderOption={(u) => <UnitOption unit={u} note={taken.get(u.id)} />}
        isDisabled={(u) => taken.has(u.id)}
        onPick={(u) => {
          setText('');
          onChange([...ids, u.id]);
        }}
        noResults={t('picker.noResults', { query: text.trim() })}
        placeholder={t('picker.placeholder')}
        hint={t('picker.hint')}
      />
    </div>
  );
}
