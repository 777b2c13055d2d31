import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/actions.js';
import { useRunResult } from '../../components/run.js';
import { SavedText } from './SavedText.js';

/**
 * The required contents of the deliverable: tick, edit, remove, and add several in a row (Enter
 * adds and keeps the focus in the field).
 */
export function Checklist({ action, announce }: { action: ActionItem; announce: (text: string) => void }) {
  const { t } = useTranslation(['board', 'common']);
  const run = useRunResult();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const done = action.checklist.filter((c) => c.done).length;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    setText('');
    const added = await run('action.checkAdd', { actionId: action.id, text: value });
    if (!added.ok) setText((current) => current || value);
    input.current?.focus();
  };

  const remove = async (checkId: string, label: string, index: number) => {
    const removed = await run('action.checkRemove', { id: checkId });
    if (!removed.ok) return;
    announce(t('history.checkRemoved', { text: label }));
    // Focus the next item's remove button, or the add field when none is left.
    window.requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLElement>(`[data-checklist="${CSS.escape(action.id)}"] .check-remove`);
      (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
    });
  };

  return (
    <section className="checklist" aria-labelledby={`${id}-heading`} data-checklist={action.id}>
      <h3 id={`${id}-heading`} className="detail-subheading">
        {t('detail.checklist')}
        {action.checklist.length > 0 ? (
          <span className="muted checklist-count">
            {' '}
            {done}/{action.checklist.length}
          </span>
        ) : null}
      </h3>
      {action.checklist.length === 0 ? <p className="muted small">{t('detail.checklistEmpty')}</p> : null}
      <ul className="checklist-items">
        {action.checklist.map((item, index) => (
          <li key={item.id} className={item.done ? 'done' : ''} data-testid="check-item">
            <input
              type="checkbox"
              checked={item.done}
              aria-label={t('detail.checkItem', { text: item.text })}
              onChange={(e) => void run('action.checkUpdate', { id: item.id, done: e.target.checked })}
            />
            <SavedText
              label={t('detail.checkEdit', { text: item.text })}
              labelHidden
              value={item.text}
              required
              className="check-text"
              onSave={async (value) => (await run('action.checkUpdate', { id: item.id, text: value })).ok}
            />
            <button
              type="button"
              className="button ghost small check-remove"
              aria-label={t('detail.checkRemove', { text: item.text })}
              title={t('detail.checkRemove', { text: item.text })}
              onClick={() => void remove(item.id, item.text, index)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="checklist-add" onSubmit={(e) => void add(e)} noValidate>
        <label htmlFor={`${id}-add`} className="visually-hidden">
          {t('detail.checklistAdd')}
        </label>
        <input
          ref={input}
          id={`${id}-add`}
          type="text"
          value={text}
          placeholder={t('detail.checklistAdd')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          data-testid="check-add"
        />
        <button type="submit" className="button small" disabled={!text.trim()}>
          {t('common:action.add')}
        </button>
        <p id={`${id}-hint`} className="field-hint checklist-hint">
          {t('detail.checklistAddHint')}
        </p>
      </form>
    </section>
  );
}
