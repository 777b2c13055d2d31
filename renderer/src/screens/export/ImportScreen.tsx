import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BundleImport } from './BundleImport.js';

/** `/import`: bundle import on a page of its own (Home and Settings may link here or mount BundleImport). */
export function ImportScreen() {
  const { t } = useTranslation(['export', 'common']);
  useEffect(() => {
    const previous = document.title;
    document.title = `${t('import.heading')} · ${t('common:app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [t]);
  return (
    <article className="screen narrow" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.heading')}</h1>
      <div className="card">
        <BundleImport heading={false} />
      </div>
    </article>
  );
}
