import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ActionItem } from '../../../../shared/actions.js';
import { id as idField } from '../../../../shared/contract/fields.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { dueWords, formatDue, joinNames, unitShort } from '../board/format.js';
import { actionHref, programmeBoardHref } from '../board/links.js';
import { UnitSheetFiles } from './UnitSheetFiles.js';
import './units.css';

/** Open tasks first by due date (none last), then closed ones; the reader sees what is pressing. */
function byUrgency(a: ActionItem, b: ActionItem): number {
  const closed = (x: ActionItem) => (x.status === 'accepted' || x.status === 'cancelled' ? 1 : 0);
  return closed(a) - closed(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title);
}

/**
 * `/units/:unitId?programme=<id>`: everything one unit owes across a programme, as lead and as
 * co-operating unit, with due states in words. Prints on A4 without the navigation.
 */
export function UnitScreen() {
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const raw = params.get('programme');
  const programmeId = raw && idField.safeParse(raw).success ? raw : undefined;
  const { t } = useTranslation(['board', 'common']);
  const query = useCall('action.forUnit', { unitId, ...(programmeId ? { programmeId } : {}) });
  const programme = useCall('programme.get', { id: programmeId ?? '' }, { enabled: Boolean(programmeId) });

  useEffect(() => {
    document.documentElement.classList.add('unit-print-page');
    return () => document.documentElement.classList.remove('unit-print-page');
  }, []);
  const unitName = query.data?.unit.name;
  useEffect(() => {
    if (unitName) document.title = t('unit.title', { unit: unitName });
    return () => {
      document.title = t('common:app.name');
    };
  }, [unitName, t]);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const { unit, lead, cooperating } = query.data;
  const all = [...lead, ...cooperating];
  const overdue = all.filter((a) => a.due === 'overdue').length;
  const soon = all.filter((a) => a.due === 'soon').length;

  return (
    <div className="screen unit-view">
      <div className="unit-toolbar no-print">
        {programmeId ? (
          <Link className="button" to={programmeBoardHref(programmeId)}>
            {t('unit.back')}
          </Link>
        ) : null}
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('unit.print')}
        </button>
        <span className="muted small">{t('unit.printHint')}</span>
        {programmeId ? <UnitSheetFiles programmeId={programmeId} unitId={unitId} /> : null}
      </div>
      <article className="unit-document" data-testid="unit-view">
        <header className="unit-head">
          <p className="unit-programme">{programme.data ? t('unit.programme', { programme: programme.data.programme.title }) : programmeId ? '' : t('unit.allProgrammes')}</p>
          <h1>
            {unit.name}
            <span className="unit-heading-suffix"> · {t('unit.heading')}</span>
          </h1>
          <p className="unit-summary">
            <span>{t('unit.summary', { lead: lead.length, co: cooperating.length })}</span>
            {overdue ? <strong className="due-text due-overdue">{t('unit.overdue', { count: overdue })}</strong> : null}
            {soon ? <strong className="due-text due-soon">{t('unit.soon', { count: soon })}</strong> : null}
          </p>
        </header>
        {all.length === 0 ? (
          <EmptyState title={t('unit.empty')} hint={t('unit.emptyHint')} />
        ) : (
          <>
            <UnitTable heading={t('unit.lead')} empty={t('unit.leadEmpty')} actions={lead} other="co" testId="unit-lead" />
            <UnitTable heading={t('unit.co')} empty={t('unit.coEmpty')} actions={cooperating} other="lead" testId="unit-co" />
          </>
        )}
      </article>
    </div>
  );
}

function UnitTable({
  heading,
  empty,
  actions,
  other,
  testId,
}: {
  heading: string;
  empty: string;
  actions: ActionItem[];
  /** Which other units to show: the co-operating ones (for the lead's list) or the lead (for the co-operator's). */
  other: 'co' | 'lead';
  testId: string;
}) {
  const { t, i18n } = useTranslation('board');
  const locale = i18n.language;
  const rows = [...actions].sort(byUrgency);
  return (
    <section className="unit-section" data-testid={testId}>
      <h2>
        {heading} <span className="unit-count">{actions.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="unit-table">
          <thead>
            <tr>
              <th scope="col" className="col-number">
                {t('unit.col.number')}
              </th>
              <th scope="col">{t('unit.col.task')}</th>
              <th scope="col" className="col-units">
                {other === 'co' ? t('unit.col.co') : t('unit.col.lead')}
              </th>
              <th scope="col" className="col-owner">
                {t('unit.col.owner')}
              </th>
              <th scope="col" className="col-due">
                {t('unit.col.due')}
              </th>
              <th scope="col" className="col-status">
                {t('unit.col.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((action, index) => {
              const words = dueWords(t, action);
              const done = action.checklist.filter((c) => c.done).length;
              return (
                <tr key={action.id} className={`due-row-${action.due}`} data-testid="unit-row">
                  <td className="col-number">{index + 1}</td>
                  <td>
                    <Link to={actionHref(action)} className="unit-task-title">
                      {action.title}
                    </Link>
                    {action.deliverable ? <span className="unit-deliverable">{action.deliverable}</span> : null}
                    {action.checklist.length > 0 ? (
                      <ul className="unit-checklist" aria-label={t('card.checklist', { done, total: action.checklist.length })}>
                        {action.checklist.map((c) => (
                          <li key={c.id} className={c.done ? 'done' : ''}>
                            <span aria-hidden="true">{c.done ? '☑' : '☐'} </span>
                            {c.text}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {action.sessionTitle ? <span className="unit-source">{action.sessionTitle}</span> : null}
                  </td>
                  <td className="col-units">
                    {other === 'co'
                      ? joinNames(action.coUnits.map(unitShort), locale) || '—'
                      : action.leadUnit
                        ? unitShort(action.leadUnit)
                        : t('card.noLead')}
                  </td>
                  <td className="col-owner">{action.owner?.name ?? '—'}</td>
                  <td className="col-due">
                    {action.dueDate ? (
                      <>
                        <span className="unit-due-date">{formatDue(action.dueDate, locale)}</span>
                        {action.dueRule ? <span className="unit-due-rule">{action.dueRule}</span> : null}
                        {words ? <strong className={`due-text due-${action.due}`}>{words}</strong> : null}
                      </>
                    ) : (
                      <span className="muted">{t('due.none')}</span>
                    )}
                  </td>
                  <td className="col-status">{t(`status.${action.status}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
