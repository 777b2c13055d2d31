import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/actions.js';
import { useClient } from '../../app/client.js';
import { formatDate } from '../../components/format.js';
import { dueWords, formatDue } from './format.js';

type Parsed = { rule: string; ok: true; date: string; baseDate: string } | { rule: string; ok: false; code: string };
type Preview =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'ok'; date: string; baseDate: string; rule: string }
  | { state: 'error'; code: string; rule: string };

const PREVIEW_DELAY_MS = 200;

/**
 * The due date as it was said ("一个月内", "by 2027-01-15"): a live preview of the date it means,
 * counted from the session's date; a rule that is ambiguous or not understood gets its reason and the
 * date picker, never a guessed date. Both the rule and the date are shown once set.
 */
export function DueField({
  action,
  onSaveRule,
  onSaveDate,
}: {
  action: ActionItem;
  onSaveRule: (rule: string) => Promise<boolean>;
  onSaveDate: (date: string | null) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation(['board', 'errors']);
  const client = useClient();
  const id = useId();
  const locale = i18n.language;
  const [rule, setRule] = useState(action.dueRule);
  const [typed, setTyped] = useState(false);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [picked, setPicked] = useState(action.dueDate ?? '');
  const dateInput = useRef<HTMLInputElement>(null);
  const sessionId = action.sessionId;

  // The server's rule and date win while the user is not typing (a save, or another window).
  const [seen, setSeen] = useState({ rule: action.dueRule, date: action.dueDate });
  if (seen.rule !== action.dueRule || seen.date !== action.dueDate) {
    setSeen({ rule: action.dueRule, date: action.dueDate });
    if (!typed) setRule(action.dueRule);
    setPicked(action.dueDate ?? '');
  }

  const text = rule.trim();
  const preview: Preview =
    !typed || !text
      ? { state: 'idle' }
      : parsed?.rule !== text
        ? { state: 'checking' }
        : parsed.ok
          ? { state: 'ok', date: parsed.date, baseDate: parsed.baseDate, rule: text }
          : { state: 'error', code: parsed.code, rule: text };

  useEffect(() => {
    if (!typed || !text) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void client.call('action.parseDue', { rule: text, ...(sessionId ? { sessionId } : {}) }).then((result) => {
        if (!live) return;
        if (result.ok) setParsed({ rule: text, ok: true, date: result.value.date, baseDate: result.value.baseDate });
        else setParsed({ rule: text, ok: false, code: result.error.issues?.[0]?.code ?? 'due_unparseable' });
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, typed, client, sessionId]);

  const apply = async () => {
    if (!typed || !text || text === action.dueRule) return;
    if (preview.state === 'error' && preview.rule === text) {
      dateInput.current?.focus();
      return;
    }
    if (await onSaveRule(text)) setTyped(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.key !== 'Enter') return;
    event.preventDefault();
    void apply();
  };

  const words = dueWords(t, action);
  const reason = preview.state === 'error' ? t(`errors:issue.${preview.code}` as 'errors:issue.due_unparseable', { defaultValue: t('errors:issue.due_unparseable') }) : '';

  return (
    <fieldset className="due-field">
      <legend>{t('detail.due')}</legend>
      <p className={`due-current due-${action.due}`} data-testid="due-current">
        {action.dueDate ? (
          <>
            {action.dueRule
              ? t('detail.dueSavedRule', { date: formatDate(action.dueDate, locale), rule: action.dueRule })
              : t('detail.dueSaved', { date: formatDate(action.dueDate, locale) })}
            {words ? <strong className="due-words"> {words}</strong> : null}
          </>
        ) : (
          <span className="muted">{t('detail.dueNone')}</span>
        )}
      </p>
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t('detail.dueRule')}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {t('detail.dueRuleHint')}
        </p>
        <input
          id={id}
          type="text"
          value={rule}
          aria-describedby={`${id}-hint ${id}-preview`}
          aria-invalid={preview.state === 'error' || undefined}
          onChange={(e) => {
            setRule(e.target.value);
            setTyped(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (preview.state === 'ok') void apply();
          }}
          data-testid="due-rule"
        />
        <p id={`${id}-preview`} className={`due-preview due-preview-${preview.state}`} role="status" aria-live="polite" data-testid="due-preview">
          {preview.state === 'checking' ? t('detail.dueChecking') : null}
          {preview.state === 'ok' ? (
            <>
              <span>{t('detail.duePreview', { date: formatDate(preview.date, locale) })}</span>{' '}
              <span className="muted">{t('detail.dueBase', { date: formatDue(preview.baseDate, locale) })}</span>
            </>
          ) : null}
          {preview.state === 'error' ? (
            <span className="field-error" data-testid="due-reason">
              {reason}
            </span>
          ) : null}
        </p>
      </div>
      <div className={`due-pick${preview.state === 'error' ? ' emphasised' : ''}`}>
        <div className="field">
          <label htmlFor={`${id}-date`} className="field-label">
            {t('detail.duePick')}
          </label>
          <input ref={dateInput} id={`${id}-date`} type="date" value={picked} onChange={(e) => setPicked(e.target.value)} data-testid="due-date" />
        </div>
        <button
          type="button"
          className="button small"
          disabled={!picked || picked === action.dueDate}
          onClick={() =>
            void onSaveDate(picked).then((ok) => {
              if (ok) {
                setTyped(false);
                setRule('');
              }
            })
          }
        >
          {t('detail.dueApply')}
        </button>
        {action.dueDate ? (
          <button
            type="button"
            className="button small ghost"
            onClick={() =>
              void onSaveDate(null).then((ok) => {
                if (ok) {
                  setTyped(false);
                  setRule('');
                }
              })
            }
          >
            {t('detail.dueClear')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
