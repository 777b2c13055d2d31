import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../export/ExportMenu.js';
import { FollowupExport } from '../export/FollowupExport.js';
import { Link, useParams } from 'react-router';
import type { ProgrammeDetail } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { useTrashAskingFirst } from '../../components/trash-in-use.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { InlineEdit } from '../../components/InlineEdit.js';
import { useSubmit } from '../../components/form.js';
import { NewStageForm } from './NewStageForm.js';
import { StageCard, type MoveFocus } from './StageCard.js';

/** Where focus goes once the list has re-rendered after a move, an add or a delete. */
type PendingFocus = { stageId: string; focus: MoveFocus } | { heading: true } | null;

function focusStage(stageId: string, focus: MoveFocus) {
  const card = document.querySelector<HTMLElement>(`[data-stage-id="${CSS.escape(stageId)}"]`);
  if (!card) return;
  const button = focus === 'card' ? null : card.querySelector<HTMLButtonElement>(`[data-move="${focus}"]`);
  (button && !button.disabled ? button : card).focus();
}

function Stages({ detail, refetch }: { detail: ProgrammeDetail; refetch: () => Promise<ProgrammeDetail | undefined> }) {
  const { t } = useTranslation(['programme', 'common']);
  const run = useRun();
  const [inUseDialog, trash] = useTrashAskingFirst();
  const [region, announce] = useAnnouncer();
  const hintId = useId();
  const stagesHeading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [adding, setAdding] = useState(false);
  const pending = useRef<PendingFocus>(null);
  const { stages } = detail;

  const applyPending = useCallback(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    if ('heading' in target) stagesHeading.current?.focus();
    else focusStage(target.stageId, target.focus);
  }, []);

  // Focus moves once the list shows the change. A change event can refetch before our own call
  // returns: then the list on screen is already the new one, nothing re-renders, and focus moves now.
  const shown = useRef(detail);
  useEffect(() => {
    shown.current = detail;
    applyPending();
  }, [detail, applyPending]);
  const focusAfterRefetch = async (target: PendingFocus) => {
    pending.current = target;
    const fresh = await refetch();
    if (fresh === shown.current) applyPending();
  };

  const move = async (index: number, delta: -1 | 1, focus: MoveFocus) => {
    const stage = stages[index];
    const position = index + delta;
    if (!stage || position < 0 || position >= stages.length) return;
    const moved = await run('stage.move', { id: stage.id, position });
    if (moved === null) return;
    await focusAfterRefetch({ stageId: stage.id, focus });
    announce(t('stages.moved', { title: stage.title, position: position + 1, count: stages.length }));
  };

  const remove = async (index: number) => {
    const stage = stages[index];
    if (!stage) return;
    if (await trash('stage', stage.id, stage.title)) {
      await focusAfterRefetch({ heading: true });
    }
  };

  const showForm = adding || stages.length === 0;
  return (
    <section className="stages" aria-labelledby="stages-heading">
      {region}
      {inUseDialog}
      <div className="section-header">
        <h2 id="stages-heading" ref={stagesHeading} tabIndex={-1}>
          {t('stages.heading')}
        </h2>
        {stages.length > 1 ? (
          <p id={hintId} className="field-hint">
            {t('stages.keyboardHint')}
          </p>
        ) : (
          <span id={hintId} hidden>
            {t('stages.keyboardHint')}
          </span>
        )}
      </div>
      {stages.length === 0 ? <p className="muted">{t('stages.empty')}</p> : null}
      {stages.length > 0 ? (
        <ol className="stage-list" aria-label={t('stages.listLabel')}>
          {stages.map((stage, index) => (
            <StageCard
              key={stage.id}
              stage={stage}
              index={index}
              count={stages.length}
              hintId={hintId}
              onMove={(delta, focus) => void move(index, delta, focus)}
              onDelete={() => void remove(index)}
            />
          ))}
        </ol>
      ) : null}
      {showForm ? (
        <NewStageForm
          programmeId={detail.programme.id}
          onCreated={(stage) => {
            setAdding(false);
            void focusAfterRefetch({ stageId: stage.id, focus: 'card' });
          }}
          onCancel={
            stages.length > 0
              ? () => {
                  setAdding(false);
                  window.setTimeout(() => addButton.current?.focus(), 0);
                }
              : undefined
          }
        />
      ) : (
        <button ref={addButton} type="button" className="button" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+ </span>
          {t('stageForm.open')}
        </button>
      )}
    </section>
  );
}

export function ProgrammeScreen() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation(['programme', 'common', 'home']);
  const submit = useSubmit();
  const query = useCall('programme.get', { id: programmeId });

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <div className="screen">
        <nav aria-label={t('breadcrumb')} className="breadcrumb">
          <Link to="/">{t('common:nav.home')}</Link>
        </nav>
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  const detail = query.data;
  const { programme } = detail;
  return (
    <div className="screen">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t('common:nav.home')}</Link>
          </li>
          <li aria-current="page">{programme.title}</li>
        </ol>
      </nav>
      <header className="programme-header">
        <InlineEdit
          label={t('field.title')}
          value={programme.title}
          field="title"
          required
          renderValue={(value) => <h1>{value}</h1>}
          onSave={(title) => submit('programme.update', { id: programme.id, title })}
        />
        <InlineEdit
          label={t('field.description')}
          multiline
          value={programme.description}
          emptyText={t('placeholder.description')}
          field="description"
          className="programme-description"
          onSave={(description) => submit('programme.update', { id: programme.id, description })}
        />
        <p className="meta">
          <span>{t('localeLine', { language: t(`common:language.${programme.locale}`) })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('home:stageCount', { count: detail.stages.length })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('home:sessionCount', { count: detail.stages.reduce((n, s) => n + s.sessions.length, 0) })}</span>
        </p>
        <nav className="button-row programme-links" aria-label={t('common:programmeLinks.label')}>
          <Link className="button" to={`/programmes/${programme.id}/board`}>
            {t('common:programmeLinks.board')}
          </Link>
          <Link className="button" to={`/programmes/${programme.id}/opinions`}>
            {t('common:programmeLinks.opinions')}
          </Link>
          <ExportMenu programmeId={programme.id} align="start" />
        </nav>
        <FollowupExport programmeId={programme.id} />
      </header>
      <Stages detail={detail} refetch={async () => (await query.refetch()).data} />
    </div>
  );
}
