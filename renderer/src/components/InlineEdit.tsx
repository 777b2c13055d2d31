import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from './Field.js';
import type { Submitted } from './form.js';

interface InlineEditProps {
  /** The field's name: the input's label and part of the Edit button's accessible name. */
  label: string;
  value: string;
  /** Saves the new value; on failure the editor stays open with what the user typed. */
  onSave: (value: string) => Promise<Submitted<unknown>>;
  /** The key of this field in the returned errors (defaults to the first error). */
  field?: string;
  multiline?: boolean;
  /** How the value is shown when not editing (e.g. as a heading). */
  renderValue?: (value: string) => ReactNode;
  /** Shown, muted, when the value is empty. */
  emptyText?: string;
  /** Shows the label above the value when not editing. */
  showLabel?: boolean;
  required?: boolean;
  className?: string;
}

/**
 * A value with an Edit button. Editing opens a small form: Enter saves a one-line value,
 * Ctrl+Enter a multi-line one, Escape cancels; focus comes back to the Edit button.
 */
export function InlineEdit({
  label,
  value,
  onSave,
  field,
  multiline,
  renderValue,
  emptyText,
  showLabel,
  required,
  className,
}: InlineEditProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (draft === null && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [draft]);

  const close = () => {
    returnFocus.current = true;
    setError(undefined);
    setDraft(null);
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null || saving) return;
    if (draft === value) return close();
    setSaving(true);
    const result = await onSave(draft);
    setSaving(false);
    if (result.ok) return close();
    setError((field ? result.errors[field] : undefined) ?? Object.values(result.errors)[0]);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (multiline && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const classes = ['inline-edit', className ?? ''].filter(Boolean).join(' ');

  if (draft !== null) {
    const common = {
      label,
      value: draft,
      error,
      required,
      autoFocus: true,
      onKeyDown,
      disabled: saving,
      hint: multiline ? t('form.keysMultiline') : t('form.keysLine'),
    };
    return (
      <form className={`${classes} inline-edit-editing`} onSubmit={(e) => void save(e)} noValidate>
        {multiline ? (
          <TextArea {...common} rows={Math.min(10, Math.max(3, draft.split('\n').length + 1))} onChange={(e) => setDraft(e.target.value)} />
        ) : (
          <TextInput {...common} onChange={(e) => setDraft(e.target.value)} />
        )}
        <div className="button-row">
          <button type="submit" className="button primary small" disabled={saving}>
            {saving ? t('state.saving') : t('action.save')}
          </button>
          <button type="button" className="button small" onClick={close}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className={classes}>
      {showLabel ? <div className="inline-edit-label">{label}</div> : null}
      <div className="inline-edit-row">
        <div className={multiline ? 'inline-edit-value multiline' : 'inline-edit-value'}>
          {value ? (renderValue ? renderValue(value) : <p>{value}</p>) : <p className="muted">{emptyText}</p>}
        </div>
        <button
          ref={editButton}
          type="button"
          className="button ghost small inline-edit-button"
          aria-label={t('action.editField', { field: label })}
          onClick={() => {
            setError(undefined);
            setDraft(value);
          }}
        >
          {t('action.edit')}
        </button>
      </div>
    </div>
  );
}
