import { useCallback, useMemo, useRef, type Ref } from 'react';

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
