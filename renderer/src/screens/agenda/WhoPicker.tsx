import { useMemo, type ReactNode, type Ref } from 'react';
import type { Person, Unit } from '../../../../shared/domain.js';
import { Combobox } from '../../search/Combobox.js';
import { PICKER_LIMIT } from '../../search/EntitySelect.js';
import { PersonOption } from '../../search/PersonPicker.js';
import { fold, personMatcher } from '../../search/match.js';

/** A pick: someone from the list, or a name typed for someone who is not in it. */
export type Who = { kind: 'person'; person: Person } | { kind: 'free'; name: string };

export interface WhoPickerProps {
  label: string;
  labelHidden?: boolean;
  hint?: string;
  placeholder?: string;
  /** Who can be picked (the directory, or the session's participants). */
  people: readonly Person[];
  units: readonly Unit[];
  text: string;
  onTextChange: (text: string) => void;
  onPick: (who: Who) => void;
  /** The label of the "use the typed name" option; null: no such option. */
  freeLabel: ((name: string) => string) | null;
  noResults: string;
  disabledIds?: ReadonlySet<string>;
  disabledNote?: string;
  openOnFocus?: boolean;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  children?: ReactNode;
}

/**
 * Type-ahead for a person (names, units, pinyin initials via search/match.ts) that also accepts a
 * free-text name: the last option is "add what I typed as a guest" unless someone has exactly that
 * name. That option is taken only when chosen (↓ then Enter, or a click), never by a bare Enter.
 */
export function WhoPicker(props: WhoPickerProps) {
  const { people, units, text, freeLabel, disabledIds, disabledNote } = props;
  const matcher = useMemo(() => personMatcher(people, units), [people, units]);
  const options = useMemo<Who[]>(() => {
    const query = text.trim();
    if (!query) return props.openOnFocus ? people.slice(0, PICKER_LIMIT).map((person) => ({ kind: 'person', person })) : [];
    const found: Who[] = matcher.search(query, PICKER_LIMIT).map((person) => ({ kind: 'person', person }));
    const exact = people.some((p) => fold(p.name) === fold(query));
    if (freeLabel && !exact) found.push({ kind: 'free', name: query });
    return found;
  }, [matcher, people, text, freeLabel, props.openOnFocus]);

  return (
    <Combobox<Who>
      id={props.id}
      label={props.label}
      labelHidden={props.labelHidden}
      hint={props.hint}
      placeholder={props.placeholder}
      value={text}
      onValueChange={props.onTextChange}
      options={options}
      optionKey={(o) => (o.kind === 'person' ? o.person.id : `free:${o.name}`)}
      renderOption={(o) =>
        o.kind === 'person' ? (
          <PersonOption person={o.person} note={disabledIds?.has(o.person.id) ? disabledNote : undefined} />
        ) : (
          <span className="person-option person-option-free">{freeLabel?.(o.name)}</span>
        )
      }
      isDisabled={(o) => o.kind === 'person' && (disabledIds?.has(o.person.id) ?? false)}
      isExplicit={(o) => o.kind === 'free'}
      onPick={props.onPick}
      noResults={props.noResults}
      openOnFocus={props.openOnFocus}
      onBlur={props.onBlur}
      inputRef={props.inputRef}
    >
      {props.children}
    </Combobox>
  );
}

export const nameOfWho = (who: Who) => (who.kind === 'person' ? who.person.name : who.name);
