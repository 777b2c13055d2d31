import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { MAX_BUNDLE_BASE64 } from '../../../../shared/contract/channels-bundle.js';
import { BUNDLE_EXTENSION, type BundleImportResult } from '../../../../shared/minutes.js';
import { useCall, useClient } from '../../app/client.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { formatBytes } from '../../components/format.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { readAsBase64 } from './deliver.js';
import './export.css';

/** The largest file whose base64 fits the channel's limit. */
const MAX_BUNDLE_BYTES = Math.floor(MAX_BUNDLE_BASE64 / 4) * 3;

type Stage = 'idle' | 'reading' | 'importing';

function ImportResult({ fileName, result }: { fileName: string; result: BundleImportResult }) {
  const { t, i18n } = useTranslation('export');
  const programme = useCall('programme.get', { id: result.programmeId });
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const added = Object.entries(result.inserted).filter(([, count]) => count > 0);
  const total = added.reduce((sum, [, count]) => sum + count, 0);
  const title = programme.data?.programme.title;
  return (
    <div className="bundle-import-result" role="status" data-testid="bundle-import-result">
      <h3>{t('import.doneTitle', { file: fileName })}</h3>
      {total === 0 ? (
        <p>{t('import.nothingNew')}</p>
      ) : (
        <>
          <p>{t('import.added', { n: number(total) })}</p>
          <ul className="bundle-import-counts">
            {added.map(([table, count]) => (
              <li key={table} data-table={table}>
                {t('import.count', { label: t(`table.${table}` as 'table.note', { defaultValue: table }), n: number(count) })}
              </li>
            ))}
          </ul>
          {result.skipped > 0 ? <p className="muted">{t('import.skipped', { n: number(result.skipped) })}</p> : null}
        </>
      )}
      <p>
        <Link to={`/programmes/${result.programmeId}`}>
          {title ? t('import.openProgramme', { title }) : t('import.openProgrammeFallback')}
        </Link>
      </p>
    </div>
  );
}

/**
 * Imports a `.convene` bundle picked from disk: asks first, then hands it to bundle.import (all or
 * nothing, idempotent) and shows what was added, with a link to the programme. Refusals (damaged,
 * newer, not a bundle) are translated toasts; nothing is written then. `heading={false}` when the
 * page's own heading already says "Import a bundle".
 */
export function BundleImport({ headingLevel = 2, heading = true }: { headingLevel?: 2 | 3; heading?: boolean }) {
  const { t, i18n } = useTranslation(['export', 'common', 'errors']);
  const { t: te } = useTranslation(['common', 'errors']);
  const client = useClient();
  const [dialog, confirm] = useConfirm();
  const [stage, setStage] = useState<Stage>('idle');
  const [done, setDone] = useState<{ fileName: string; result: BundleImportResult } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so picking the same file again fires another change.
    event.target.value = '';
    if (!file) return;
    const name = file.name;
    if (!name.toLowerCase().endsWith(BUNDLE_EXTENSION)) {
      toast.error(t('import.notConvene', { file: name }));
      return;
    }
    if (file.size > MAX_BUNDLE_BYTES) {
      toast.error(t('import.tooLarge', { file: name, size: formatBytes(file.size, i18n.language) }));
      return;
    }
    const ok = await confirm({ title: t('import.confirmTitle'), body: t('import.confirmBody', { file: name }), confirmLabel: t('import.confirm') });
    if (!ok) {
      input.current?.focus();
      return;
    }
    setDone(null);
    setStage('reading');
    try {
      let base64: string;
      try {
        base64 = await readAsBase64(file);
      } catch {
        toast.error(t('import.unreadable', { file: name }));
        return;
      }
      if (base64.length < 4) {
        toast.error(t('errors:reason.bundle_not_convene'));
        return;
      }
      setStage('importing');
      const result = await client.call('bundle.import', { base64 });
      if (result.ok) setDone({ fileName: name, result: result.value });
      else toast.error(errorMessage(te, result.error), { id: 'error-bundle.import', duration: 12_000 });
    } finally {
      setStage('idle');
      input.current?.focus();
    }
  };

  const busy = stage !== 'idle';
  return (
    <section
      className="bundle-import"
      aria-labelledby={heading ? headingId : undefined}
      aria-label={heading ? undefined : t('import.heading')}
      aria-busy={busy || undefined}
    >
      {heading ? <Heading id={headingId}>{t('import.heading')}</Heading> : null}
      <p id={hintId} className="field-hint">
        {t('import.hint')}
      </p>
      <div className="bundle-import-picker">
        <span className="button" aria-hidden="true">
          {busy ? <span className="spinner" /> : null}
          {stage === 'reading' ? t('import.reading') : stage === 'importing' ? t('import.importing') : t('import.choose')}
        </span>
        <input
          ref={input}
          type="file"
          accept={BUNDLE_EXTENSION}
          aria-label={t('import.choose')}
          aria-describedby={hintId}
          disabled={busy}
          onChange={(event) => void onPick(event)}
          data-testid="bundle-import-input"
        />
      </div>
      {busy ? (
        <p className="visually-hidden" role="status">
          {stage === 'reading' ? t('import.reading') : t('import.importing')}
        </p>
      ) : null}
      {done ? <ImportResult fileName={done.fileName} result={done.result} /> : null}
      {dialog}
    </section>
  );
}
