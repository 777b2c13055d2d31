import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage.js';

/** A query that failed: one translated sentence (never a stack) and, when it can help, Retry. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation(['common', 'errors']);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('state.loadFailed')}</p>
      <p>{errorMessage(t, error)}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Shown while a query loads; a polite status so screen readers hear it once. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('state.loading')}
    </p>
  );
}

/** The summary line a form shows above its fields when some of them are wrong. */
export function FormError({ show }: { show: boolean }) {
  const { t } = useTranslation(['common', 'errors']);
  return (
    <p className="form-error" role="alert">
      {show ? t('errors:code.validation') : ''}
    </p>
  );
}
