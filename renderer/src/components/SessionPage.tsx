import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { CallError } from '../../../shared/contract/client.js';
import type { Programme, Session } from '../../../shared/domain.js';
import { EmptyState } from './EmptyState.js';
import { ErrorNotice, Loading } from './ErrorNotice.js';

/** Sets the window title to `parts · Convene` while the screen is shown (empty parts are left out). */
export function useDocumentTitle(parts: readonly (string | null | undefined)[]) {
  const { t } = useTranslation();
  const title = [...parts.filter(Boolean), t('app.name')].join(' · ');
  const ready = parts.every(Boolean);
  useEffect(() => {
    if (!ready) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [ready, title]);
}

/** Programme › session, above the heading of every screen of one session. */
export function SessionBreadcrumb({ programme, session }: { programme: Pick<Programme, 'id' | 'title'>; session: Pick<Session, 'id' | 'title'> }) {
  const { t } = useTranslation('session');
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to={`/programmes/${programme.id}`}>{programme.title}</Link>
        </li>
        <li>
          <Link to={`/sessions/${session.id}`}>{session.title}</Link>
        </li>
      </ol>
    </nav>
  );
}

/**
 * What a session screen shows while its session.get is not answered yet, is gone (deleted: say so,
 * offer the way home) or failed (translated, with Retry). Null once the data is there.
 */
export function sessionQueryState(query: UseQueryResult<unknown>): ReactNode | null {
  if (query.isPending) return <Loading />;
  if (!query.isError) return null;
  if (query.error instanceof CallError && query.error.payload.code === 'not_found') return <SessionNotFound />;
  return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
}

function SessionNotFound() {
  const { t } = useTranslation(['session', 'common']);
  return (
    <EmptyState title={t('notFound')}>
      <Link className="button" to="/">
        {t('common:nav.home')}
      </Link>
    </EmptyState>
  );
}
