import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CallError } from '../../../../shared/contract/client.js';
import type { Person, SessionDetail, Unit } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { DetailsSection } from './DetailsSection.js';
import { ParticipantsSection } from './ParticipantsSection.js';
import { SittingsSection } from './SittingsSection.js';
import './session.css';
import { OpenRoomButton } from '../room/OpenRoomButton.js';

const NO_PEOPLE: Person[] = [];
const NO_UNITS: Unit[] = [];

/**
 * One seminar, prepared: its details, its sittings, and who attends in what role and whether they
 * came. Everything edits in place; every removal can be undone from the toast.
 */
export function SessionScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['session', 'common']);
  const detail = useCall('session.get', { id: sessionId });
  const people = useCall('person.list', {});
  const units = useCall('unit.list', {});
  const title = detail.data?.session.title;

  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${title} · ${t('common:app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  if (detail.isPending) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (detail.isError) {
    if (detail.error instanceof CallError && detail.error.payload.code === 'not_found') {
      return (
        <EmptyState title={t('notFound')}>
          <Link className="button" to="/">
            {t('backHome')}
          </Link>
        </EmptyState>
      );
    }
    return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const data = detail.data;
  const directory = people.data ?? NO_PEOPLE;
  const unitList = units.data ?? NO_UNITS;
  return (
    <article className="screen session-screen" aria-labelledby="session-title">
      <SessionHeader detail={data} />
      <DetailsSection key={data.session.id} session={data.session} people={directory} units={unitList} />
      <SittingsSection sessionId={data.session.id} sittings={data.sittings} />
      <ParticipantsSection
        sessionId={data.session.id}
        participants={data.participants}
        people={directory}
        units={unitList}
        directoryLoading={people.isPending || units.isPending}
        directoryError={people.error ?? units.error}
        onRetryDirectory={() => {
          void people.refetch();
          void units.refetch();
        }}
      />
    </article>
  );
}

function SessionHeader({ detail }: { detail: SessionDetail }) {
  const { t } = useTranslation(['session', 'common']);
  const { session, stage, programme, sittings, participants } = detail;
  return (
    <header className="session-header">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={`/programmes/${programme.id}`} title={t('backToProgramme', { title: programme.title })}>
              {programme.title}
            </Link>
          </li>
          <li>{t('stage', { title: stage.title })}</li>
        </ol>
      </nav>
      <h1 id="session-title">{session.title}</h1>
      <p className="meta session-meta">
        <span className={`badge badge-${session.status}`}>{t(`common:sessionStatus.${session.status}`)}</span>
        <span>{t(`common:sessionMode.${session.mode}`)}</span>
        {session.venue ? <span>{session.venue}</span> : null}
        <span>{sittings.length ? t('sittingCount', { count: sittings.length }) : t('noSittings')}</span>
        <span>{t('participantCount', { count: participants.length })}</span>
      </p>
      {session.theme ? <p className="lead session-header-theme">{session.theme}</p> : null}
      <div className="button-row">
        <ExportMenu sessionId={session.id} align="start" />
        <OpenRoomButton sessionId={session.id} />
      </div>
    </header>
  );
}
