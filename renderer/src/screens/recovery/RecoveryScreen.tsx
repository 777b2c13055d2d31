import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/contract/channels-recovery.js';
import type { Client } from '../../../../shared/contract/client.js';
import { errorMessage } from '../../i18n/errorMessage.js';

type Problem = Exclude<RecoveryStatus, { mode: 'normal' }>;

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Shown instead of the app when the database could not be opened, and inside it (the damage
 * banner's link) when the check after opening found damage. It says what happened in plain words
 * and offers the backups, newest first; restoring keeps the damaged file.
 */
export function RecoveryScreen({ client, status }: { client: Client; status: Problem }) {
  const { t, i18n } = useTranslation(['recovery']);
  const { t: te } = useTranslation(['common', 'errors']);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Reached from the damage banner's link, which is gone with the page: keyboard and screen-reader
  // users start at the heading that says what happened.
  useEffect(() => heading.current?.focus(), []);

  async function restore(file: string) {
    setBusy(true);
    const result = await client.call('recovery.restore', { file: fileName(file) });
    if (result.ok) {
      setMessage(t('restored', { file: result.value.damagedKeptAs }));
      window.setTimeout(() => {
        // From the in-app recovery route (#/recovery), back to the start screen of the restored data.
        if (window.location.hash) window.location.hash = '#/';
        window.location.reload();
      }, 1500);
    } else {
      setMessage(errorMessage(te, result.error));
      setBusy(false);
    }
  }

  const latest = status.backups[0];
  const damaged = status.mode === 'damaged';
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>{damaged ? t('damagedTitle') : t('title')}</h1>
      <p>
        {status.mode === 'future'
          ? t('future', { found: status.found ?? '?', supported: status.supported ?? '?' })
          : t(status.mode)}
      </p>
      {status.detail && <p className="muted">{t('detail', { detail: status.detail })}</p>}
      {message && (
        <p role="status" aria-live="polite">
          {message}
        </p>
      )}
      {status.mode !== 'future' && (
        <section aria-labelledby="recovery-backups">
          <h2 id="recovery-backups">{t('backups')}</h2>
          {latest ? (
            <>
              <button type="button" className="button primary" disabled={busy} onClick={() => void restore(latest.file)}>
                {busy ? t('restoring') : t('restoreLatest')}
              </button>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('created')}</th>
                    <th scope="col">{t('size')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('restoreThis')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {status.backups.map((backup) => (
                    <tr key={backup.file}>
                      <td>{new Date(backup.createdAt).toLocaleString(i18n.language)}</td>
                      <td>{Math.max(1, Math.round(backup.bytes / 1024))} KB</td>
                      <td>
                        <button type="button" className="button small" disabled={busy} onClick={() => void restore(backup.file)} aria-label={`${t('restoreThis')} ${fileName(backup.file)}`}>
                          {t('restoreThis')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p>{t('noBackups')}</p>
          )}
        </section>
      )}
      {/* The app still runs on a damaged (but open) database: the user may finish first. */}
      {damaged && (
        <p className="recovery-back">
          <a href="#/">{t('backToApp')}</a>
        </p>
      )}
    </main>
  );
}
