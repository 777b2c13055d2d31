import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { InputOf } from '../../../../shared/contract/channels.js';
import type { Locale } from '../../../../shared/contract/fields.js';
import type { Settings } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { applyTheme } from '../../app/theme.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { RadioGroup } from '../../components/Field.js';
import { baseName, formatBytes, formatDateTime } from '../../components/format.js';
import { applyLocale } from '../../i18n/setup.js';
import { WorkCalendarSettings } from './WorkCalendarSettings.js';

type LanguageChoice = Locale | 'system';

function LanguageAndTheme({ settings }: { settings: Settings }) {
  const { t } = useTranslation(['settings', 'common']);
  const run = useRun();
  const queryClient = useQueryClient();
  // The choice shows at once; the stored value takes over when the call answers.
  const [pending, setPending] = useState<Partial<{ language: LanguageChoice; theme: Settings['theme'] }>>({});

  const save = async (change: InputOf<'settings.update'>) => {
    const saved = await run('settings.update', change);
    if (saved) queryClient.setQueryData(['settings.get', {}], saved);
    return saved;
  };

  const setLanguage = async (choice: LanguageChoice) => {
    setPending((p) => ({ ...p, language: choice }));
    const saved = await save({ language: choice === 'system' ? null : choice });
    // The UI switches at once; App keeps it in step with the stored value from then on.
    if (saved) await applyLocale(saved.language);
    setPending(({ language: _, ...rest }) => rest);
  };

  const setTheme = async (theme: Settings['theme']) => {
    setPending((p) => ({ ...p, theme }));
    applyTheme(theme);
    const saved = await save({ theme });
    if (!saved) applyTheme(settings.theme);
    setPending(({ theme: _, ...rest }) => rest);
  };

  const language = pending.language ?? settings.language ?? 'system';
  const theme = pending.theme ?? settings.theme;

  return (
    <>
      <section className="card settings-section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.heading')}</h2>
        <RadioGroup<LanguageChoice>
          legend={<span className="visually-hidden">{t('language.heading')}</span>}
          hint={t('language.hint')}
          name="language"
          value={language}
          onChange={(choice) => void setLanguage(choice)}
          options={[
            { value: 'system', label: t('common:language.system') },
            { value: 'zh-CN', label: t('common:language.zh-CN') },
            { value: 'en', label: t('common:language.en') },
          ]}
        />
      </section>
      <section className="card settings-section" aria-labelledby="settings-theme">
        <h2 id="settings-theme">{t('theme.heading')}</h2>
        <RadioGroup<Settings['theme']>
          legend={<span className="visually-hidden">{t('theme.heading')}</span>}
          name="theme"
          value={theme}
          onChange={(theme) => void setTheme(theme)}
          options={[
            { value: 'system', label: t('theme.system') },
            { value: 'light', label: t('theme.light') },
            { value: 'dark', label: t('theme.dark') },
          ]}
        />
      </section>
    </>
  );
}

function DataFolder() {
  const { t } = useTranslation('settings');
  const info = useCall('app.info', {});
  return (
    <section className="card settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('data.heading')}</h2>
      <p className="field-hint">{t('data.hint')}</p>
      {info.isPending ? <Loading /> : null}
      {info.isError ? <ErrorNotice error={info.error} onRetry={() => void info.refetch()} /> : null}
      {info.data ? (
        <dl className="facts">
          <dt>{t('data.folder')}</dt>
          <dd>
            <code>{info.data.dataDir}</code>
          </dd>
          <dt>{t('data.database')}</dt>
          <dd>
            <code>{info.data.databaseFile}</code>
          </dd>
          <dt>{t('data.version')}</dt>
          <dd>{info.data.version}</dd>
          <dt>{t('data.schema')}</dt>
          <dd>{info.data.schemaVersion}</dd>
        </dl>
      ) : null}
    </section>
  );
}

function Backups() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const run = useRun();
  const backups = useCall('backup.list', {});
  const [busy, setBusy] = useState(false);

  const backUp = async () => {
    setBusy(true);
    const made = await run('backup.create', {});
    setBusy(false);
    if (!made) return;
    toast.success(t('backup.created', { file: made.file }), { duration: 8000 });
    void backups.refetch();
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-backups">
      <div className="section-header">
        <h2 id="settings-backups">{t('backup.heading')}</h2>
        <button type="button" className="button primary" onClick={() => void backUp()} disabled={busy} aria-busy={busy}>
          {busy ? t('backup.creating') : t('backup.create')}
        </button>
      </div>
      <p className="field-hint">{t('backup.hint')}</p>
      {backups.isPending ? <Loading /> : null}
      {backups.isError ? <ErrorNotice error={backups.error} onRetry={() => void backups.refetch()} /> : null}
      {backups.data && backups.data.length === 0 ? <p className="muted">{t('backup.empty')}</p> : null}
      {backups.data && backups.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('backup.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.file')}</th>
                <th scope="col">{t('backup.createdAt')}</th>
                <th scope="col" className="numeric">
                  {t('backup.size')}
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.map((backup) => (
                <tr key={backup.file}>
                  <td>
                    <code title={backup.file}>{baseName(backup.file)}</code>
                  </td>
                  <td>{formatDateTime(backup.createdAt, i18n.language)}</td>
                  <td className="numeric">{formatBytes(backup.bytes, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const settings = useCall('settings.get', {});
  return (
    <div className="screen narrow">
      <div className="page-header">
        <h1>{t('title')}</h1>
      </div>
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data ? <LanguageAndTheme settings={settings.data} /> : null}
      {settings.data ? <WorkCalendarSettings settings={settings.data} /> : null}
      <DataFolder />
      <Backups />
    </div>
  );
}
