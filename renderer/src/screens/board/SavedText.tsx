import { useId, useState, type KeyboardEvent } from 'react';

/**
 * A text field that saves itself: on Enter (Ctrl+Enter when multi-line) and when focus leaves it,
 * if the text changed. While the user is editing, a new value from the server does not overwrite
 * what they typed; otherwise it shows the server's value. An IME's composing keys are left alone.
 */
export function SavedText({
  label,
  value,
  onSave,
  multiline,
  required,
  placeholder,
  hint,
  className,
  labelHidden,
  testId,
}: {
  label: string;
  value: string;
  /**
   * Resolves true when saved. Otherwise the draft stays, so nothing typed is lost; a string is what
   * went wrong, shown under the field (a toast would be away from the field, or over it).
   */
  onSave: (value: string) => Promise<boolean | string>;
  multiline?: boolean;
  required?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
  labelHidden?: boolean;
  testId?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? value;

  const save = async () => {
    if (draft === null || saving) return;
    const next = multiline ? draft : draft.trim();
    if (next === value || (required && !next.trim())) {
      setDraft(null);
      setError(null);
      return;
    }
    setSaving(true);
    const saved = await onSave(next);
    setSaving(false);
    if (saved === true) setDraft(null);
    setError(typeof saved === 'string' ? saved : null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const common = {
    id,
    value: text,
    placeholder,
    'aria-describedby': [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-busy': saving || undefined,
    onKeyDown,
    onBlur: () => void save(),
    'data-testid': testId,
  };
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={labelHidden ? 'visually-hidden' : 'field-hint'}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={Math.min(8, Math.max(2, text.split('\n').length + 1))} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => setDraft(e.target.value)} />
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
