import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import { PERSON_CATEGORIES, type ProgrammeDetail } from '../../../../shared/domain.js';
import { DISPOSITIONS, type Disposition, type Opinion, type OpinionsView, type Plan } from '../../../../shared/notes.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { Select } from '../../components/Field.js';
import { formatDateTime } from '../../components/format.js';
import { keyFor } from '../../components/shortcuts.js';
import { noteHref } from '../search/links.js';
import { DispositionForm } from './DispositionForm.js';
import { useOpinionFilters, type OpinionFilters } from './filters.js';
import { PlansPanel } from './PlansPanel.js';
import './opinions.css';

/** The counts over the whole programme, one toggle each: pressing one filters the table to it. */
function CountsBar({ view, current, onPick }: { view: OpinionsView; current: Disposition | undefined; onPick: (d: Disposition | '') => void }) {
  const { t } = useTranslation('opinions');
  return (
    <div className="opinion-counts" role="group" aria-label={t('counts.label')}>
      <button
        type="button"
        className="opinion-count"
        aria-pressed={current === undefined}
        aria-label={`${t('counts.all')} ${view.total}`}
        onClick={() => onPick('')}
      >
        <span className="opinion-count-label">{t('counts.all')}</span>{' '}
        <span className="opinion-count-number">{view.total}</span>
      </button>
      {DISPOSITIONS.map((d) => (
        <button
          key={d}
          type="button"
          className="opinion-count"
          data-disposition={d}
          aria-pressed={current === d}
          aria-label={`${t(`disposition.${d}`)} ${view.counts[d]}`}
          onClick={() => onPick(current === d ? '' : d)}
        >
          <span className="opinion-count-label">{t(`disposition.${d}`)}</span>{' '}
          <span className="opinion-count-number">{view.counts[d]}</span>
        </button>
      ))}
    </div>
  );
}

