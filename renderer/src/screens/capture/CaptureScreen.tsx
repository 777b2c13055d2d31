import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CallError } from '../../../../shared/contract/client.js';
import { useCall } from '../../app/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { NotesList } from '../notes/NotesList.js';
import { CapturePanel } from './CapturePanel.js';

/**
 * `/sessions/:sessionId/capture`: the capture panel beside the notes list. The Run view mounts the
 * same two components; this route is where they live on their own.
 */
export function CaptureScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['capture', 'common', 'session']);
  const detail = useCall('session.get', { id: sessionId });
  const title = detail.data?.session.title;

  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${t('screen.heading')} · ${title} · ${t('common:app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    if (detail.error instanceof CallError && detail.error.payload.code === 'not_found') {
      return (
        <EmptyState title={t('session:notFound')}>
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
    <div className="capture-screen">
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
          <h1>
            {t('screen.heading')} · {session.title}
          </h1>
        </div>
        <Link className="button" to={`/sessions/${session.id}`}>
          {t('screen.back')}
        </Link>
      </header>
      <div className="capture-screen-grid">
        <CapturePanel sessionId={session.id} />
        <NotesList sessionId={session.id} />
      </div>
    </div>
  );
}
