import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { PRIORITIES, STATUS_MOVES, type ActionDetail, type ActionStatus, type Priority } from '../../../../shared/actions.js';
import type { InputOf } from '../../../../shared/contract/channels.js';
import type { Person, Unit } from '../../../../shared/domain.js';
import { useCall, useClient } from '../../app/client.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { Select } from '../../components/Field.js';
import { formatDateTime } from '../../components/format.js';
import { useRunResult } from '../../components/run.js';
import { fieldErrorText } from '../../i18n/errorMessage.js';
import { PersonSelect } from '../../search/PersonPicker.js';
import { noteHref } from '../search/links.js';
import { Checklist } from './Checklist.js';
import { DueField } from './DueField.js';
import { FollowUp } from './FollowUp.js';
import { historyLine, orList } from './format.js';
import { programmeBoardHref, sessionBoardHref, unitHref } from './links.js';
import { END_OF_COLUMN } from './model.js';
import { SavedText } from './SavedText.js';
import { UnitSelect } from '../../search/UnitPicker.js';
import { UnitChips } from './UnitChips.js';
import type { BoardMoves } from './useMoves.js';
import './board.css';

const NO_UNITS: Unit[] = [];
const NO_PEOPLE: Person[] = [];

/**
 * A task's detail panel: a modal side panel (focus stays inside; Escape closes; the caller returns
 * focus to where it came from). Every field saves on its own, through action.update and friends,
 * so closing never loses what was saved; the change history below lists every change.
 */
