import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/domain.js';
import { FormError } from '../../components/ErrorNotice.js';
import { TextArea, TextInput } from '../../components/Field.js';
import { useFocusFirstInvalid, useSubmit, type FieldErrors } from '../../components/form.js';

/** Adds a stage at the end of the programme: its name, who takes part, and what it is for. */
export function NewStageForm({
  programmeId,
  onCreated,
  onCancel,
}: {
  programmeId: string;
  onCreated: (stage: Stage) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['programme', 'common']);
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await submit('stage.create', { programmeId, title, audience, purpose });
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    setTitle('');
    setAudience('');
    setPurpose('');
    setErrors({});
    onCreated(result.value);
  };

  return (
    <form ref={form} className="card form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-stage-heading">
      <h3 id="new-stage-heading">{t('stageForm.heading')}</h3>
      <FormError show={Object.keys(errors).length > 0} />
      <TextInput
        label={t('field.stageTitle')}
        hint={t('stageForm.titleHint')}
        required
        autoFocus={Boolean(onCancel)}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('field.audience')}
        hint={t('stageForm.audienceHint')}
        rows={2}
        value={audience}
        error={errors.audience}
        onChange={(e) => setAudience(e.target.value)}
      />
      <TextArea
        label={t('field.purpose')}
        hint={t('stageForm.purposeHint')}
        rows={2}
        value={purpose}
        error={errors.purpose}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common:state.saving') : t('stageForm.submit')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common:action.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
