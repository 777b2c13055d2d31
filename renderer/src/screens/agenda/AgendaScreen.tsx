import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCall } from '../../app/client.js';
import { SessionBreadcrumb, sessionQueryState, useDocumentTitle } from '../../components/SessionPage.js';
import { AgendaEditor } from './AgendaEditor.js';

/** `/sessions/:sessionId/agenda`: the agenda editor on its own, with the way back and on to running it. */
export function AgendaScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['agenda', 'common', 'session']);
  const detail = useCall('session.get', { id: sessionId });
  useDocumentTitle([t('heading'), detail.data?.session.title]);

  const state = sessionQueryState(detail);
  if (state || !detail.data) return state;
  const { session, programme } = detail.data;
  return (
    <div className="screen agenda-screen">
      <header className="page-header">
        <div>
          <SessionBreadcrumb programme={programme} session={session} />
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
