import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Plan } from '../../../../shared/notes.js';
import { TextInput } from '../../components/Field.js';
import { InlineEdit } from '../../components/InlineEdit.js';
import { useSubmit } from '../../components/form.js';
import { useTrashWithUndo } from '../../components/run.js';

/**
 * The programme's plans: the documents its opinions feed into. Add (the title stays focused for the
 * next one), rename in place, delete to the trash with Undo; a plan's count filters the table to it.
 */
export function PlansPanel({
  programmeId,
  plans,
  selectedPlanId,
  onShowPlan,
}: {
  programmeId: string;
  plans: readonly Plan[];
  selectedPlanId: string | undefined;
  onShowPlan: (planId: string) => void;
}) {
  const { t } = useTranslation(['opinions', 'common']);
  const submit = useSubmit();
  const trash = useTrashWithUndo();
  const heading = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await submit('plan.create', { programmeId, title });
    setSaving(false);
    if (!result.ok) {
      setError(result.errors.title ?? Object.values(result.errors)[0]);
      return;
    }
    setError(undefined);
    setTitle('');
    toast.success(t('plans.added', { title: result.value.title }));
  };

  const remove = async (plan: Plan) => {
    if (await trash('plan', plan.id, plan.title)) heading.current?.focus();
  };

  return (
    <section className="card plans-panel" aria-labelledby="plans-heading">
      <div className="section-header">
        <h2 id="plans-heading" ref={heading} tabIndex={-1}>
          {t('plans.heading')}
        </h2>
        <p className="muted plans-hint">{t('plans.hint')}</p>
      </div>
      {plans.length === 0 ? <p className="muted">{t('plans.empty')}</p> : null}
      {plans.length > 0 ? (
        <ul className="plan-list">
          {plans.map((plan) => (
            <li key={plan.id} className="plan-item" data-plan-id={plan.id}>
              <InlineEdit
                label={t('plans.titleLabel')}
                value={plan.title}
                field="title"
                required
                className="plan-title"
                renderValue={(value) => <p className="plan-name">{value}</p>}
                onSave={(value) => submit('plan.update', { id: plan.id, title: value })}
              />
              <button
                type="button"
                className="button ghost small plan-count"
                aria-pressed={selectedPlanId === plan.id}
                aria-label={`${t('plans.opinionCount', { count: plan.opinionCount })}: ${t('plans.showOpinions', { title: plan.title })}`}
                onClick={() => onShowPlan(plan.id)}
              >
                {t('plans.opinionCount', { count: plan.opinionCount })}
              </button>
              <button
                type="button"
                className="button ghost small danger-text"
                aria-label={t('plans.deleteFor', { title: plan.title })}
                onClick={() => void remove(plan)}
              >
                {t('common:action.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="plan-add" onSubmit={(e) => void add(e)} noValidate>
        <TextInput
          label={t('plans.newTitle')}
          value={title}
          error={error}
          maxLength={200}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(undefined);
          }}
        />
        <button type="submit" className="button" disabled={saving}>
          {t('plans.add')}
        </button>
      </form>
    </section>
  );
}
