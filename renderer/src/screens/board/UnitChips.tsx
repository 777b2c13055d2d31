import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain.js';
import { EntitySearch } from '../../search/EntitySelect.js';
import { unitMatcher } from '../../search/match.js';
import { UnitOption } from '../../search/UnitPicker.js';

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
  const { t } = useTranslation(['board', 'common']);
  const matcher = useMemo(() => unitMatcher(units), [units]);
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
      <EntitySearch
        label={addLabel}
        matcher={matcher}
        idOf={(u) => u.id}
        renderOption={(u) => <UnitOption unit={u} note={taken.get(u.id)} />}
        isDisabled={(u) => taken.has(u.id)}
        onPick={(u) => onChange([...ids, u.id])}
        noResults={(query) => t('common:unitPicker.noResults', { query })}
        placeholder={t('common:unitPicker.placeholder')}
        hint={t('common:unitPicker.hint')}
      />
    </div>
  );
}
