import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/contract/channels-recovery.js';
import { Link } from 'react-router';
import { useCall, useClient } from '../../app/client.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { RecoveryScreen } from './RecoveryScreen.js';

/**
 * The recovery choices for a database that opened but that the check found damaged (the banner's
 * link): the same screen a database refused at start gets, inside the running app.
 */
export function RecoveryRoute() {
  const { t } = useTranslation('recovery');
  const client = useClient();
  const status = useCall('recovery.status', {});
  // Once shown, the screen stays until it reloads the page: a restore makes the status 'normal' at
  // once (its event refetches it), and the screen must still say what was restored and kept where.
  const [shown, setShown] = useState<Exclude<RecoveryStatus, { mode: 'normal' }> | null>(null);
  const problem = status.data && status.data.mode !== 'normal' ? status.data : null;
  if (problem && problem !== shown) setShown(problem);
  if (problem ?? shown) return <RecoveryScreen client={client} status={(problem ?? shown)!} />;
  if (status.isPending) return <Loading />;
  if (status.isError) return <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />;
  return (
    <main className="recovery">
      <p role="status">{t('nothingToRecover')}</p>
      <Link to="/">{t('backToApp')}</Link>
    </main>
  );
}
