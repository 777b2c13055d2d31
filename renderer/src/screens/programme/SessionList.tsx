import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSummary } from '../../../../shared/domain.js';
import { formatSitting } from '../../components/format.js';

/** The sessions of one stage: what, how, where, when, how many; each opens the session. */
export function SessionList({ stageTitle, sessions }: { stageTitle: string; sessions: SessionSummary[] }) {
  const { t, i18n } = useTranslation(['programme', 'common']);
  if (sessions.length === 0) return <p className="muted session-empty">{t('sessions.empty')}</p>;
  return (
    <ul className="session-list" aria-label={t('sessions.listLabel', { stage: stageTitle })}>
      {sessions.map((session) => (
        <li key={session.id} className="session-item">
          <div className="session-item-head">
            <Link className="session-title" to={`/sessions/${session.id}`}>
              {session.title}
            </Link>
            <span className={`badge badge-${session.status}`}>{t(`common:sessionStatus.${session.status}`)}</span>
          </div>
          {session.theme ? <p className="session-theme">{session.theme}</p> : null}
          <p className="meta">
            <span className="badge badge-neutral">{t(`common:sessionMode.${session.mode}`)}</span>
            <span>
              <span className="visually-hidden">{t('sessions.venue')}: </span>
              {session.venue || t('sessions.noVenue')}
            </span>
            <span>{t('sessions.participants', { count: session.participantCount })}</span>
          </p>
          {session.sittings.length > 0 ? (
            <ul className="sitting-list" aria-label={t('sessions.time')}>
              {session.sittings.map((sitting) => (
                <li key={sitting.id}>
                  <time dateTime={`${sitting.date}T${sitting.startTime}`}>{formatSitting(sitting, i18n.language)}</time>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta muted">{t('sessions.noSittings')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
