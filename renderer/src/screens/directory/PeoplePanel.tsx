import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { PERSON_CATEGORIES, type Person, type PersonCategory, type Unit } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Select, TextInput } from '../../components/Field.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';
import { useTrashAskingFirst } from '../../components/trash-in-use.js';
import { byName, personMatcher } from '../../search/match.js';
import { UnitSelect } from '../../search/UnitPicker.js';
import { OrderBar, SortableRow, SortableRows, useProtocolOrder } from './ProtocolOrder.js';
import { DirectoryTable, EditRowActions, RowActions, SearchBox, useRowEditor, useRowFocus } from './shared.js';

interface PersonDraft {
  name: string;
  position: string;
  unitId: string;
  category: PersonCategory;
}

const EMPTY: PersonDraft = { name: '', position: '', unitId: '', category: 'other' };
const NO_UNITS: Unit[] = [];

function toInput(draft: PersonDraft) {
  return { name: draft.name, position: draft.position, unitId: draft.unitId || null, category: draft.category };
}

function useOptions() {
  const { t } = useTranslation(['directory', 'common']);
  return useMemo(() => ({ categories: PERSON_CATEGORIES.map((c) => ({ value: c, label: t(`common:personCategory.${c}`) })) }), [t]);
}

/**
 * People: add (unit and category stay chosen for the next person), search, edit in place, delete
 * with Undo, and put in protocol order (排序: ProtocolOrder.tsx).
 */
