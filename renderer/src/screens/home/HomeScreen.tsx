import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LOCALES, type Locale } from '../../../../shared/contract/fields.js';
import type { ProgrammeSummary } from '../../../../shared/domain.js';
import { asLocale } from '../../../../shared/i18n/translate.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { useTrashAskingFirst } from '../../components/trash-in-use.js';
import { EmptyState } from '../../components/EmptyState.js';
import { DueList } from './DueList.js';
import { JoinRoomButton } from '../room/JoinRoomButton.js';
import { ErrorNotice, FormError, Loading } from '../../components/ErrorNotice.js';
import { Select, TextArea, TextInput } from '../../components/Field.js';
import { formatDateTime } from '../../components/format.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';


function NewProgrammeForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation(['home', 'common']);
  const submit = useSubmit();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [locale, setLocale] = useState<Locale>(asLocale(i18n.language));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await submit('programme.create', { title, description, locale });
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    void navigate(`/programmes/${result.value.id}`);
  };

  return (
    <form ref={form} className="card form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-programme-heading">
      <h2 id="new-programme-heading">{t('form.heading')}</h2>
      <FormError show={Object.keys(errors).length > 0} />
      <TextInput
        label={t('form.title')}
        hint={t('form.titleHint')}
        required
        autoFocus
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        value={description}
        error={errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <Select
        label={t('form.locale')}
        hint={t('form.localeHint')}
        value={locale}
        onChange={setLocale}
        options={LOCALES.map((value) => ({ value, label: t(`common:language.${value}`) }))}
      />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('form.creating') : t('form.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common:action.cancel')}
        </button>
      </div>
    </form>
  );
}

function ProgrammeCard({ programme, onDelete }: { programme: ProgrammeSummary; onDelete: () => void }) {
  const { t, i18n } = useTranslation(['home', 'common']);
  return (
    <li className="card programme-card">
      <div className="programme-card-main">
        <h2 className="programme-card-title">
          <Link to={`/programmes/${programme.id}`}>{programme.title}</Link>
        </h2>
        <p className={programme.description ? 'programme-card-description' : 'programme-card-description muted'}>
          {programme.description || t('noDescription')}
        </p>
        <p className="meta">
          <span>{t('stageCount', { count: programme.stageCount })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('sessionCount', { count: programme.sessionCount })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('updated', { date: formatDateTime(programme.updatedAt, i18n.language) })}</span>
        </p>
      </div>
      <div className="programme-card-actions">
        <button type="button" className="button ghost danger-text small" aria-label={t('action.delete', { title: programme.title })} onClick={onDelete}>
          {t('common:action.delete')}
        </button>
      </div>
    </li>
  );
}

export function HomeScreen() {
  const { t, i18n } = useTranslation(['home', 'common']);
  const programmes = useCall('programme.list', {});
  const run = useRun();
  const [inUseDialog, trash] = useTrashAskingFirst();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [creating, setCreating] = useState(false);
  const [loadingSample, setLoadingSample] = useState(false);

  const openSample = async () => {
    setLoadingSample(true);
    const loaded = await run('sample.load', { locale: asLocale(i18n.language) });
    setLoadingSample(false);
    if (loaded) void navigate(`/programmes/${loaded.programmeId}`);
  };

  const actions = (
    <>
      <button type="button" className="button primary" aria-expanded={creating} onClick={() => setCreating(true)} disabled={creating}>
        {t('action.new')}
      </button>
      <button type="button" className="button" onClick={() => void openSample()} disabled={loadingSample} aria-busy={loadingSample}>
        {loadingSample ? t('action.loadingSample') : t('action.openSample')}
      </button>
      <Link className="button" to="/import">
        {t('common:importBundle')}
      </Link>
      <JoinRoomButton />
    </>
  );

  const list = programmes.data;
  return (
    <div className="screen">
      {inUseDialog}
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="lead">{t('intro')}</p>
        </div>
        {list && list.length > 0 ? <div className="button-row">{actions}</div> : null}
      </div>

      {creating ? <NewProgrammeForm onCancel={() => setCreating(false)} /> : null}

      {programmes.isPending ? <Loading /> : null}
      {programmes.isError ? <ErrorNotice error={programmes.error} onRetry={() => void programmes.refetch()} /> : null}
      {list && list.length === 0 && !creating ? (
        <EmptyState title={t('empty.title')} hint={t('empty.hint')}>
          {actions}
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? <DueList /> : null}
      {list && list.length > 0 ? (
        <ul className="card-list" aria-label={t('listLabel')}>
          {list.map((programme) => (
            <ProgrammeCard
              key={programme.id}
              programme={programme}
              onDelete={() =>
                void trash('programme', programme.id, programme.title).then((deleted) => {
                  if (deleted) heading.current?.focus();
                })
              }
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
