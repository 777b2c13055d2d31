import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCall } from '../../app/client.js';
import { SessionBreadcrumb, sessionQueryState, useDocumentTitle } from '../../components/SessionPage.js';
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
  useDocumentTitle([t('screen.heading'), detail.data?.session.title]);

  const state = sessionQueryState(detail);
  if (state || !detail.data) return state;
  const { session, programme } = detail.data;
  return (
    <div className="capture-screen">
      <header className="page-header">
        <div>
          <SessionBreadcrumb programme={programme} session={session} />
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
