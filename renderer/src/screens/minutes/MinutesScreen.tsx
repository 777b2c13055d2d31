import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionBreadcrumb } from '../../components/SessionPage.js';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import { CallError } from '../../../../shared/contract/client.js';
import { LOCALES, type Locale } from '../../../../shared/contract/fields.js';
import type { SessionDetail } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { Select } from '../../components/Field.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { MinutesEditor } from './MinutesEditor.js';
import './minutes.css';

/**
 * `/sessions/:sessionId/minutes`: the session's minutes. None yet: draft them from the session.
 * Otherwise the latest version in the editor (a new editor per version, so nothing carries over).
 */
export function MinutesScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['minutes', 'common']);
  const detail = useCall('session.get', { id: sessionId });
  const view = useCall('minutes.get', { sessionId });
  // Set when this screen just drafted the minutes or started a version: the editor takes the focus.
  const [focusTitle, setFocusTitle] = useState(false);
  /** An earlier version open for reading: here, above the editor, which is replaced when the latest version changes. */
  const [viewing, setViewing] = useState<number | null>(null);
  const title = detail.data?.session.title;

  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${t('documentTitle', { session: title })} · ${t('common:app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  if (detail.isPending || view.isPending) return <Loading />;
  const failed = detail.error ?? view.error;
  if (failed) {
    if (failed instanceof CallError && failed.payload.code === 'not_found') {
      return (
        <EmptyState title={t('notFound')}>
          <Link className="button" to="/">
            {t('backHome')}
          </Link>
        </EmptyState>
      );
    }
    return (
      <ErrorNotice
        error={failed}
        onRetry={() => {
          void detail.refetch();
          void view.refetch();
        }}
      />
    );
  }

  const current = view.data?.current ?? null;
  return (
    <article className="screen minutes-screen" aria-labelledby="minutes-title">
      <MinutesHeader detail={detail.data!} exportMenu={current ? null : <ExportMenu sessionId={sessionId} />} />
      {current ? (
        <MinutesEditor
          key={`${sessionId}#${current.version}`}
          sessionId={sessionId}
          current={current}
          versions={view.data?.versions ?? []}
          focusTitle={focusTitle}
          onNewVersion={() => setFocusTitle(true)}
          viewing={viewing}
          onView={setViewing}
        />
      ) : (
        <Draft detail={detail.data!} onDrafted={() => setFocusTitle(true)} />
      )}
    </article>
  );
}

function MinutesHeader({ detail, exportMenu }: { detail: SessionDetail; exportMenu: ReactNode }) {
  const { t } = useTranslation(['minutes', 'session', 'common']);
  const { session, programme } = detail;
  return (
    <header className="page-header minutes-header">
      <div>
        <SessionBreadcrumb programme={programme} session={session} />
        <h1 id="minutes-title">{t('title')}</h1>
      </div>
      {exportMenu}
    </header>
  );
}

/** No minutes yet: one button drafts them from the session, in the programme's language by default. */
function Draft({ detail, onDrafted }: { detail: SessionDetail; onDrafted: () => void }) {
  const { t } = useTranslation(['minutes', 'common']);
  const run = useRun();
  const [locale, setLocale] = useState<Locale>(detail.programme.locale);
  const [busy, setBusy] = useState(false);
  const generate = async () => {
    setBusy(true);
    const drafted = await run('minutes.generate', { sessionId: detail.session.id, locale });
    setBusy(false);
    if (!drafted) return;
    toast.success(t('toast.generated'));
    onDrafted();
  };
  return (
    <EmptyState title={t('empty.title')} hint={t('empty.hint')}>
      <div className="minutes-draft-form">
        <Select
          className="minutes-draft-language"
          label={t('empty.language')}
          value={locale}
          options={LOCALES.map((value) => ({ value, label: t(`common:language.${value}`) }))}
          onChange={setLocale}
        />
        <button type="button" className="button primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void generate()}>
          {busy ? t('empty.generating') : t('empty.generate')}
        </button>
      </div>
    </EmptyState>
  );
}
