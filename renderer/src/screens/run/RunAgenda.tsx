import { useTranslation } from 'react-i18next';
import { useCall } from '../../app/client.js';
import { presenterOf } from '../agenda/ItemCard.js';
import { clockOf } from './time.js';

/** The agenda while it runs: status, planned and actual times of each item, and a Start button for the others. */
export function RunAgenda({ sessionId, live, currentItemId, onStart }: { sessionId: string; live: boolean; currentItemId: string | null; onStart: (itemId: string) => void }) {
  const { t } = useTranslation(['run', 'agenda']);
  const agenda = useCall('agenda.list', { sessionId });
  const items = agenda.data?.items ?? [];
  return (
    <section className="card run-agenda" aria-labelledby="run-agenda-heading">
      <h2 id="run-agenda-heading">{t('agenda.heading')}</h2>
      {items.length === 0 ? <p className="muted">{t('agenda:empty.title')}</p> : null}
      <ol className="run-agenda-list">
        {items.map((item) => {
          const current = item.id === currentItemId;
          const done = item.speakers.filter((s) => s.status === 'done').length;
          const presenter = presenterOf(item);
          return (
            <li key={item.id} className={`run-agenda-item status-${item.status}${current ? ' current' : ''}`} data-testid="run-agenda-item" aria-current={current ? 'step' : undefined}>
              <span className={`status-dot status-dot-${item.status}`} aria-hidden="true" />
              <div className="run-agenda-main">
                <p className="run-agenda-title">{item.title}</p>
                <p className="run-agenda-times">
                  <span>
                    {t('agenda.planned')} {item.plannedStart && item.plannedEnd ? `${item.plannedStart}–${item.plannedEnd}` : t('agenda:minutes', { count: item.plannedMinutes })}
                  </span>
                  {item.actualStart ? (
                    <span data-testid="actual-times">
                      {t('agenda.actual')} {clockOf(item.actualStart)}–{item.actualEnd ? clockOf(item.actualEnd) : ''}
                    </span>
                  ) : null}
                </p>
                <p className="run-agenda-meta">
                  <span className="visually-hidden">{t(`agenda:status.${item.status}`)}</span>
                  {presenter ? <span>{presenter}</span> : null}
                  {item.speakers.length ? <span>{t('agenda.speakers', { done, count: item.speakers.length })}</span> : null}
                </p>
              </div>
              {current ? (
                <span className="badge badge-live">{t('actions.current')}</span>
              ) : item.status === 'pending' ? (
                <button type="button" className="button small" disabled={!live} aria-label={t('actions.startItemOf', { title: item.title })} onClick={() => onStart(item.id)}>
                  {t('actions.startItem')}
                </button>
              ) : item.speakers.some((s) => s.status === 'waiting') ? (
                // Ended with people still waiting (the morning sitting closed mid-round): it can go on.
                <button type="button" className="button small" disabled={!live} aria-label={t('actions.continueItemOf', { title: item.title })} onClick={() => onStart(item.id)}>
                  {t('actions.continueItem')}
                </button>
              ) : (
                <span className="badge badge-closed">{t(`agenda:status.${item.status}`)}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
