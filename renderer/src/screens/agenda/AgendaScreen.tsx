import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CallError } from '../../../../shared/contract/client.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { AgendaEditor } from './AgendaEditor.js';

/** `/sessions/:sessionId/agenda`: the agenda editor on its own, with the way back and on to running it. */
export function AgendaScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['agenda', 'common', 'session']);
  const detail = useCall('session.get', { id: sessionId });
  const title = detail.data?.session.title;

  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${t('heading')} · ${title} · ${t('common:app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    if (detail.error instanceof CallError && detail.error.payload.code === 'not_found') {
      return (
        <EmptyState title={t('notFound')}>
          <Link className="button" to="/">
            {t('common:nav.home')}
          </Link>
        </EmptyState>
      );
    }
    return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const { session, programme } = detail.data;
  return (
    <div className="screen agenda-screen">
      <header className="page-header">
        <div>
          <nav aria-label={t('session:breadcrumb')} className="breadcrumb">
            <ol>
              <li>
                <Link to={`/programmes/${programme.id}`}>{programme.title}</Link>
              </li>
              <li>
                <Link to={`/sessions/${session.id}`}>{session.title}</Link>
              </li>
            </ol>
          </nav>
          <h1>{session.title}</h1>
        </div>
        <div className="button-row">
          <Link className="button" to={`/sessions/${session.id}`}>
            {t('backToSession')}
          </Link>
          <Link className="button primary" to={`/sessions/${session.id}/run`}>
            {t('run')}
          </Link>
        </div>
      </header>
      <AgendaEditor sessionId={session.id} />
    </div>
  );
}
