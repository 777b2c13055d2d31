import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Link } from 'react-router';
import { SESSION_MODES, type Person, type Session, type SessionMode, type Unit } from '../../../../shared/domain.js';
import { Select, TextInput } from '../../components/Field.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';
import { PersonSelect } from '../../search/PersonPicker.js';

interface Draft {
  title: string;
  theme: string;
  mode: SessionMode;
  venue: string;
  chairId: string | null;
  secretaryId: string | null;
}

function draftOf(session: Session): Draft {
  const { title, theme, mode, venue, chairId, secretaryId } = session;
  return { title, theme, mode, venue, chairId, secretaryId };
}

function sameDraft(a: Draft, b: Draft) {
  return (Object.keys(a) as (keyof Draft)[]).every((key) => a[key] === b[key]);
}

/**
 * The session's details as one form (its status is shown, and changed by running the session). Until the user changes something the form shows the stored
 * values (and follows changes made elsewhere); after a change it keeps the user's version until it is
 * saved or discarded, and a failed save keeps it too.
 */
export function DetailsSection({ session, people, units }: { session: Session; people: readonly Person[]; units: readonly Unit[] }) {
  const { t } = useTranslation(['session', 'common']);
  const submit = useSubmit();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const stored = draftOf(session);
  const value = draft ?? stored;
  const dirty = draft !== null && !sameDraft(draft, stored);
  const set = <K extends keyof Draft>(key: K, next: Draft[K]) => setDraft({ ...value, [key]: next });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || saving) return;
    setSaving(true);
    const result = await submit('session.update', { id: session.id, ...value });
    setSaving(false);
    if (result.ok) {
      setDraft(null);
      setErrors({});
      toast.success(t('details.saved'));
    } else {
      setErrors(result.errors);
    }
  };

  return (
    <section className="card session-section" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('details.heading')}</h2>
      <form ref={form} className="details-form" onSubmit={(e) => void save(e)} noValidate>
        <TextInput
          className="details-title"
          label={t('details.title')}
          required
          value={value.title}
          error={errors.title}
          onChange={(e) => set('title', e.target.value)}
        />
        {/* Not a field: the run starts, ends and reopens the session (with its sittings and
            times), so a status set here would contradict the run screen. */}
        <p className="field details-status">
          <span className="field-label">{t('details.status')}</span>
          <strong>{t(`common:sessionStatus.${session.status}`)}</strong>
          <Link to={`/sessions/${session.id}/run`}>{t('details.statusHint')}</Link>
        </p>
        <TextInput className="details-wide" label={t('details.theme')} value={value.theme} error={errors.theme} onChange={(e) => set('theme', e.target.value)} />
        <Select
          label={t('details.mode')}
          value={value.mode}
          options={SESSION_MODES.map((mode) => ({ value: mode, label: t(`common:sessionMode.${mode}`) }))}
          onChange={(mode) => set('mode', mode)}
        />
        <TextInput label={t('details.venue')} value={value.venue} error={errors.venue} onChange={(e) => set('venue', e.target.value)} />
        <PersonSelect label={t('details.chair')} people={people} units={units} value={value.chairId} onChange={(id) => set('chairId', id)} />
        <PersonSelect
          label={t('details.secretary')}
          people={people}
          units={units}
          value={value.secretaryId}
          onChange={(id) => set('secretaryId', id)}
        />
        <div className="button-row details-wide">
          <button type="submit" className="button primary" disabled={!dirty || saving}>
            {saving ? t('common:state.saving') : t('details.save')}
          </button>
          {draft !== null ? (
            <button
              type="button"
              className="button"
              disabled={saving}
              onClick={() => {
                setDraft(null);
                setErrors({});
              }}
            >
              {t('details.reset')}
            </button>
          ) : null}
          {dirty ? (
            <span className="muted" role="status">
              {t('details.unsaved')}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
