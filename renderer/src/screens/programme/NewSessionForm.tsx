import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SESSION_MODES, type SessionMode } from '../../../../shared/domain.js';
import { FormError } from '../../components/ErrorNotice.js';
import { Select, TextInput } from '../../components/Field.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';

interface SittingRow {
  key: number;
  date: string;
  startTime: string;
  endTime: string;
}

const MORNING = { startTime: '09:00', endTime: '12:00' };
const AFTERNOON = { startTime: '14:30', endTime: '17:30' };

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A new sitting follows the last one: the afternoon of a morning, else the next morning. */
function followingSitting(last: SittingRow | undefined, key: number): SittingRow {
  if (!last) return { key, date: '', ...MORNING };
  if (last.startTime < '12:00') return { key, date: last.date, ...AFTERNOON };
  return { key, date: last.date ? nextDay(last.date) : '', ...MORNING };
}

/** "Date" on screen; "Sitting 2 Date" for a screen reader, which does not see the row. */
function SittingLabel({ n, text }: { n: number; text: string }) {
  const { t } = useTranslation('programme');
  return (
    <>
      <span className="visually-hidden">{t('sessionForm.sitting', { n })} </span>
      {text}
    </>
  );
}

/** Creates a session in a stage with one or more sittings, then opens it. */
export function NewSessionForm({ stageId, stageTitle, onCancel }: { stageId: string; stageTitle: string; onCancel: () => void }) {
  const { t } = useTranslation(['programme', 'common']);
  const submit = useSubmit();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const nextKey = useRef(1);
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [mode, setMode] = useState<SessionMode>('discussion');
  const [venue, setVenue] = useState('');
  const [sittings, setSittings] = useState<SittingRow[]>([{ key: 0, date: '', ...MORNING }]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  const updateSitting = (key: number, patch: Partial<SittingRow>) =>
    setSittings((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const addSitting = () => {
    const key = nextKey.current++;
    setSittings((rows) => [...rows, followingSitting(rows[rows.length - 1], key)]);
    // Focus the new row's date once it is rendered.
    window.setTimeout(() => form.current?.querySelector<HTMLInputElement>(`[data-sitting="${key}"] input[type="date"]`)?.focus(), 0);
  };

  const removeSitting = (index: number) => {
    setSittings((rows) => rows.filter((_, i) => i !== index));
    // Errors are keyed by row index: they no longer line up.
    setErrors({});
    window.setTimeout(() => form.current?.querySelector<HTMLButtonElement>('.add-sitting')?.focus(), 0);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await submit('session.create', {
      stageId,
      title,
      theme,
      mode,
      venue,
      sittings: sittings.map(({ date, startTime, endTime }) => ({ date, startTime, endTime })),
    });
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    void navigate(`/sessions/${result.value.id}`);
  };

  return (
    <form ref={form} className="subform" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`new-session-${stageId}`}>
      <h4 id={`new-session-${stageId}`}>{t('sessionForm.heading', { stage: stageTitle })}</h4>
      <FormError show={Object.keys(errors).length > 0} />
      <div className="form-grid">
        <TextInput
          label={t('sessionForm.title')}
          hint={t('sessionForm.titleHint')}
          required
          autoFocus
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
          className="span-2"
        />
        <TextInput label={t('sessionForm.theme')} value={theme} error={errors.theme} onChange={(e) => setTheme(e.target.value)} className="span-2" />
        <Select
          label={t('sessionForm.mode')}
          value={mode}
          onChange={setMode}
          options={SESSION_MODES.map((value) => ({ value, label: t(`common:sessionMode.${value}`) }))}
        />
        <TextInput
          label={t('sessionForm.venue')}
          hint={t('sessionForm.venueHint')}
          value={venue}
          error={errors.venue}
          onChange={(e) => setVenue(e.target.value)}
        />
      </div>
      <fieldset className="sittings">
        <legend>{t('sessionForm.sittings')}</legend>
        <p className="field-hint">{t('sessionForm.sittingsHint')}</p>
        <ol className="sitting-rows">
          {sittings.map((row, index) => (
            <li key={row.key} className="sitting-row" data-sitting={row.key}>
              <span className="sitting-number" aria-hidden="true">
                {t('sessionForm.sitting', { n: index + 1 })}
              </span>
              <TextInput
                type="date"
                label={<SittingLabel n={index + 1} text={t('sessionForm.date')} />}
                value={row.date}
                error={errors[`sittings.${index}.date`]}
                onChange={(e) => updateSitting(row.key, { date: e.target.value })}
                className="sitting-date"
              />
              <TextInput
                type="time"
                label={<SittingLabel n={index + 1} text={t('sessionForm.start')} />}
                value={row.startTime}
                error={errors[`sittings.${index}.startTime`]}
                onChange={(e) => updateSitting(row.key, { startTime: e.target.value })}
              />
              <TextInput
                type="time"
                label={<SittingLabel n={index + 1} text={t('sessionForm.end')} />}
                value={row.endTime}
                error={errors[`sittings.${index}.endTime`]}
                onChange={(e) => updateSitting(row.key, { endTime: e.target.value })}
              />
              <button type="button" className="button ghost small remove-sitting" onClick={() => removeSitting(index)}>
                {t('sessionForm.removeSitting', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button small add-sitting" onClick={addSitting}>
          {t('sessionForm.addSitting')}
        </button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('sessionForm.creating') : t('sessionForm.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common:action.cancel')}
        </button>
      </div>
    </form>
  );
}
