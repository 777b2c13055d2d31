import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTION_STATUSES } from '../../../../shared/actions.js';
import type { Person, ProgrammeDetail, Unit } from '../../../../shared/domain.js';
import { Select } from '../../components/Field.js';
import { PersonSelect } from '../../search/PersonPicker.js';
import type { useBoardView } from './filters.js';
import { unitHref } from './links.js';
import { UnitSelect } from '../../search/UnitPicker.js';

type ViewApi = ReturnType<typeof useBoardView>;

/** The board's filters and the swimlane toggle; every change goes to the address (see filters.ts). */
export function FilterBar({
  api,
  units,
  people,
  programme,
  programmeBoard,
}: {
  api: ViewApi;
  units: readonly Unit[];
  people: readonly Person[];
  programme: ProgrammeDetail | undefined;
  /** The programme board filters by session and stage too. */
  programmeBoard: boolean;
}) {
  const { t } = useTranslation('board');
  const { view, setFilter, clearFilters, setLanes } = api;
  const { filters } = view;
  const any = { value: '' as const, label: t('filters.any') };
  const stages = programme?.stages ?? [];
  const sessions = stages.filter((s) => !filters.stageId || s.id === filters.stageId).flatMap((s) => s.sessions);
  const unit = filters.unitId ? units.find((u) => u.id === filters.unitId) : undefined;
  const active = Object.keys(filters).length > 0;
  return (
    <div className="board-filters" role="group" aria-label={t('filters.label')}>
      <div className="filter-unit">
        <UnitSelect label={t('filters.unit')} units={units} value={filters.unitId ?? null} onChange={(id) => setFilter('unitId', id ?? '')} />
      </div>
      <div className="filter-owner">
        <PersonSelect label={t('filters.owner')} people={people} units={units} value={filters.ownerId ?? null} onChange={(id) => setFilter('ownerId', id ?? '')} />
      </div>
      {programmeBoard ? (
        <>
          <Select
            label={t('filters.stage')}
            value={filters.stageId ?? ''}
            options={[any, ...stages.map((s) => ({ value: s.id, label: s.title }))]}
            onChange={(value) => setFilter('stageId', value)}
          />
          <Select
            label={t('filters.session')}
            value={filters.sessionId ?? ''}
            options={[any, ...sessions.map((s) => ({ value: s.id, label: s.title }))]}
            onChange={(value) => setFilter('sessionId', value)}
          />
        </>
      ) : null}
      <Select
        label={t('filters.status')}
        value={filters.status ?? ''}
        options={[any, ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        onChange={(value) => setFilter('status', value)}
      />
      <div className="filter-toggles">
        <label className="check-toggle">
          <input type="checkbox" checked={Boolean(filters.overdue)} onChange={(e) => setFilter('overdue', e.target.checked)} />
          <span>{t('filters.overdue')}</span>
        </label>
        <label className="check-toggle">
          <input type="checkbox" checked={view.lanes} onChange={(e) => setLanes(e.target.checked)} />
          <span>{t('filters.lanes')}</span>
        </label>
        {active ? (
          <button type="button" className="button ghost small" onClick={clearFilters}>
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
      {unit && programme ? (
        <p className="filter-unit-link">
          <Link to={unitHref(unit.id, programme.programme.id)}>{t('filters.unitView', { unit: unit.name })}</Link>
        </p>
      ) : null}
    </div>
  );
}
