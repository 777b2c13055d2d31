import { useCallback, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, Submitted } from '../../components/form.js';

/** A labelled search field with a count beside it; Escape clears it. */
export function SearchBox({
  id,
  label,
  placeholder,
  value,
  onChange,
  inputRef,
  status,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  status: string;
}) {
  return (
    <div className="search-row">
      <div className="field search-field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          ref={inputRef}
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && value) {
              e.preventDefault();
              onChange('');
            }
          }}
        />
      </div>
      <p className="muted search-status" role="status">
        {status}
      </p>
    </div>
  );
}

/**
 * Where focus goes when a row's editor closes (back to its Edit button) or a row is deleted (the
 * next row's Edit button, else `fallback`): never lost to the page body.
 */
export function useRowFocus() {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pending = useRef<string | null>(null);

  const editRef = useCallback(
    (id: string) => (element: HTMLButtonElement | null) => {
      if (!element) {
        buttons.current.delete(id);
        return;
      }
      buttons.current.set(id, element);
      if (pending.current === id) {
        pending.current = null;
        element.focus();
      }
    },
    [],
  );

  const focusEdit = useCallback((id: string) => {
    const element = buttons.current.get(id);
    if (element && element.isConnected) element.focus();
    else pending.current = id;
  }, []);

  const afterRemoval = useCallback(
    <T,>(list: readonly T[], index: number, keyOf: (item: T) => string, fallback: HTMLElement | null) => {
      const neighbour = list[index + 1] ?? list[index - 1];
      if (neighbour) focusEdit(keyOf(neighbour));
      else fallback?.focus();
    },
    [focusEdit],
  );

  return useMemo(() => ({ editRef, focusEdit, afterRemoval }), [editRef, focusEdit, afterRemoval]);
}

/** The directory's list: a card holding one table, the last column the row's buttons (its header for screen readers only). */
export function DirectoryTable({ headers, actionsLabel, children }: { headers: ReactNode; actionsLabel: string; children: ReactNode }) {
  return (
    <div className="card table-wrap">
      <table className="table">
        <thead>
          <tr>
            {headers}
            <th scope="col">
              <span className="visually-hidden">{actionsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Edit and Delete for one row, named after the row (“Edit 周明”); Edit is where focus returns (useRowFocus). */
export function RowActions({
  editRef,
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: {
  editRef: Ref<HTMLButtonElement>;
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('common');
  return (
    <td className="actions">
      <button type="button" className="button small ghost" ref={editRef} aria-label={editLabel} onClick={onEdit}>
        {t('action.edit')}
      </button>
      <button type="button" className="button small ghost danger-text" aria-label={deleteLabel} onClick={onDelete}>
        {t('action.delete')}
      </button>
    </td>
  );
}

/**
 * A row edited in place: the draft, its field errors, and the keys (Enter in a one-line field
 * saves, Escape cancels). `send` saves the draft; on success `onSaved` runs, then `onDone` closes
 * the editor; on failure the errors stay beside their fields and nothing is lost.
 */
export function useRowEditor<D, V>(initial: D, send: (draft: D) => Promise<Submitted<V>>, onSaved: (value: V) => void, onDone: () => void) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await send(draft);
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      onDone();
    } else {
      setErrors(result.errors);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A key a field already used (Enter picking a unit in its list, Escape closing it) is not the row's.
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void save();
    }
  };
  return { draft, set, errors, saving, save, onKeyDown };
}

/** The editing row's last cell: its (empty) form, which the row's fields join by `form=`, Save and Cancel. */
export function EditRowActions({ formId, saving, onSubmit, onCancel }: { formId: string; saving: boolean; onSubmit: (event: FormEvent) => void; onCancel: () => void }) {
  const { t } = useTranslation('common');
  return (
    <td className="actions">
      <form id={formId} onSubmit={onSubmit} noValidate />
      <button type="submit" form={formId} className="button small primary" disabled={saving}>
        {t('action.save')}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </td>
  );
}
