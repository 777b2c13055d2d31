import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_CATEGORIES, type NoteCategory } from '../../../../shared/notes.js';
import { editKeyAction } from '../capture/keys.js';
import { noteText } from '../capture/parse.js';
import type { SpeakerSearch } from '../capture/speakers.js';
import type { EditState } from './edit.js';
import { SpeakerField } from './SpeakerField.js';

export type { EditState } from './edit.js';

/**
 * Edits a note in place: text (Enter saves, Shift+Enter new line, Escape cancels; the IME's Enter
 * is left alone), speaker (the capture line's picker), agenda item, category, importance and the
 * opinion mark. The state lives in the list, so scrolling the editor out of view and back keeps what
 * was typed.
 */
export function NoteEditor({
  state,
  onChange,
  onSave,
  onOverwrite,
  onCancel,
  items,
  speakers,
}: {
  state: EditState;
  /** The session's agenda items, in order. */
  items: readonly { id: string; title: string }[];
  /** Who the speaker picker offers (the chosen agenda item's queue first). */
  speakers: SpeakerSearch;
  onChange: (next: EditState) => void;
  onSave: (state: EditState) => Promise<void> | void;
  onOverwrite: (state: EditState) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['capture', 'common']);
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const endedAt = useRef<number | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId().replace(/:/g, '');

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.style.height = 'auto';
    input.style.height = `${Math.min(360, input.scrollHeight + 2)}px`;
  }, [state.text]);

  const save = () => {
    if (saving) return;
    setSaving(true);
    Promise.resolve(onSave({ ...state, text: noteText(state.text) })).finally(() => setSaving(false));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = editKeyAction(
      {
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        isComposing: event.nativeEvent.isComposing,
        keyCode: event.keyCode,
        timeStamp: event.timeStamp,
      },
      { composing: composing.current, compositionEndedAt: endedAt.current },
    );
    // Keys inside the editor never reach the list's or the Run view's shortcuts.
    event.stopPropagation();
    if (action === 'cancel') {
      event.preventDefault();
      onCancel();
    } else if (action === 'save' && event.target === ref.current) {
      event.preventDefault();
      save();
    } else if (action === 'toggleImportant') {
      event.preventDefault();
      onChange({ ...state, important: !state.important });
    }
  };

  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={onKeyDown}
      noValidate
    >
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('list.editLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={ref}
        className="note-editor-text"
        rows={2}
        value={state.text}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={`${id}-keys${state.error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange({ ...state, text: event.target.value })}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          endedAt.current = event.timeStamp;
        }}
      />
      <div className="note-editor-bar">
        <SpeakerField value={state.speaker} search={speakers} onChange={(speaker) => onChange({ ...state, speaker })} />
        <label className="notes-filter">
          <span>{t('list.editItem')}</span>
          <select value={state.agendaItemId ?? ''} onChange={(event) => onChange({ ...state, agendaItemId: event.target.value || null })}>
            <option value="">{t('list.noItem')}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="note-editor-bar">
        <label className="notes-filter">
          <span>{t('list.editCategory')}</span>
          <select value={state.category} onChange={(event) => onChange({ ...state, category: event.target.value as NoteCategory })}>
            {NOTE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="notes-filter notes-filter-check">
          <input type="checkbox" checked={state.important} onChange={(event) => onChange({ ...state, important: event.target.checked })} />
          <span>{t('list.editImportant')}</span>
        </label>
        <label className="notes-filter notes-filter-check">
          <input type="checkbox" checked={state.opinion} onChange={(event) => onChange({ ...state, opinion: event.target.checked })} />
          <span>{t('list.editOpinion')}</span>
        </label>
        <span className="note-editor-buttons">
          <button type="submit" className="button primary small" disabled={saving}>
            {saving ? t('common:state.saving') : t('common:action.save')}
          </button>
          <button type="button" className="button small" onClick={onCancel}>
            {t('common:action.cancel')}
          </button>
        </span>
      </div>
      <p id={`${id}-keys`} className="note-editor-keys">
        {t('list.editKeys')}
      </p>
      {state.error ? (
        <div id={`${id}-error`} className="note-editor-error" role="alert">
          <p>{state.error}</p>
          {state.conflict ? (
            <button type="button" className="button small" onClick={() => onOverwrite(state)}>
              {t('list.overwrite')}
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
