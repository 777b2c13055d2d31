import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { firstActive, stepActive } from './active.js';
import './combobox.css';

export interface ComboboxProps<T> {
  /** Visible label of the input. */
  label: string;
  /** Hide the label visually (it stays the accessible name). */
  labelHidden?: boolean;
  /** The text in the input (controlled). */
  value: string;
  onValueChange: (text: string) => void;
  /** The options for the current text, already matched and ranked. */
  options: readonly T[];
  optionKey: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  /** Options shown but not pickable (e.g. people already attending). */
  isDisabled?: (item: T) => boolean;
  /** Options that are picked only when chosen explicitly (arrow keys, a click), never by a bare Enter (see active.ts). */
  isExplicit?: (item: T) => boolean;
  onPick: (item: T) => void;
  /** Shown in the popup when the text matches nothing. */
  noResults: string;
  placeholder?: string;
  /** Short usage hint, linked with aria-describedby. */
  hint?: string;
  /** A translated message under the field (the save refused the choice); marks the input aria-invalid. */
  error?: string | undefined;
  /** Open the popup on focus even with no text (pickers with few options). */
  openOnFocus?: boolean;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  disabled?: boolean;
  /** Extra controls after the input (e.g. a clear button). */
  children?: ReactNode;
}

/**
 * The ARIA 1.2 combobox pattern: an input with a listbox popup. ArrowDown/ArrowUp move the active
 * option (ArrowDown opens the popup), Enter picks it, Escape closes the popup (a second Escape clears
 * the text), Home/End stay in the text. Focus never leaves the input: the active option is announced
 * through aria-activedescendant. Pure presentation: matching is the caller's (see match.ts).
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const {
    label,
    labelHidden,
    value,
    onValueChange,
    options,
    optionKey,
    renderOption,
    isDisabled,
    isExplicit,
    onPick,
    noResults,
    placeholder,
    hint,
    error,
    openOnFocus,
    onBlur,
    inputRef,
    disabled,
    children,
  } = props;
  const generated = useId();
  const id = props.id ?? `combobox${generated.replace(/:/g, '')}`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const [open, setOpen] = useState(false);
  /** null: the default option (firstActive) for the current text. */
  const [active, setActive] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const activeIndex = options.length === 0 ? -1 : active === null ? firstActive(options, isExplicit) : Math.min(active, options.length - 1);
  const activeItem = activeIndex >= 0 ? options[activeIndex] : undefined;
  const optionId = (item: T) => `${id}-opt-${optionKey(item)}`;
  const showList = open && !disabled && (options.length > 0 || value.trim() !== '');

  useEffect(() => {
    if (!showList || activeIndex < 0) return;
    const element = listRef.current?.children[activeIndex] as HTMLElement | undefined;
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [showList, activeIndex]);

  const pick = (item: T | undefined) => {
    if (item === undefined || isDisabled?.(item)) return;
    onPick(item);
    setActive(null);
    // A pick that leaves the name in the field (a presenter, a chair) would otherwise reopen the
    // list on that name and cover what follows, such as the form's submit button.
    setOpen(false);
  };

  const move = (delta: 1 | -1) => {
    if (!open) {
      setOpen(true);
      return;
    }
    if (options.length === 0) return;
    setActive(stepActive(activeIndex, delta, options.length));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME is composing Chinese: its keys are not ours
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (showList && activeItem !== undefined) {
          event.preventDefault();
          pick(activeItem);
        } else if (showList && options.length > 0) {
          // Only an explicit-only option ("add as a guest") is there: Enter alone adds nothing.
          event.preventDefault();
        }
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (value) {
          event.preventDefault();
          event.stopPropagation();
          onValueChange('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  return (
    <div className={error ? 'field combobox field-invalid' : 'field combobox'}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={labelHidden ? 'visually-hidden' : 'field-hint'}>
          {hint}
        </p>
      ) : null}
      <div className="combobox-field">
        <input
          id={id}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && activeItem !== undefined ? optionId(activeItem) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder={placeholder}
          value={value}
          disabled={disabled}
          onChange={(event) => {
            onValueChange(event.target.value);
            setActive(null);
            setOpen(true);
          }}
          onFocus={() => {
            if (openOnFocus) setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
          onKeyDown={onKeyDown}
        />
        {children}
        <ul
          id={listId}
          ref={listRef}
          role="listbox"
          aria-label={label}
          className="combobox-list"
          hidden={!showList || options.length === 0}
          // Keep focus in the input when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {showList
            ? options.map((item, index) => {
                const itemDisabled = isDisabled?.(item) ?? false;
                return (
                  <li
                    key={optionKey(item)}
                    id={optionId(item)}
                    role="option"
                    aria-selected={index === activeIndex}
                    aria-disabled={itemDisabled || undefined}
                    className="combobox-option"
                    onMouseMove={() => {
                      if (index !== activeIndex) setActive(index);
                    }}
                    onClick={() => pick(item)}
                  >
                    {renderOption(item)}
                  </li>
                );
              })
            : null}
        </ul>
        {showList && options.length === 0 ? (
          <p className="combobox-empty" role="status">
            {noResults}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
