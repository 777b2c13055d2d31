import { useTranslation } from 'react-i18next';

/** Shown in a browser opened without the token: says exactly what to do instead of failing calls. */
export function NoConnection() {
  const { t } = useTranslation(['common', 'errors']);
  return (
    <main className="no-connection">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('errors:code.unauthorized')}</p>
    </main>
  );
}
