import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../../shared/contract/channels-recovery.js';
import type { Client } from '../../../../shared/contract/client.js';
import type { Result } from '../../../../shared/contract/result.js';
import { errorMessage } from '../../i18n/errorMessage.js';

type Problem = Exclude<RecoveryStatus, { mode: 'normal' }>;

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

type Mode = Problem['mode'];

const TITLE: Record<Mode, 'title' | 'titleMissing' | 'titleEmpty' | 'damagedTitle'> = {
  corrupt: 'title',
  damaged: 'damagedTitle',
  future: 'title',
  foreign: 'title',
  missing: 'titleMissing',
  empty: 'titleEmpty',
};
/** Where a backup may replace the file (a newer or foreign file is someone's data, left as it is). */
const RESTORABLE: ReadonlySet<Mode> = new Set(['corrupt', 'missing', 'empty', 'damaged']);
const MAY_START_EMPTY: ReadonlySet<Mode> = new Set(['missing', 'empty']);

/**
 * Shown instead of the app when the database could not be opened, and inside it (the damage
 * banner's link) when the check after opening found damage. It says what happened in plain words
 * and offers the backups, newest first; restoring keeps the damaged file. Without a database
 * (missing, or empty while backups exist) it also offers to start empty, on purpose.
 */
export function RecoveryScreen({ client, status }: { client: Client; status: Problem }) {
  const { t, i18n } = useTranslation(['recovery']);
  const { t: te } = useTranslation(['common', 'errors']);
  /** The action under way: its button says so, and every button waits. */
  const [busy, setBusy] = useState<'restore' | 'startEmpty' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Reached from the damage banner's link, which is gone with the page: keyboard and screen-reader
  // users start at the heading that says what happened.
  useEffect(() => heading.current?.focus(), []);

  /** Runs a recovery call; on success says so and reloads into the app. */
  async function act<T>(action: 'restore' | 'startEmpty', call: () => Promise<Result<T>>, done: (value: T) => string) {
    setBusy(action);
    const result = await call();
    if (result.ok) {
      setMessage(done(result.value));
      window.setTimeout(() => {
        // From the in-app recovery route (#/recovery), back to the start screen of the restored data.
        if (window.location.hash) window.location.hash = '#/';
        window.location.reload();
      }, 1500);
    } else {
      setMessage(errorMessage(te, result.error));
      setBusy(null);
    }
  }

  const restore = (file: string) =>
    act(
      'restore',
      () => client.call('recovery.restore', { file: fileName(file) }),
      (value) => (value.damagedKeptAs ? t('restored', { file: value.damagedKeptAs }) : t('restoredOnly')),
    );
  const startEmpty = () => act('startEmpty', () => client.call('recovery.startEmpty', {}), () => t('startedEmpty'));

  const latest = status.backups[0];
  const damaged = status.mode === 'damaged';
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>
        {t(TITLE[status.mode])}
      </h1>
      <p>{status.mode === 'future' ? t('future', { found: status.found ?? '?', supported: status.supported ?? '?' }) : t(status.mode)}</p>
      <p className="muted">{t('file', { file: status.file })}</p>
      {status.detail && <p className="muted">{t('detail', { detail: status.detail })}</p>}
      {message && (
        <p role="status" aria-live="polite">
          {message}
        </p>
      )}
      {RESTORABLE.has(status.mode) && (
        <section aria-labelledby="recovery-backups">
          <h2 id="recovery-backups">{t('backups')}</h2>
          {latest ? (
            <>
              <button type="button" className="button primary" disabled={busy !== null} onClick={() => void restore(latest.file)}>
                {busy === 'restore' ? t('restoring') : t('restoreLatest')}
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
                        <button type="button" className="button small" disabled={busy !== null} onClick={() => void restore(backup.file)} aria-label={`${t('restoreThis')} ${fileName(backup.file)}`}>
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
      {MAY_START_EMPTY.has(status.mode) && (
        <section aria-labelledby="recovery-start-empty">
          <h2 id="recovery-start-empty">{t('startEmptyTitle')}</h2>
          <p>{t('startEmptyHint')}</p>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void startEmpty()}>
            {busy === 'startEmpty' ? t('startingEmpty') : t('startEmpty')}
          </button>
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
