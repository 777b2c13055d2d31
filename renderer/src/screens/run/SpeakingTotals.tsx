import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../app/client.js';
import { RadioGroup } from '../../components/Field.js';
import { formatDuration } from './time.js';

/** Who has spoken how long: this session, or the whole programme (the complaint OpenSlides users have). */
export function SpeakingTotals({ sessionId, programmeId }: { sessionId: string; programmeId: string }) {
  const { t } = useTranslation('run');
  const client = useClient();
  const [scope, setScope] = useState<'session' | 'programme'>('session');
  const input = scope === 'session' ? { sessionId } : { programmeId };
  const totals = useQuery({ queryKey: ['stats.speakingTime', input], queryFn: () => client.get('stats.speakingTime', input) });
  const rows = totals.data ?? [];
  return (
    <section className="card speaking-totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('totals.heading')}</h2>
      <RadioGroup
        legend={<span className="visually-hidden">{t('totals.heading')}</span>}
        name="totals-scope"
        value={scope}
        options={[
          { value: 'session', label: t('totals.session') },
          { value: 'programme', label: t('totals.programme') },
        ]}
        onChange={setScope}
      />
      {rows.length === 0 && totals.isSuccess ? (
        <p className="muted">{t('totals.empty')}</p>
      ) : (
        <table className="table totals-table" data-testid={`totals-${scope}`}>
          <thead>
            <tr>
              <th scope="col">{t('totals.name')}</th>
              <th scope="col">{t('totals.unit')}</th>
              <th scope="col" className="numeric">
                {t('totals.time')}
              </th>
              <th scope="col" className="numeric">
                {t('totals.speeches')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.personId ?? `free:${row.name}`}>
                <th scope="row" className="row-label">
                  {row.name}
                </th>
                <td>{row.unitName ?? ''}</td>
                <td className="numeric">{formatDuration(row.seconds)}</td>
                <td className="numeric">{row.speeches}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
