import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Select, TextInput } from '../../components/Field.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';
import { useTrashAskingFirst } from '../../components/trash-in-use.js';
import { unitMatcher } from '../../search/match.js';
import { OrderBar, SortableRow, SortableRows, useProtocolOrder } from './ProtocolOrder.js';
import { DirectoryTable, EditRowActions, RowActions, SearchBox, useRowEditor, useRowFocus } from './shared.js';

interface UnitDraft {
  name: string;
  shortName: string;
  kind: UnitKind;
}

const EMPTY: UnitDraft = { name: '', shortName: '', kind: 'department' };

function useKindOptions() {
  const { t } = useTranslation('common');
  return useMemo(() => UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) })), [t]);
}

/** Units: add, search, edit in place, delete with Undo (asking first when tasks or people refer to it). A duplicate name is refused and the form keeps its text. */
export function UnitsPanel() {
  const { t } = useTranslation(['directory', 'common']);
  const units = useCall('unit.list', {});
  const people = useCall('person.list', {});
  const [inUseDialog, trash] = useTrashAskingFirst();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rowFocus = useRowFocus();

  // In protocol order (排序), as the server gives it.
  const order = useProtocolOrder('unit', units.data);
  const list = order.ordered;
  const place = useMemo(() => new Map((list ?? []).map((u, index) => [u.id, index])), [list]);
  const matcher = useMemo(() => unitMatcher(list ?? []), [list]);
  const shown = useMemo(() => (query.trim() ? matcher.search(query) : (list ?? [])), [matcher, query, list]);
  const headcount = useMemo(() => {
    const counts = new Map<string, number>();
    (people.data ?? []).forEach((p) => p.unitId && counts.set(p.unitId, (counts.get(p.unitId) ?? 0) + 1));
    return counts;
  }, [people.data]);

  if (units.isError) return <ErrorNotice error={units.error} onRetry={() => void units.refetch()} />;

  const remove = async (unit: Unit, index: number) => {
    const done = await trash('unit', unit.id, unit.name);
    if (done) rowFocus.afterRemoval(shown, index, (u) => u.id, searchRef.current);
  };

  return (
    <section aria-labelledby="units-add-heading" className="directory-panel">
      {inUseDialog}
      {order.dialog}
      {order.region}
      <AddUnitForm />
      {list === undefined ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : list.length === 0 ? (
        <EmptyState title={t('units.emptyTitle')} hint={t('units.emptyHint')} />
      ) : (
        <>
          <SearchBox
            id="units-search"
            label={t('units.search')}
            placeholder={t('units.searchPlaceholder')}
            value={query}
            onChange={setQuery}
            inputRef={searchRef}
            status={query.trim() ? t('units.showing', { shown: shown.length, total: list.length }) : t('units.count', { count: list.length })}
          />
          <OrderBar kind="unit" filtered={query.trim() !== ''} onReset={() => void order.reset()} />
          {shown.length === 0 ? (
            <p className="muted no-match">{t('units.noMatch', { query: query.trim() })}</p>
          ) : (
            <SortableRows items={shown} enabled={!query.trim()} onMove={(u, to) => void order.move(u, to)}>
            <DirectoryTable
              actionsLabel={t('units.actions')}
              headers={
                <>
                  <th scope="col">{t('order.column')}</th>
                  <th scope="col">{t('units.name')}</th>
                  <th scope="col">{t('units.shortName')}</th>
                  <th scope="col">{t('units.kind')}</th>
                  <th scope="col" className="numeric">
                    {t('units.people')}
                  </th>
                </>
              }
            >
              {shown.map((unit, index) =>
                editing === unit.id ? (
                  <EditUnitRow
                    key={unit.id}
                    unit={unit}
                    count={headcount.get(unit.id) ?? 0}
                    onDone={() => {
                      setEditing(null);
                      rowFocus.focusEdit(unit.id);
                    }}
                  />
                ) : (
                  <SortableRow
                    key={unit.id}
                    item={unit}
                    place={place.get(unit.id) ?? index}
                    total={list.length}
                    enabled={!query.trim()}
                    onMove={(u, to) => void order.move(u, to)}
                    announce={order.announce}
                  >
                    <th scope="row">{unit.name}</th>
                    <td>{unit.shortName}</td>
                    <td>{t(`common:unitKind.${unit.kind}`)}</td>
                    <td className="numeric">{people.data ? (headcount.get(unit.id) ?? 0) : ''}</td>
                    <RowActions
                      editRef={rowFocus.editRef(unit.id)}
                      editLabel={t('units.editOf', { name: unit.name })}
                      deleteLabel={t('units.deleteOf', { name: unit.name })}
                      onEdit={() => setEditing(unit.id)}
                      onDelete={() => void remove(unit, index)}
                    />
                  </SortableRow>
                ),
              )}
            </DirectoryTable>
            </SortableRows>
          )}
        </>
      )}
    </section>
  );
}

