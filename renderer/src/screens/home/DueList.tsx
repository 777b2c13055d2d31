import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueItem, DueOverview } from '../../../../shared/due-overview.js';
import { useCall } from '../../app/client.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { formatDue } from '../board/format.js';
import { actionHref } from '../board/links.js';
import './home.css';

const GROUPS = ['overdue', 'thisWeek', 'submitted'] as const satisfies readonly (keyof DueOverview)[];

/** Home's "what is due" (待办), across programmes: each task links to it on its board. */
export function DueList() {
  const { t, i18n } = useTranslation('home');
  const due = useCall('home.due', {});
  if (due.isPending) return null;
  if (due.isError) return <ErrorNotice error={due.error} onRetry={() => void due.refetch()} />;
  const total = GROUPS.reduce((n, g) => n + due.data[g].length, 0);
  const item = (task: DueItem) => (
    <li key={task.id} className={`due-item due-row-${task.due}`}>
      <Link to={actionHref(task)}>{task.title}</Link>
      <span className="muted small">
        {t('due.item', { programme: task.programmeTitle, unit: task.leadUnitName ?? t('due.noUnit') })}
        {task.dueDate ? ` · ${t('due.dueOn', { date: formatDue(task.dueDate, i18n.language) })}` : ''}
      </span>
    </li>
  );
  return (
    <section className="due-overview" aria-labelledby="due-overview-heading" data-testid="due-overview">
      <h2 id="due-overview-heading">{t('due.heading')}</h2>
      <p className="muted small">{t('due.intro')}</p>
      {total === 0 ? (
        <p className="muted">{t('due.empty')}</p>
      ) : (
        <div className="due-groups">
          {GROUPS.map((group) => (
            <section key={group} className={`due-group due-group-${group}`} data-testid={`due-${group}`} aria-labelledby={`due-${group}-heading`}>
              <h3 id={`due-${group}-heading`}>
                {t(`due.${group}`)} <span className="unit-count">{t('due.count', { count: due.data[group].length })}</span>
              </h3>
              {due.data[group].length === 0 ? <p className="muted small">{t('due.groupEmpty')}</p> : <ul>{due.data[group].map(item)}</ul>}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
