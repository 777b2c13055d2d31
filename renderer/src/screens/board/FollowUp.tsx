import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasDeliverable, type ActionDetail, type ActionStatus } from '../../../../shared/actions.js';
import type { Person, Unit } from '../../../../shared/domain.js';
import { localDay } from '../../../../shared/local-day.js';
import { useCall, useClient } from '../../app/client.js';
import { Select, TextArea, TextInput } from '../../components/Field.js';
import { useRunResult } from '../../components/run.js';
import { fieldErrorText } from '../../i18n/errorMessage.js';
import { PersonSelect } from '../../search/PersonPicker.js';
import { UnitSelect } from '../../search/UnitPicker.js';
import { formatDue, joinNames } from './format.js';
import { END_OF_COLUMN } from './model.js';
import { FileList, FilePicker, useAttach } from './TaskFiles.js';
import type { BoardMoves } from './useMoves.js';

const NO_UNITS: Unit[] = [];
const NO_PEOPLE: Person[] = [];

/**
 * Follow-up of a task between meetings (督办, issue 17), in its panel: progress reports (进展),
 * extension requests (延期申请) and closing (办结 = accepted, with the deliverable) or reopening
 * (with a reason). What was typed stays in the form when the core refuses it.
 */
export function FollowUp({ action, moves, announce }: { action: ActionDetail; moves: BoardMoves; announce: (text: string) => void }) {
  return (
    <>
      <ProgressSection action={action} announce={announce} />
      <ExtensionSection action={action} announce={announce} />
      <CloseSection action={action} moves={moves} announce={announce} />
    </>
  );
}

