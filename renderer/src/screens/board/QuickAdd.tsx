import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus } from '../../../../shared/actions.js';
import type { Unit } from '../../../../shared/domain.js';
import { useRunResult } from '../../components/run.js';
import { needsLead } from '../../../../shared/actions.js';
import { UnitSelect } from '../../search/UnitPicker.js';

export interface BoardScope {
  programmeId: string;
  /** Set on a session's board (and on a programme board filtered to one session). */
  sessionId?: string | undefined;
}

/**
 * The quick add at the top of a column: a title and Enter. A column past "proposed" only holds tasks
 * with a lead unit, so there the lead unit is asked for as soon as a title is typed (the unit filter,
 * when set, is the default).
 */
export function QuickAdd({
  status,
  scope,
  units,
  defaultLeadId,
  onAdded,
}: {
  status: ActionStatus;
  scope: BoardScope;
  units: readonly Unit[];
  defaultLeadId: string | undefined;
  onAdded: (action: ActionItem) => void;
}) {
  const { t } = useTranslation('board');
  const run = useRunResult();
  const [title, setTitle] = useState('');
  const [leadId, setLeadId] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const leadInput = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const statusName = t(`status.${status}`);
  const lead = leadId ?? defaultLeadId ?? null;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = title.trim();
    if (!text || saving) return;
    if (needsLead(status) && !lead) {
      setError(t('add.needLead', { status: statusName }));
      leadInput.current?.focus();
      return;
    }
    setSaving(true);
    const created = await run('action.create', {
      ...(scope.sessionId ? { sessionId: scope.sessionId } : { programmeId: scope.programmeId }),
      title: text,
      status,
      ...(lead ? { leadUnitId: lead } : {}),
    });
    setSaving(false);
    if (!created.ok) return;
    setTitle('');
    setLeadId(null);
    setError('');
    onAdded(created.value);
  };

  return (
    <form className="quick-add" onSubmit={(e) => void submit(e)} noValidate>
      <label className="visually-hidden" htmlFor={`${errorId}-title`}>
        {t('add.label', { status: statusName })}
      </label>
      <input
        id={`${errorId}-title`}
        ref={input}
        type="text"
        value={title}
        placeholder={t('add.placeholder')}
        readOnly={saving}
        aria-busy={saving || undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setTitle(e.target.value);
          if (error) setError('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && title) {
            e.preventDefault();
            setTitle('');
            setError('');
          }
        }}
        data-testid={`quick-add-${status}`}
      />
      {needsLead(status) && title.trim() ? (
        <UnitSelect
          label={t('add.lead', { status: statusName })}
          units={units}
          value={lead}
          onChange={(id) => {
            setLeadId(id);
            setError('');
          }}
          inputRef={leadInput}
        />
      ) : null}
      <button type="submit" className="visually-hidden" tabIndex={-1}>
        {t('add.label', { status: statusName })}
      </button>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
