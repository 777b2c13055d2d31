import { useMemo, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sitting } from '../../../../shared/domain.js';
import { TextInput } from '../../components/Field.js';
import { useSubmit, type FieldErrors } from '../../components/form.js';
import { formatDate } from '../../components/format.js';
import { useRunResult } from '../../components/run.js';
import { useUndoToast } from './run.js';

type Times = Pick<Sitting, 'date' | 'startTime' | 'endTime'>;

const MORNING: Omit<Times, 'date'> = { startTime: '09:00', endTime: '12:00' };
const AFTERNOON: Omit<Times, 'date'> = { startTime: '14:30', endTime: '17:30' };

function byTime(a: Times, b: Times) {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** What a new sitting most likely is: the afternoon after a morning, else the next morning. */
function suggestNext(sittings: readonly Times[]): Times {
  const last = sittings[sittings.length - 1];
  if (!last) return { date: '', ...MORNING };
  if (last.endTime <= '13:00') return { date: last.date, ...AFTERNOON };
  return { date: nextDay(last.date), ...MORNING };
}

/**
 * The half-day sittings of a session, edited in place: a row is saved when focus leaves it or on
 * Enter, so the start and end can be changed together; a refused change stays in the row.
 */
export function SittingsSection({ sessionId, sittings }: { sessionId: string; sittings: readonly Sitting[] }) {
  const { t } = useTranslation(['session', 'common']);
  const run = useRunResult();
  const undoToast = useUndoToast();
  const ordered = useMemo(() => [...sittings].sort(byTime), [sittings]);
  const addDate = useRef<HTMLInputElement>(null);

  const remove = async (sitting: Sitting) => {
    const done = await run('sitting.remove', { id: sitting.id });
    if (!done.ok) return;
    addDate.current?.focus();
    const { date, startTime, endTime } = sitting;
    undoToast(t('sittings.removed', { date, start: startTime, end: endTime }), () => run('sitting.add', { sessionId, date, startTime, endTime }));
  };

  return (
    <section className="card session-section" aria-labelledby="sittings-heading">
      <h2 id="sittings-heading">{t('sittings.heading')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('sittings.empty')}</p>
      ) : (
        <>
          <p className="field-hint">{t('sittings.editHint')}</p>
          <div className="table-wrap">
            <table className="table sittings-table">
              <thead>
                <tr>
                  <th scope="col">{t('sittings.column')}</th>
                  <th scope="col">{t('sittings.date')}</th>
                  <th scope="col">{t('sittings.start')}</th>
                  <th scope="col">{t('sittings.end')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sittings.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((sitting, index) => (
                  <SittingRow key={sitting.id} sitting={sitting} n={index + 1} onRemove={() => void remove(sitting)} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <AddSitting sessionId={sessionId} suggestion={suggestNext(ordered)} dateRef={addDate} />
    </section>
  );
}

function SittingRow({ sitting, n, onRemove }: { sitting: Sitting; n: number; onRemove: () => void }) {
  const { t, i18n } = useTranslation(['session', 'common']);
  const run = useRunResult();
  const [draft, setDraft] = useState<Times | null>(null);
  const [invalid, setInvalid] = useState(false);
  const value = draft ?? sitting;
  const label = t('sittings.number', { n });

  const commit = async () => {
    if (!draft) return;
    if (draft.date === sitting.date && draft.startTime === sitting.startTime && draft.endTime === sitting.endTime) {
      setDraft(null);
      return;
    }
    const saved = await run('sitting.update', { id: sitting.id, ...draft });
    if (saved.ok) {
      setDraft(null);
      setInvalid(false);
    } else {
      setInvalid(true);
    }
  };

  const onBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void commit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape' && draft) {
      event.preventDefault();
      setDraft(null);
      setInvalid(false);
    }
  };
  const edit = (key: keyof Times, next: string) => setDraft({ date: value.date, startTime: value.startTime, endTime: value.endTime, [key]: next });

  return (
    <tr onBlur={onBlur} onKeyDown={onKeyDown} className={invalid ? 'row-invalid' : undefined}>
      <th scope="row">
        {label}
        <span className="sitting-weekday">{formatDate(sitting.date, i18n.language)}</span>
      </th>
      <td>
        <input
          type="date"
          required
          aria-label={`${label} ${t('sittings.date')}`}
          value={value.date}
          aria-invalid={invalid || undefined}
          onChange={(e) => edit('date', e.target.value)}
        />
      </td>
      <td>
        <input
          type="time"
          required
          aria-label={`${label} ${t('sittings.start')}`}
          value={value.startTime}
          aria-invalid={invalid || undefined}
          onChange={(e) => edit('startTime', e.target.value)}
        />
      </td>
      <td>
        <input
          type="time"
          required
          aria-label={`${label} ${t('sittings.end')}`}
          value={value.endTime}
          aria-invalid={invalid || undefined}
          onChange={(e) => edit('endTime', e.target.value)}
        />
      </td>
      <td className="actions">
        <button type="button" className="button small ghost" aria-label={t('sittings.remove', { n })} onClick={onRemove}>
          {t('common:action.remove')}
        </button>
      </td>
    </tr>
  );
}

function AddSitting({ sessionId, suggestion, dateRef }: { sessionId: string; suggestion: Times; dateRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation(['session', 'common']);
  const submit = useSubmit();
  const [draft, setDraft] = useState<Times | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const value = draft ?? suggestion;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await submit('sitting.add', { sessionId, ...value });
    setSaving(false);
    if (result.ok) {
      setDraft(null);
      setErrors({});
      dateRef.current?.focus();
    } else {
      setErrors(result.errors);
    }
  };
  const edit = (key: keyof Times, next: string) => setDraft({ ...value, [key]: next });

  return (
    <form className="inline-form add-sitting" onSubmit={(e) => void add(e)} noValidate aria-labelledby="add-sitting-heading">
      <h3 id="add-sitting-heading" className="visually-hidden">
        {t('sittings.addHeading')}
      </h3>
      <TextInput ref={dateRef} type="date" label={t('sittings.date')} value={value.date} error={errors.date} onChange={(e) => edit('date', e.target.value)} />
      <TextInput
        type="time"
        label={t('sittings.start')}
        value={value.startTime}
        error={errors.startTime}
        onChange={(e) => edit('startTime', e.target.value)}
      />
      <TextInput type="time" label={t('sittings.end')} value={value.endTime} error={errors.endTime} onChange={(e) => edit('endTime', e.target.value)} />
      <button type="submit" className="button" disabled={saving}>
        {t('sittings.add')}
      </button>
    </form>
  );
}