function FiltersBar({
  filters,
  setFilter,
  clear,
  active,
  plans,
  detail,
}: ReturnType<typeof useOpinionFilters> & { plans: readonly Plan[]; detail: ProgrammeDetail }) {
  const { t } = useTranslation(['opinions', 'common']);
  const any = { value: '' as const, label: t('filters.any') };
  const sessions = detail.stages.flatMap((stage) => stage.sessions);
  return (
    <div className="opinion-filters" role="group" aria-label={t('filters.label')}>
      <label className="opinion-pending-only">
        <input
          type="checkbox"
          checked={filters.disposition === 'pending'}
          onChange={(e) => setFilter('disposition', e.target.checked ? 'pending' : '')}
        />
        <span>{t('filters.pendingOnly')}</span>
      </label>
      <Select
        label={t('filters.disposition')}
        value={filters.disposition ?? ''}
        options={[any, ...DISPOSITIONS.map((d) => ({ value: d, label: t(`disposition.${d}`) }))]}
        onChange={(value) => setFilter('disposition', value)}
      />
      <Select
        label={t('filters.plan')}
        value={filters.planId ?? ''}
        options={[any, ...plans.map((p) => ({ value: p.id, label: p.title }))]}
        onChange={(value) => setFilter('planId', value)}
      />
      <Select
        label={t('filters.speakerCategory')}
        value={filters.speakerCategory ?? ''}
        options={[any, ...PERSON_CATEGORIES.map((c) => ({ value: c, label: t(`common:personCategory.${c}`) }))]}
        onChange={(value) => setFilter('speakerCategory', value)}
      />
      <Select
        label={t('filters.session')}
        value={filters.sessionId ?? ''}
        options={[any, ...sessions.map((s) => ({ value: s.id, label: s.title }))]}
        onChange={(value) => setFilter('sessionId', value)}
      />
      {active ? (
        <button type="button" className="button ghost small opinion-clear" onClick={clear}>
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}

function Speaker({ opinion }: { opinion: Opinion }) {
  const { t } = useTranslation(['opinions', 'common']);
  const { speaker } = opinion;
  return (
    <p className="opinion-speaker">
      <span className="opinion-speaker-name">{opinion.speakerName || '—'}</span>
      {speaker?.unitName ? <span className="muted">{speaker.unitName}</span> : null}
      {speaker?.position && !speaker.unitName ? <span className="muted">{speaker.position}</span> : null}
      {opinion.speakerCategory ? (
        <span className="badge badge-neutral" data-category={opinion.speakerCategory}>
          {t(`common:personCategory.${opinion.speakerCategory}`)}
        </span>
      ) : null}
    </p>
  );
}

function Status({ opinion }: { opinion: Opinion }) {
  const { t } = useTranslation('opinions');
  const disposition = opinion.disposition ?? 'pending';
  return (
    <div className="opinion-status">
      <span className="badge disposition-badge" data-disposition={disposition}>
        {t(`disposition.${disposition}`)}
      </span>
      {opinion.planTitle ? <p className="opinion-plan">{t('table.plan', { plan: opinion.planTitle })}</p> : null}
      {!opinion.planTitle && opinion.planId && disposition === 'to_incorporate' ? <p className="field-error">{t('table.planGone')}</p> : null}
      {opinion.dispositionReason ? <p className="opinion-reason">{t('table.reason', { reason: opinion.dispositionReason })}</p> : null}
    </div>
  );
}

/** The start of an opinion, to tell apart one speaker's several opinions by ear. */
function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}

/** Focus after a save: back on the row's button, or (when the filter now hides the row) on the table's heading. */
function focusRow(noteId: string, fallback: HTMLElement | null) {
  const button = document.querySelector<HTMLButtonElement>(`[data-opinion-id="${CSS.escape(noteId)}"] .opinion-set`);
  (button ?? fallback)?.focus();
}

function OpinionsTable({ opinions, plans, total, headingRef }: { opinions: Opinion[]; plans: readonly Plan[]; total: number; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const { t, i18n } = useTranslation(['opinions', 'capture', 'common']);
  const [editing, setEditing] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  // After the list re-renders with the saved disposition (the change event refetches it).
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || editing) return;
    pendingFocus.current = null;
    focusRow(target, headingRef.current);
  }, [opinions, editing, headingRef]);

  const close = (noteId: string) => {
    pendingFocus.current = noteId;
    setEditing(null);
  };

  return (
    <div className="card table-wrap opinions-table-wrap">
      <table className="table opinions-table">
        <caption className="visually-hidden">
          {t('table.caption')} · {t('table.showing', { count: opinions.length, total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.opinion')}</th>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {opinions.map((opinion) => {
            const open = editing === opinion.id;
            const formId = `disposition-form-${opinion.id}`;
            return (
              <Fragment key={opinion.id}>
                <tr className={open ? 'opinion-row editing' : 'opinion-row'} data-opinion-id={opinion.id}>
                  <td className="opinion-main">
                    <p className="opinion-text">
                      {opinion.important ? (
                        <span className="opinion-important" title={t('table.important')}>
                          <span aria-hidden="true">★</span>
                          <span className="visually-hidden">{t('table.important')}</span>
                        </span>
                      ) : null}
                      {opinion.text}
                    </p>
                    <div className="opinion-meta">
                      <span className="badge badge-neutral opinion-category">{t(`capture:category.${opinion.category}`)}</span>
                      <Speaker opinion={opinion} />
                    </div>
                  </td>
                  <td className="opinion-source">
                    <Link to={`/sessions/${encodeURIComponent(opinion.sessionId)}`}>{opinion.sessionTitle}</Link>
                    <p className="muted">
                      <time dateTime={opinion.capturedAt}>{formatDateTime(opinion.capturedAt, i18n.language)}</time>
                    </p>
                    <Link className="opinion-open-note" to={noteHref(opinion.sessionId, opinion.id)}>
                      {t('table.openNote')}
                    </Link>
                  </td>
                  <td className="opinion-status-cell">
                    <Status opinion={opinion} />
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button small opinion-set"
                      aria-label={t('setFor', { speaker: opinion.speakerName || '—', excerpt: excerpt(opinion.text) })}
                      aria-expanded={open}
                      aria-controls={open ? formId : undefined}
                      onClick={() => (open ? close(opinion.id) : setEditing(opinion.id))}
                    >
                      {t('set')}
                    </button>
                  </td>
                </tr>
                {open ? (
                  <tr className="disposition-form-row" id={formId}>
                    <td colSpan={4}>
                      <DispositionForm
                        opinion={opinion}
                        plans={plans}
                        onCancel={() => close(opinion.id)}
                        onDone={(disposition) => {
                          toast.success(t('saved', { speaker: opinion.speakerName || '—', disposition: t(`disposition.${disposition}`) }));
                          close(opinion.id);
                        }}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function OpinionsScreen() {
  const { programmeId = '' } = useParams();
  const { t } = useTranslation(['opinions', 'common', 'capture']);
  const filterState = useOpinionFilters();
  const { filters, setFilter, clear, active } = filterState;
  const input: OpinionFilters & { programmeId: string } = { programmeId, ...filters };
  const detail = useCall('programme.get', { id: programmeId });
  const plans = useCall('plan.list', { programmeId });
  const view = useCall('opinion.list', input);
  const tableHeading = useRef<HTMLHeadingElement>(null);

  const crumbs = (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/">{t('common:nav.home')}</Link>
        </li>
        {detail.data ? (
          <li>
            <Link to={`/programmes/${encodeURIComponent(programmeId)}`}>{detail.data.programme.title}</Link>
          </li>
        ) : null}
        <li aria-current="page">{t('title')}</li>
      </ol>
    </nav>
  );

  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    return (
      <div className="screen">
        {crumbs}
        <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
      </div>
    );
  }

  const planList = plans.data ?? [];
  return (
    <div className="screen opinions-screen">
      {crumbs}
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
        </div>
      </div>
      {plans.isError ? <ErrorNotice error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      <PlansPanel
        programmeId={programmeId}
        plans={planList}
        selectedPlanId={filters.planId}
        onShowPlan={(planId) => setFilter('planId', filters.planId === planId ? '' : planId)}
      />
      <section className="opinions-section" aria-labelledby="opinions-heading">
        <h2 id="opinions-heading" ref={tableHeading} tabIndex={-1}>
          {t('table.caption')}
        </h2>
        {view.isError ? <ErrorNotice error={view.error} onRetry={() => void view.refetch()} /> : null}
        {view.isPending ? <Loading /> : null}
        {view.data ? (
          <>
            <CountsBar view={view.data} current={filters.disposition} onPick={(d) => setFilter('disposition', d)} />
            <FiltersBar {...filterState} plans={planList} detail={detail.data} />
            <p className="muted opinion-summary" role="status">
              {t('table.showing', { count: view.data.opinions.length, total: view.data.total })}
            </p>
            {view.data.total === 0 ? (
              <EmptyState
                title={t('empty.title')}
                hint={t('empty.hint', { button: t('capture:list.markOpinion'), listKey: keyFor('notes', 'opinion'), captureKey: keyFor('capture', 'saveAsOpinion') })}
                headingLevel={3}
              />
            ) : view.data.opinions.length === 0 ? (
              <EmptyState title={t('noMatch.title')} hint={t('noMatch.hint')} headingLevel={3}>
                {active ? (
                  <button type="button" className="button" onClick={clear}>
                    {t('filters.clear')}
                  </button>
                ) : null}
              </EmptyState>
            ) : (
              <OpinionsTable opinions={view.data.opinions} plans={planList} total={view.data.total} headingRef={tableHeading} />
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
