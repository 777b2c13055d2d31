import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCall } from './client.js';

/**
 * Shown above every screen of the main window while the database check (run in idle time after
 * opening, main/core/health.ts) says the file is damaged. It does not block anything: the user can
 * finish what they are doing, and its link leads to the recovery choices. It stays until the damage
 * is gone (a backup restored); a `health` event tells every window when the check answers.
 */
export function HealthBanner() {
  const { t } = useTranslation('recovery');
  const health = useCall('db.health', {});
  if (health.data?.state !== 'damaged') return null;
  return (
    <div className="notice notice-error health-banner" role="alert">
      <p>{t('banner')}</p>
      <Link className="button" to="/recovery">
        {t('bannerAction')}
      </Link>
    </div>
  );
}
