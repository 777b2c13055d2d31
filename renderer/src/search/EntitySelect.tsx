import { useMemo, useState, type ReactNode, type Ref } from 'react';
import { Combobox } from './Combobox.js';
import type { Matcher } from './match.js';

/** How many options a picker shows at once: enough to scan, few enough to stay quick. */
export const PICKER_LIMIT = 30;

export interface EntitySelectProps<T> {
  label: string;
  items: readonly T[];
  matcher: Matcher<T>;
  idOf: (item: T) => string;
  nameOf: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  /** The chosen item's id, or null. */
  value: string | null;
  onChange: (id: string | null) => void;
  noResults: (query: string) => string;
  placeholder: string;
  /** The clear button's name ("Clear Unit"); without it the field cannot be emptied (a required field). */
  clearLabel?: string;
  isDisabled?: (item: T) => boolean;
  hint?: string;
  labelHidden?: boolean;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

/**
 * Chooses one item for a field (a chair, a unit): shows the chosen name; typing searches (by name,
 * short name, pinyin, as the matcher says); ↓ and Enter pick. Leaving the field with the text erased
 * clears it (when it may be empty), leaving it mid-search puts the chosen name back. The person and
 * unit pickers are this with their own matcher and option line.
 */
export function EntitySelect<T>(props: EntitySelectProps<T>) {
  const { label, items, matcher, idOf, nameOf, renderOption, value, onChange, noResults, placeholder, clearLabel } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const chosen = value ? items.find((item) => idOf(item) === value) : undefined;
  const text = editing ?? (chosen ? nameOf(chosen) : '');
  const options = useMemo(() => matcher.search(editing ?? '', PICKER_LIMIT), [matcher, editing]);
  return (
    <Combobox
      id={props.id}
      label={label}
      labelHidden={props.labelHidden}
      value={text}
      onValueChange={setEditing}
      options={options}
      optionKey={idOf}
      renderOption={renderOption}
      isDisabled={props.isDisabled}
      onPick={(item) => {
        setEditing(null);
        if (idOf(item) !== value) onChange(idOf(item));
      }}
      onBlur={() => {
        if (editing === '' && value && clearLabel) onChange(null);
        setEditing(null);
      }}
      noResults={noResults(text.trim())}
      placeholder={placeholder}
      hint={props.hint}
      error={props.error}
      inputRef={props.inputRef}
    >
      {value && clearLabel ? (
        <button
          type="button"
          className="combobox-clear"
          aria-label={clearLabel}
          title={clearLabel}
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

export interface EntitySearchProps<T> {
  label: string;
  matcher: Matcher<T>;
  idOf: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  onPick: (item: T) => void;
  noResults: (query: string) => string;
  placeholder: string;
  hint: string;
  /** Items shown but not pickable (already attending, already a co-operating unit). */
  isDisabled?: (item: T) => boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

/**
 * Finds one more item to add (a participant, a co-operating unit): type, pick with Enter. The text
 * clears after a pick so the next one can be typed at once; nothing is listed before a key is typed.
 */
export function EntitySearch<T>(props: EntitySearchProps<T>) {
  const { matcher, onPick } = props;
  const [text, setText] = useState('');
  const options = useMemo(() => (text.trim() ? matcher.search(text, PICKER_LIMIT) : []), [matcher, text]);
  return (
    <Combobox
      id={props.id}
      label={props.label}
      value={text}
      onValueChange={setText}
      options={options}
      optionKey={props.idOf}
      renderOption={props.renderOption}
      isDisabled={props.isDisabled}
      onPick={(item) => {
        setText('');
        onPick(item);
      }}
      noResults={props.noResults(text.trim())}
      placeholder={props.placeholder}
      hint={props.hint}
      inputRef={props.inputRef}
    />
  );
}
