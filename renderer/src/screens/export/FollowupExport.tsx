/**
 * The programme's follow-up files (issue 17) as of a chosen day (default today): the digest
 * (督办通报, PDF or Word) and the ledger (督办台账, Excel or Word). A date field cannot live in the
 * Export menu (a menu holds only menu items), so these sit beside it as ordinary buttons. The 文号
 * (document number) goes on the digest only.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/local-day.js';
import { FORMATS_OF, FOLLOWUP_KINDS } from '../../../../shared/minutes.js';
import { useExport } from './useExport.js';

export function FollowupExport({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('export');
  const [asOf, setAsOf] = useState(() => localDay(new Date()));
  // The digest's 文号 (optional): the host checks it and says what is wrong in a toast; the text stays.
  const [docNumber, setDocNumber] = useState('');
  // An emptied date field exports as of today (the host's day in the programme's zone).
  const scope = useMemo(
    () => ({ programmeId, ...(asOf ? { asOf } : {}), ...(docNumber.trim() ? { docNumber } : {}) }),
    [programmeId, asOf, docNumber],
  );
  const { run, busy, progressLabel } = useExport(scope, undefined);
  return (
    <fieldset className="followup-export" aria-busy={busy || undefined}>
      <legend>{t('followup.label')}</legend>
      <label>
        {t('followup.asOf')} <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
      </label>
      <label>
        {t('followup.docNumber')}{' '}
        <input type="text" className="followup-doc-number" value={docNumber} placeholder={t('followup.docNumberHint')} onChange={(event) => setDocNumber(event.target.value)} />
      </label>
      {FOLLOWUP_KINDS.flatMap((kind) =>
        FORMATS_OF[kind].map((format) => (
          <button key={`${kind}-${format}`} type="button" className="button" disabled={busy} onClick={() => void run({ type: 'render', kind, format })}>
            {t('item', { kind: t(`kind.${kind}`), format: t(`format.${format}`) })}
          </button>
        )),
      )}
      {progressLabel ? <span role="status">{progressLabel}</span> : null}
    </fieldset>
  );
}