export function PeoplePanel() {
  const { t } = useTranslation(['directory', 'common']);
  const people = useCall('person.list', {});
  const units = useCall('unit.list', {});
  const [inUseDialog, trash] = useTrashAskingFirst();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rowFocus = useRowFocus();

  const unitList = useMemo(() => (units.data ? [...units.data].sort(byName((u) => u.name)) : NO_UNITS), [units.data]);
  // In protocol order (排序), as the server gives it: the order every participant list follows.
  const order = useProtocolOrder('person', people.data);
  const list = order.ordered;
  const place = useMemo(() => new Map((list ?? []).map((p, index) => [p.id, index])), [list]);
  const matcher = useMemo(() => personMatcher(list ?? [], unitList), [list, unitList]);
  const shown = useMemo(() => (query.trim() ? matcher.search(query) : (list ?? [])), [matcher, query, list]);

  if (people.isError || units.isError) {
    return (
      <ErrorNotice
        error={people.error ?? units.error}
        onRetry={() => {
          void people.refetch();
          void units.refetch();
        }}
      />
    );
  }

  const remove = async (person: Person, index: number) => {
    const done = await trash('person', person.id, person.name);
    if (done) rowFocus.afterRemoval(shown, index, (p) => p.id, searchRef.current);
  };

  return (
    <section aria-labelledby="people-add-heading" className="directory-panel">
      {inUseDialog}
      {order.dialog}
      {order.region}
      <AddPersonForm units={unitList} />
      {list === undefined ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : list.length === 0 ? (
        <EmptyState title={t('people.emptyTitle')} hint={t('people.emptyHint')} />
      ) : (
        <>
          <SearchBox
            id="people-search"
            label={t('people.search')}
            placeholder={t('people.searchPlaceholder')}
            value={query}
            onChange={setQuery}
            inputRef={searchRef}
            status={query.trim() ? t('people.showing', { shown: shown.length, total: list.length }) : t('people.count', { count: list.length })}
          />
          <OrderBar kind="person" filtered={query.trim() !== ''} onReset={() => void order.reset()} />
          {shown.length === 0 ? (
            <p className="muted no-match">{t('people.noMatch', { query: query.trim() })}</p>
          ) : (
            <SortableRows items={shown} enabled={!query.trim()} onMove={(p, to) => void order.move(p, to)}>
            <DirectoryTable
              actionsLabel={t('people.actions')}
              headers={
                <>
                  <th scope="col">{t('order.column')}</th>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('people.position')}</th>
                  <th scope="col">{t('people.unit')}</th>
                  <th scope="col">{t('people.category')}</th>
                </>
              }
            >
              {shown.map((person, index) =>
                editing === person.id ? (
                  <EditPersonRow
                    key={person.id}
                    person={person}
                    units={unitList}
                    onDone={() => {
                      setEditing(null);
                      rowFocus.focusEdit(person.id);
                    }}
                  />
                ) : (
                  <SortableRow
                    key={person.id}
                    item={person}
                    place={place.get(person.id) ?? index}
                    total={list.length}
                    enabled={!query.trim()}
                    onMove={(p, to) => void order.move(p, to)}
                    announce={order.announce}
                  >
                    <th scope="row" className="person-name">{person.name}</th>
                    <td>{person.position}</td>
                    <td>{person.unitName ?? ''}</td>
                    <td>{t(`common:personCategory.${person.category}`)}</td>
                    <RowActions
                      editRef={rowFocus.editRef(person.id)}
                      editLabel={t('people.editOf', { name: person.name })}
                      deleteLabel={t('people.deleteOf', { name: person.name })}
                      onEdit={() => setEditing(person.id)}
                      onDelete={() => void remove(person, index)}
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

function AddPersonForm({ units }: { units: readonly Unit[] }) {
  const { t } = useTranslation(['directory', 'common']);
  const submit = useSubmit();
  const options = useOptions();
  const [draft, setDraft] = useState<PersonDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await submit('person.create', toInput(draft));
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    toast.success(t('people.added', { name: result.value.name }));
    setErrors({});
    // Keep unit and category: people are usually entered unit by unit.
    setDraft((d) => ({ ...d, name: '', position: '' }));
    nameRef.current?.focus();
  };

  return (
    <form ref={form} className="card add-form" onSubmit={(e) => void add(e)} noValidate aria-labelledby="people-add-heading">
      <h2 id="people-add-heading">{t('people.addHeading')}</h2>
      <div className="add-form-fields">
        <TextInput ref={nameRef} label={t('people.name')} required value={draft.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
        <TextInput label={t('people.position')} value={draft.position} error={errors.position} onChange={(e) => set('position', e.target.value)} />
        <UnitSelect label={t('people.unit')} placeholder={t('people.noUnit')} units={units} value={draft.unitId || null} error={errors.unitId} onChange={(id) => set('unitId', id ?? '')} />
        <Select label={t('people.category')} value={draft.category} options={options.categories} onChange={(v) => set('category', v)} />
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('common:state.saving') : t('people.add')}
        </button>
      </div>
    </form>
  );
}

function EditPersonRow({ person, units, onDone }: { person: Person; units: readonly Unit[]; onDone: () => void }) {
  const { t } = useTranslation(['directory', 'common']);
  const submit = useSubmit();
  const options = useOptions();
  const { draft, set, errors, saving, save, onKeyDown } = useRowEditor<PersonDraft, Person>(
    { name: person.name, position: person.position, unitId: person.unitId ?? '', category: person.category },
    (d) => submit('person.update', { id: person.id, ...toInput(d) }),
    (saved) => toast.success(t('people.saved', { name: saved.name })),
    onDone,
  );
  const formId = `edit-person-${person.id}`;

  return (
    <tr className="editing-row" onKeyDown={onKeyDown} aria-label={t('people.editing', { name: person.name })}>
      <td />
      <td>
        <TextInput form={formId} label={t('people.name')} hideLabel autoFocus required value={draft.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
      </td>
      <td>
        <TextInput form={formId} label={t('people.position')} hideLabel value={draft.position} error={errors.position} onChange={(e) => set('position', e.target.value)} />
      </td>
      <td>
        <UnitSelect label={t('people.unit')} labelHidden placeholder={t('people.noUnit')} units={units} value={draft.unitId || null} error={errors.unitId} onChange={(id) => set('unitId', id ?? '')} />
      </td>
      <td>
        <Select form={formId} label={t('people.category')} hideLabel value={draft.category} options={options.categories} onChange={(v) => set('category', v)} />
      </td>
      <EditRowActions formId={formId} saving={saving} onSubmit={(e) => void save(e)} onCancel={onDone} />
    </tr>
  );
}