export function ActionPanel({ actionId, moves, onClose }: { actionId: string; moves: BoardMoves; onClose: (reason: 'closed' | 'deleted') => void }) {
  const { t } = useTranslation(['board', 'common']);
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const query = useCall('action.get', { id: actionId });
  const [region, announce] = useAnnouncer();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    heading.current?.focus();
  }, []);

  const close = (reason: 'closed' | 'deleted' = 'closed') => {
    // Leaving a field saves it: blur first, so what was typed last is not lost.
    (document.activeElement as HTMLElement | null)?.blur?.();
    ref.current?.close();
    onClose(reason);
  };

  let body: ReactNode;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  else body = <PanelBody action={query.data} moves={moves} announce={announce} onDeleted={() => close('deleted')} />;

  return (
    <dialog
      ref={ref}
      className="action-panel"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      data-testid="action-panel"
    >
      {region}
      <header className="panel-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('detail.heading')}
        </h2>
        <span className="muted small">{t('detail.closeHint')}</span>
        <button type="button" className="button ghost small panel-close" onClick={() => close()} aria-label={t('detail.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="panel-body">{body}</div>
    </dialog>
  );
}

function PanelBody({ action, moves, announce, onDeleted }: { action: ActionDetail; moves: BoardMoves; announce: (text: string) => void; onDeleted: () => void }) {
  const { t, i18n } = useTranslation(['board', 'common']);
  const locale = i18n.language;
  const run = useRunResult();
  const client = useClient();
  const { t: te } = useTranslation(['common', 'errors']);
  const units = useCall('unit.list', {});
  const people = useCall('person.list', {});
  const unitList = units.data ?? NO_UNITS;

  const update = async (change: Omit<InputOf<'action.update'>, 'id'>, field: string) => {
    const result = await run('action.update', { id: action.id, ...change });
    if (result.ok) announce(t('detail.saved', { field }));
    return result.ok;
  };

  // A text field's error is said under the field (SavedText), not in a toast.
  const saveText = async (change: Omit<InputOf<'action.update'>, 'id'>, field: string): Promise<true | string> => {
    const result = await client.call('action.update', { id: action.id, ...change });
    if (!result.ok) return fieldErrorText(te, result.error);
    announce(t('detail.saved', { field }));
    return true;
  };

  // The same rule, confirmation and Undo as a move on the board.
  const move = async (status: ActionStatus) => {
    if (!(await moves.guard(action, status))) return;
    const result = await run('action.move', { id: action.id, status, position: END_OF_COLUMN });
    if (!result.ok) return;
    moves.moved(action, status);
    announce(t('detail.saved', { field: t('detail.status') }));
  };

  const remove = async () => {
    const deleted = await run('action.delete', { id: action.id });
    if (!deleted.ok) return;
    const title = action.title;
    toast(t('detail.deleted', { title }), {
      duration: 8000,
      action: {
        label: t('common:action.undo'),
        onClick: () => {
          void run('action.restore', { id: action.id }).then((restored) => {
            if (restored.ok) toast.success(t('detail.restored', { title }));
          });
        },
      },
    });
    onDeleted();
  };

  // A closed (accepted) task is reopened in its follow-up section, which asks why.
  const statuses: ActionStatus[] = action.status === 'accepted' ? [action.status] : [action.status, ...STATUS_MOVES[action.status]];
  const history = [...action.history].reverse();

  return (
    <div className="panel-fields">
      <SavedText
        label={t('detail.title')}
        value={action.title}
        required
        className="panel-title-field"
        onSave={(title) => saveText({ title }, t('detail.title'))}
        testId="detail-title"
      />
      <div className="panel-row">
        <Select
          label={t('detail.status')}
          value={action.status}
          options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(status) => void move(status)}
        />
        <Select
          label={t('detail.priority')}
          value={action.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          onChange={(priority: Priority) => void update({ priority }, t('detail.priority'))}
        />
        <p className="field-hint panel-row-hint">
          {t('detail.statusHint', { moves: orList(STATUS_MOVES[action.status].map((s) => t(`status.${s}`)), locale) })}
        </p>
      </div>

      <div className="panel-group">
        <UnitSelect
          label={t('detail.leadUnit')}
          units={unitList}
          value={action.leadUnit?.id ?? null}
          onChange={(leadUnitId) => void update({ leadUnitId }, t('detail.leadUnit'))}
          disabledIds={new Map(action.coUnits.map((u) => [u.id, t('picker.isCo')]))}
        />
        <UnitChips
          label={t('detail.coUnits')}
          addLabel={t('detail.coUnitsAdd')}
          units={unitList}
          value={action.coUnits}
          leadUnitId={action.leadUnit?.id ?? null}
          emptyText={t('detail.coUnitsNone')}
          onChange={(coUnitIds) => void update({ coUnitIds }, t('detail.coUnits'))}
        />
        {action.leadUnit ? (
          <p className="small">
            <Link to={unitHref(action.leadUnit.id, action.programmeId)}>{t('filters.unitView', { unit: action.leadUnit.name })}</Link>
          </p>
        ) : null}
        <PersonSelect
          label={t('detail.owner')}
          people={people.data ?? NO_PEOPLE}
          units={unitList}
          value={action.owner?.id ?? null}
          onChange={(ownerId) => void update({ ownerId }, t('detail.owner'))}
        />
      </div>

      <DueField
        action={action}
        onSaveRule={(dueRule) => update({ dueRule }, t('detail.due'))}
        onSaveDate={(dueDate) => update({ dueDate }, t('detail.due'))}
      />

      <SavedText
        label={t('detail.deliverable')}
        value={action.deliverable}
        multiline
        placeholder={t('detail.deliverablePlaceholder')}
        onSave={(deliverable) => saveText({ deliverable }, t('detail.deliverable'))}
      />

      <Checklist action={action} announce={announce} />

      <FollowUp action={action} moves={moves} announce={announce} />

      <SavedText
        label={t('detail.description')}
        value={action.description}
        multiline
        hint={t('detail.keysMultiline')}
        onSave={(description) => saveText({ description }, t('detail.description'))}
      />

      <Source action={action} />

      <details className="panel-history" data-testid="history">
        <summary>
          {t('detail.history')} <span className="muted">({history.length})</span>
        </summary>
        {history.length === 0 ? (
          <p className="muted">{t('detail.historyEmpty')}</p>
        ) : (
          <ol className="history-list">
            {history.map((entry, index) => (
              <li key={`${entry.at}-${index}`} data-testid="history-entry" data-field={entry.field}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                <span>{historyLine(t, entry, locale)}</span>
              </li>
            ))}
          </ol>
        )}
      </details>

      <div className="panel-footer">
        <button type="button" className="button danger" onClick={() => void remove()}>
          {t('detail.delete')}
        </button>
        <span className="muted small">{t('detail.updated', { time: formatDateTime(action.updatedAt, locale) })}</span>
      </div>
    </div>
  );
}

function Source({ action }: { action: ActionDetail }) {
  const { t } = useTranslation('board');
  const agenda = useCall('agenda.list', { sessionId: action.sessionId ?? '' }, { enabled: Boolean(action.sessionId && action.agendaItemId) });
  const item = action.agendaItemId ? agenda.data?.items.find((i) => i.id === action.agendaItemId) : undefined;
  const note = action.sourceNote;
  return (
    <section className="panel-source" aria-label={t('detail.source')}>
      <h3 className="detail-subheading">{t('detail.source')}</h3>
      <dl className="facts">
        <dt>{t('detail.sourceSession')}</dt>
        <dd>
          {action.sessionId ? (
            <Link to={sessionBoardHref(action.sessionId)}>{action.sessionTitle}</Link>
          ) : (
            <Link to={programmeBoardHref(action.programmeId)}>{t('detail.programmeOnly')}</Link>
          )}
        </dd>
        {item ? (
          <>
            <dt>{t('detail.sourceItem')}</dt>
            <dd>{item.title}</dd>
          </>
        ) : null}
        {note && action.sessionId ? (
          <>
            <dt>{t('detail.sourceNote')}</dt>
            <dd>
              <blockquote className="source-note">{t('detail.sourceNoteBy', { speaker: note.speakerName || '—', text: note.text })}</blockquote>
              <Link to={noteHref(action.sessionId, note.id)} data-testid="source-note-link">
                {t('detail.sourceOpenNote')}
              </Link>
            </dd>
          </>
        ) : null}
        {!note && !action.agendaItemId ? (
          <>
            <dt className="visually-hidden">{t('detail.sourceNote')}</dt>
            <dd className="muted">{t('detail.sourceNone')}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