function ProgressSection({ action, announce }: { action: ActionDetail; announce: (text: string) => void }) {
  const { t, i18n } = useTranslation(['board', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const locale = i18n.language;
  const client = useClient();
  const run = useRunResult();
  const units = useCall('unit.list', {});
  const people = useCall('person.list', {});
  const [date, setDate] = useState(() => localDay(new Date()));
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState<string | null>(action.leadUnit?.id ?? null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [picked, setPicked] = useState<File[]>([]);
  const attach = useAttach(announce);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await client.call('action.progressAdd', { actionId: action.id, date, text, reporterUnitId: unitId, reporterPersonId: personId });
    if (!result.ok) {
      setError(fieldErrorText(te, result.error));
      return;
    }
    setError(undefined);
    setText('');
    announce(t('followUp.progressSaved'));
    const files = picked;
    setPicked([]);
    if (files.length > 0) await attach(action.id, 'progress', files, result.value.id);
  };

  // The panel is modal, so a toast outside it cannot be reached: Undo is offered here, in the section.
  const [deleted, setDeleted] = useState<string | null>(null);
  const remove = async (id: string) => {
    const done = await run('action.progressDelete', { id });
    if (!done.ok) return;
    setDeleted(id);
    announce(t('followUp.progressDeleted'));
  };
  const restore = async (id: string) => {
    const restored = await run('trash.restore', { kind: 'action_progress', id });
    if (!restored.ok) return;
    setDeleted(null);
    announce(t('followUp.progressRestored'));
  };

  return (
    <section className="panel-group followup" aria-labelledby={`progress-${action.id}`} data-testid="progress">
      <h3 id={`progress-${action.id}`} className="detail-subheading">
        {t('followUp.progress')} <span className="muted">({action.progress.length})</span>
      </h3>
      {action.progress.length === 0 ? (
        <p className="muted">{t('followUp.progressEmpty')}</p>
      ) : (
        <ol className="followup-list">
          {action.progress.map((p) => {
            const by = [p.reporterUnit?.name, p.reporterPerson?.name].filter((n): n is string => Boolean(n));
            return (
              <li key={p.id} data-testid="progress-entry">
                <time dateTime={p.date}>{formatDue(p.date, locale)}</time>
                <span className="followup-text">{p.text}</span>
                {by.length ? <span className="muted small">{t('followUp.progressBy', { by: joinNames(by, locale) })}</span> : null}
                <FileList files={action.files.filter((f) => f.progressId === p.id)} announce={announce} />
                <button
                  type="button"
                  className="button ghost small"
                  aria-label={t('followUp.progressDelete')}
                  onClick={() => void remove(p.id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {deleted ? (
        <p className="followup-undo" data-testid="progress-undo">
          {t('followUp.progressDeleted')}{' '}
          <button type="button" className="button small" onClick={() => void restore(deleted)}>
            {t('common:action.undo')}
          </button>
        </p>
      ) : null}
      <form className="followup-form" onSubmit={(event) => void submit(event)} aria-label={t('followUp.progressAdd')}>
        <TextInput type="date" label={t('followUp.progressDate')} value={date} required onChange={(e) => setDate(e.target.value)} />
        <TextArea label={t('followUp.progressText')} value={text} required error={error} rows={2} onChange={(e) => setText(e.target.value)} />
        <UnitSelect label={t('followUp.progressUnit')} units={units.data ?? NO_UNITS} value={unitId} onChange={setUnitId} />
        <PersonSelect
          label={t('followUp.progressPerson')}
          people={people.data ?? NO_PEOPLE}
          units={units.data ?? NO_UNITS}
          value={personId}
          onChange={setPersonId}
        />
        <FilePicker label={t('followUp.filesAttach')} onPick={setPicked} testId="progress-files" />
        {picked.length > 0 ? <p className="muted small">{picked.map((f) => f.name).join(', ')}</p> : null}
        <div>
          <button type="submit" className="button">
            {t('followUp.progressSave')}
          </button>
        </div>
      </form>
    </section>
  );
}

const OPEN_FOR_EXTENSION: readonly ActionStatus[] = ['proposed', 'assigned', 'in_progress', 'submitted'];

function ExtensionSection({ action, announce }: { action: ActionDetail; announce: (text: string) => void }) {
  const { t, i18n } = useTranslation(['board', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const locale = i18n.language;
  const client = useClient();
  const run = useRunResult();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const pending = action.extensions.find((e) => e.status === 'requested');
  const canRequest = !pending && action.dueDate !== null && OPEN_FOR_EXTENSION.includes(action.status);

  const request = async (event: FormEvent) => {
    event.preventDefault();
    const result = await client.call('action.extensionRequest', { actionId: action.id, requestedDate: date, reason });
    if (!result.ok) {
      setError(fieldErrorText(te, result.error));
      return;
    }
    setError(undefined);
    setDate('');
    setReason('');
    announce(t('followUp.extensionRequested'));
  };

  const decide = async (id: string, approve: boolean, requestedDate: string) => {
    const result = await run('action.extensionDecide', { id, approve, note });
    if (!result.ok) return;
    setNote('');
    announce(approve ? t('followUp.extensionApproved', { date: formatDue(requestedDate, locale) }) : t('followUp.extensionRefusedDone'));
  };

  return (
    <section className="panel-group followup" aria-labelledby={`extension-${action.id}`} data-testid="extension">
      <h3 id={`extension-${action.id}`} className="detail-subheading">
        {t('followUp.extension')}
      </h3>
      {action.originalDueDate ? (
        <p data-testid="due-dates">
          <span>{t('detail.dueOriginal', { date: formatDue(action.originalDueDate, locale) })}</span>
          {' · '}
          <strong>{t('detail.dueCurrent', { date: action.dueDate ? formatDue(action.dueDate, locale) : '—' })}</strong>
        </p>
      ) : null}
      {action.extensions.length === 0 ? (
        <p className="muted">{t('followUp.extensionEmpty')}</p>
      ) : (
        <ol className="followup-list">
          {action.extensions.map((e) => (
            <li key={e.id} data-testid="extension-entry" data-status={e.status}>
              <span className="followup-text">{t('followUp.extensionLine', { date: formatDue(e.requestedDate, locale), reason: e.reason })}</span>
              <span className="chip">{t(`followUp.extensionStatus.${e.status}`)}</span>
              {e.decisionNote ? <span className="muted small">{e.decisionNote}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {pending ? (
        <div className="followup-form">
          <TextInput label={t('followUp.extensionNote')} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="followup-buttons">
            <button type="button" className="button primary" onClick={() => void decide(pending.id, true, pending.requestedDate)}>
              {t('followUp.extensionApprove')}
            </button>
            <button type="button" className="button" onClick={() => void decide(pending.id, false, pending.requestedDate)}>
              {t('followUp.extensionRefuse')}
            </button>
          </div>
        </div>
      ) : null}
      {canRequest ? (
        <form className="followup-form" onSubmit={(event) => void request(event)} aria-label={t('followUp.extensionRequest')}>
          <TextInput type="date" label={t('followUp.extensionDate')} value={date} required onChange={(e) => setDate(e.target.value)} />
          <TextArea label={t('followUp.extensionReason')} value={reason} required error={error} rows={2} onChange={(e) => setReason(e.target.value)} />
          <div>
            <button type="submit" className="button">
              {t('followUp.extensionRequest')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

const REOPEN_TO: readonly ActionStatus[] = ['submitted', 'in_progress'];

function CloseSection({ action, moves, announce }: { action: ActionDetail; moves: BoardMoves; announce: (text: string) => void }) {
  const { t } = useTranslation(['board', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const client = useClient();
  const run = useRunResult();
  const [reason, setReason] = useState('');
  const [to, setTo] = useState<ActionStatus>('in_progress');
  const [error, setError] = useState<string | undefined>();
  const attach = useAttach(announce);
  const deliverableFiles = (
    <div data-testid="deliverable-files">
      <h4 className="detail-subheading">{t('followUp.filesDeliverable')}</h4>
      <FileList files={action.files.filter((f) => f.role === 'deliverable')} announce={announce} />
      <FilePicker label={t('followUp.filesAttach')} onPick={(files) => void attach(action.id, 'deliverable', files)} testId="deliverable-file-pick" />
    </div>
  );

  if (action.status === 'submitted') {
    const recorded = hasDeliverable(action.deliverable, action.deliverableFiles);
    const close = async () => {
      if (!(await moves.guard(action, 'accepted'))) return;
      const result = await run('action.move', { id: action.id, status: 'accepted', position: END_OF_COLUMN });
      if (!result.ok) return;
      moves.moved(action, 'accepted');
      announce(t('followUp.closed'));
    };
    return (
      <section className="panel-group followup" aria-label={t('followUp.close')} data-testid="close-task">
        <h3 className="detail-subheading">{t('followUp.close')}</h3>
        <p className={recorded ? 'muted small' : 'field-error'} data-testid="close-hint">
          {recorded ? t('followUp.closeHint') : t('followUp.closeNeedsDeliverable')}
        </p>
        {deliverableFiles}
        <div>
          <button type="button" className="button primary" onClick={() => void close()}>
            {t('followUp.closeButton')}
          </button>
        </div>
      </section>
    );
  }
  if (action.status !== 'accepted') return null;

  const reopen = async (event: FormEvent) => {
    event.preventDefault();
    const result = await client.call('action.move', { id: action.id, status: to, position: END_OF_COLUMN, reason });
    if (!result.ok) {
      setError(fieldErrorText(te, result.error));
      return;
    }
    setError(undefined);
    setReason('');
    moves.moved(action, to);
    announce(t('followUp.reopened'));
  };
  return (
    <form className="panel-group followup followup-form" onSubmit={(event) => void reopen(event)} aria-label={t('followUp.reopen')} data-testid="reopen-task">
      {deliverableFiles}
      <h3 className="detail-subheading">{t('followUp.reopen')}</h3>
      <TextArea label={t('followUp.reopenReason')} value={reason} required error={error} rows={2} onChange={(e) => setReason(e.target.value)} />
      <Select label={t('followUp.reopenTo')} value={to} options={REOPEN_TO.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={setTo} />
      <div>
        <button type="submit" className="button">
          {t('followUp.reopenButton')}
        </button>
      </div>
    </form>
  );
}
