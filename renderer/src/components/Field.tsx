import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldChrome {
  /** The visible label; every input has one. */
  label: ReactNode;
  /** A translated message under the field; marks the input aria-invalid. */
  error?: string | undefined;
  /** A short help text under the label. */
  hint?: ReactNode;
  /** Shows "required" beside the label (validation itself is the contract's, see useSubmit). */
  required?: boolean;
  /** Hides the label visually; screen readers still read it. */
  hideLabel?: boolean;
  className?: string;
}

/** Label, hint, control and error, wired together with ids so assistive technology reads them in order. */
function FieldFrame({
  id,
  label,
  error,
  hint,
  required,
  hideLabel,
  className,
  children,
}: FieldChrome & { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
        {required ? <span className="field-required">{t('form.requiredMark')}</span> : null}
      </label>
      {hint && !hideLabel ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: ReactNode, hideLabel: boolean | undefined, error: string | undefined) {
  const ids = [hint && !hideLabel ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type InputProps = FieldChrome & Omit<ComponentPropsWithRef<'input'>, 'className' | 'required'>;

export function TextInput({ label, error, hint, required, hideLabel, className, id: given, ...input }: InputProps) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <FieldFrame {...{ id, label, error, hint, required, hideLabel, className }}>
      <input
        id={id}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, hideLabel, error)}
        {...input}
      />
    </FieldFrame>
  );
}

type TextAreaProps = FieldChrome & Omit<ComponentPropsWithRef<'textarea'>, 'className' | 'required'>;

export function TextArea({ label, error, hint, required, hideLabel, className, id: given, rows = 3, ...input }: TextAreaProps) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <FieldFrame {...{ id, label, error, hint, required, hideLabel, className }}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, hideLabel, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

type SelectProps<V extends string> = FieldChrome &
  Omit<ComponentPropsWithRef<'select'>, 'className' | 'required' | 'value' | 'onChange'> & {
    value: V;
    options: readonly Option<V>[];
    onChange: (value: V) => void;
  };

export function Select<V extends string>({
  label,
  error,
  hint,
  required,
  hideLabel,
  className,
  id: given,
  options,
  value,
  onChange,
  ...select
}: SelectProps<V>) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <FieldFrame {...{ id, label, error, hint, required, hideLabel, className }}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, hideLabel, error)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A group of radio buttons in a fieldset with a legend: for settings that apply at once. */
export function RadioGroup<V extends string>({
  legend,
  hint,
  name,
  value,
  options,
  onChange,
  disabled,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  const hintId = useId();
  return (
    <fieldset className="radio-group" aria-describedby={hint ? hintId : undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
