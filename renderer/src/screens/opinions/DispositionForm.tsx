import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { channels, type InputOf } from '../../../../shared/contract/channels.js';
import { DISPOSITIONS, type Disposition, type Opinion, type Plan } from '../../../../shared/notes.js';
import { Select, TextInput } from '../../components/Field.js';
import { useRunResult } from '../../components/run.js';

type DispositionInput = InputOf<'note.setDisposition'>;
type Errors = Partial<Record<'planId' | 'reason', string>>;

/** Which dispositions name a plan (required for "to be incorporated") and which carry a reason (required for "declined"). */
const WITH_PLAN: readonly Disposition[] = ['to_incorporate', 'incorporated'];
const WITH_REASON: readonly Disposition[] = ['declined', 'deferred'];

/**
 * What is sent: a disposition without a plan clears the plan (the core would otherwise keep the one
 * already linked), one without a reason clears the reason.
 */
export function dispositionInput(id: string, disposition: Disposition, planId: string, reason: string): DispositionInput {
  return {
    id,
    disposition,
    planId: WITH_PLAN.includes(disposition) && planId ? planId : null,
    reason: WITH_REASON.includes(disposition) ? reason : '',
  };
}

/** Checks against the contract's own schema, so the messages are the ones the core would give. */
function validate(message: (code: string) => string, input: DispositionInput): Errors {
  const parsed = channels['note.setDisposition'].input.safeParse(input);
  if (parsed.success) return {};
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== 'planId' && field !== 'reason') continue;
    const code = issue.code === 'custom' ? issue.message : issue.code;
    errors[field] ??= message(code);
  }
  return errors;
}

/**
 * The small form under an opinion's row: the disposition as radio buttons (arrow keys move between
 * them), then the plan or the reason it needs. Enter saves, Escape cancels; focus starts on the
 * chosen disposition and goes back to the row's button when the form closes.
 */
export function DispositionForm({
  opinion,
  plans,
  onDone,
  onCancel,
}: {
  opinion: Opinion;
  plans: readonly Plan[];
  onDone: (disposition: Disposition) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['opinions', 'common', 'errors']);
  const run = useRunResult();
  const form = useRef<HTMLFormElement>(null);
  const name = useId();
  const [disposition, setDisposition] = useState<Disposition>(opinion.disposition ?? 'pending');
  const [planId, setPlanId] = useState(opinion.planTitle ? (opinion.planId ?? '') : '');
  const [reason, setReason] = useState(opinion.dispositionReason);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const input = dispositionInput(opinion.id, disposition, planId, reason);
    const found = validate((code) => t(`errors:issue.${code}` as never, { defaultValue: t('errors:code.validation') }), input);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setSaving(true);
    const result = await run('note.setDisposition', input);
    setSaving(false);
    if (result.ok) onDone(disposition);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    // Enter saves from every control of the form, not only from the text field (a select or a radio
    // button does not submit a form by itself in every browser).
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.nativeEvent.isComposing && (target.tagName === 'SELECT' || (target as HTMLInputElement).type === 'radio')) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  const choose = (value: Disposition) => {
    setDisposition(value);
    setErrors({});
  };

  const needsPlan = WITH_PLAN.includes(disposition);
  const needsReason = WITH_REASON.includes(disposition);
  return (
    <form ref={form} className="disposition-form" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate>
      <fieldset className="disposition-choices">
        <legend>{t('form.legend')}</legend>
        <div className="radio-options">
          {DISPOSITIONS.map((value) => (
            <label key={value} className="radio-option" data-disposition={value}>
              <input type="radio" name={name} value={value} checked={disposition === value} onChange={() => choose(value)} />
              <span>{t(`disposition.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="disposition-details">
        {needsPlan ? (
          plans.length > 0 ? (
            <Select
              label={t('form.plan')}
              required={disposition === 'to_incorporate'}
              value={planId}
              error={errors.planId}
              options={[{ value: '', label: t('form.choosePlan') }, ...plans.map((p) => ({ value: p.id, label: p.title }))]}
              onChange={(value) => {
                setPlanId(value);
                setErrors({});
              }}
            />
          ) : (
            <p className="field-error" role="alert">
              {t('form.noPlans')}
            </p>
          )
        ) : null}
        {needsReason ? (
          <TextInput
            label={disposition === 'declined' ? t('form.reason') : t('form.note')}
            required={disposition === 'declined'}
            value={reason}
            maxLength={500}
            error={errors.reason}
            onChange={(e) => {
              setReason(e.target.value);
              setErrors({});
            }}
          />
        ) : null}
      </div>
      <div className="button-row disposition-actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {saving ? t('common:state.saving') : t('common:action.save')}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          {t('common:action.cancel')}
        </button>
        <span className="field-hint">{t('form.keys')}</span>
      </div>
    </form>
  );
}