function AddUnitForm() {
  const { t } = useTranslation(['directory', 'common']);
  const submit = useSubmit();
  const kinds = useKindOptions();
  const [draft, setDraft] = useState<UnitDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  const set = <K extends keyof UnitDraft>(key: K, value: UnitDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await submit('unit.create', draft);
    setSaving(false);
    if (!result.ok) {
      // A duplicate name comes back as a conflict (shown as a toast); the text stays for correction.
      setErrors(result.errors);
      nameRef.current?.focus();
      return;
    }
    toast.success(t('units.added', { name: result.value.name }));
    setErrors({});
    setDraft((d) => ({ ...EMPTY, kind: d.kind }));
    nameRef.current?.focus();
  };

  return (
    <form ref={form} className="card add-form" onSubmit={(e) => void add(e)} noValidate aria-labelledby="units-add-heading">
      <h2 id="units-add-heading">{t('units.addHeading')}</h2>
      <div className="add-form-fields">
        <TextInput ref={nameRef} label={t('units.name')} required value={draft.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
        <TextInput label={t('units.shortName')} value={draft.shortName} error={errors.shortName} onChange={(e) => set('shortName', e.target.value)} />
        <Select label={t('units.kind')} value={draft.kind} options={kinds} onChange={(v) => set('kind', v)} />
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('common:state.saving') : t('units.add')}
        </button>
      </div>
    </form>
  );
}

function EditUnitRow({ unit, count, onDone }: { unit: Unit; count: number; onDone: () => void }) {
  const { t } = useTranslation(['directory', 'common']);
  const submit = useSubmit();
  const kinds = useKindOptions();
  const { draft, set, errors, saving, save, onKeyDown } = useRowEditor<UnitDraft, Unit>(
    { name: unit.name, shortName: unit.shortName, kind: unit.kind },
    (d) => submit('unit.update', { id: unit.id, ...d }),
    (saved) => toast.success(t('units.saved', { name: saved.name })),
    onDone,
  );
  const formId = `edit-unit-${unit.id}`;

  return (
    <tr className="editing-row" onKeyDown={onKeyDown} aria-label={t('units.editing', { name: unit.name })}>
      <td />
      <td>
        <TextInput form={formId} label={t('units.name')} hideLabel autoFocus required value={draft.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
      </td>
      <td>
        <TextInput form={formId} label={t('units.shortName')} hideLabel value={draft.shortName} error={errors.shortName} onChange={(e) => set('shortName', e.target.value)} />
      </td>
      <td>
        <Select form={formId} label={t('units.kind')} hideLabel value={draft.kind} options={kinds} onChange={(v) => set('kind', v)} />
      </td>
      <td className="numeric">{count}</td>
      <EditRowActions formId={formId} saving={saving} onSubmit={(e) => void save(e)} onCancel={onDone} />
    </tr>
  );
}
