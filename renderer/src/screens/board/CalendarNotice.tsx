import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItem } from '../../../../shared/actions.js';
import { useCall } from '../../app/client.js';

/**
 * When open tasks fall due in a year whose holiday arrangement is neither shipped nor entered, their
 * due-soon light counts weekends only: say so, and offer Settings, where the year is entered or
 * imported (docs/WORKING-DAYS.md).
 */
export const CalendarNotice = memo(function CalendarNotice({ actions }: { actions: readonly ActionItem[] | undefined }) {
  const { t } = useTranslation('settings');
  const calendar = useCall('calendar.get', {});
  const missing = useMemo(() => {
    if (!calendar.data || !actions) return [];
    const known = new Set(calendar.data.years.map((y) => y.year));
    const years = new Set(actions.filter((a) => a.dueDate && a.due !== 'none').map((a) => Number(a.dueDate!.slice(0, 4))));
    return [...years].filter((y) => !known.has(y)).sort((a, b) => a - b);
  }, [calendar.data, actions]);
  if (missing.length === 0) return null;
  return (
    <p className="field-hint calendar-notice" data-testid="calendar-notice">
      {t('calendar.missing', { years: missing.join(t('calendar.yearSeparator')) })}{' '}
      <Link to="/settings">{t('calendar.enterInSettings')}</Link>
    </p>
  );
});
