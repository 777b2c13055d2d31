import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { MAX_DUE_SOON_DAYS } from '../../../../shared/actions.js';
import type { CalendarYearView } from '../../../../shared/contract/channels-calendar.js';
import type { Settings } from '../../../../shared/domain.js';
import { asLocale, punctuationOf } from '../../../../shared/i18n/translate.js';
import { parseCalendarText } from '../../../../shared/work-calendar/import-text.js';
import type { UserCalendarDay } from '../../../../shared/work-calendar/index.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { TextArea, TextInput } from '../../components/Field.js';

/** A year's days as the editor's text: the same format the import reads (date,kind,note per line). */
const asText = (days: readonly UserCalendarDay[]) => days.map((d) => [d.date, d.kind, d.note].filter(Boolean).join(',')).join('\n');

/** 临期: how many working days before the due date a task lights up. */
function DueSoonThreshold({ settings }: { settings: Settings }) {
  const { t } = useTranslation(['settings', 'common']);
  const run = useRun();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(settings.dueSoonDays));
  const [error, setError] = useState<string>();
  const save = async () => {
    const days = Number(value);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DUE_SOON_DAYS) return setError(t('calendar.thresholdInvalid', { max: MAX_DUE_SOON_DAYS }));
    setError(undefined);
    const before = settings.dueSoonDays;
    const saved = await run('settings.update', { dueSoonDays: days });
    if (!saved) return;
    queryClient.setQueryData(['settings.get', {}], saved);
    toast.success(t('calendar.thresholdSaved', { count: days }), {
      action: { label: t('common:action.undo'), onClick: () => void run('settings.update', { dueSoonDays: before }).then(() => setValue(String(before))) },
    });
  };
  return (
    <form
      className="calendar-threshold"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextInput
        label={t('calendar.threshold')}
        hint={t('calendar.thresholdHint')}
        type="number"
        min={1}
        max={MAX_DUE_SOON_DAYS}
        inputMode="numeric"
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button" disabled={value === String(settings.dueSoonDays)}>
        {t('calendar.thresholdSave')}
      </button>
    </form>
  );
}

/** Enter or import a year that is not shipped: one text in the import format, checked line by line before anything is saved. */
function YearEditor({ year, days, onDone }: { year: number; days: UserCalendarDay[]; onDone: () => void }) {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const run = useRun();
  const [text, setText] = useState(asText(days));
  const [problems, setProblems] = useState<string>();
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  };
  const save = async () => {
    const parsed = parseCalendarText(text, year);
    if (!parsed.ok) {
      const list = parsed.problems.map((p) => t(`calendar.problem.${p.problem}`, { line: p.line, year }));
      return setProblems(list.join(punctuationOf(asLocale(i18n.language)).clause));
    }
    setProblems(undefined);
    const saved = await run('calendar.saveYear', { year, days: parsed.days });
    if (!saved) return;
    onDone();
    toast.success(t('calendar.saved', { year, count: parsed.days.length }), {
      action: { label: t('common:action.undo'), onClick: () => void run('calendar.saveYear', { year, days }) },
    });
  };
  return (
    <form
      className="calendar-editor"
      aria-label={t('calendar.editorLabel', { year })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextArea
        label={t('calendar.daysLabel', { year })}
        hint={t('calendar.format', { year })}
        rows={8}
        value={text}
        error={problems}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
      />
      <div className="button-row">
        <label className="button">
          {t('calendar.importFile')}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" className="visually-hidden" onChange={(e) => void readFile(e)} />
        </label>
        <button type="button" className="button" onClick={onDone}>
          {t('common:action.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('calendar.save', { year })}
        </button>
      </div>
    </form>
  );
}

function YearRow({ year, onEdit }: { year: CalendarYearView; onEdit: (year: number) => void }) {
  const { t } = useTranslation('settings');
  const holidays = year.days.filter((d) => d.kind === 'holiday').length;
  const workdays = year.days.length - holidays;
  return (
    <tr>
      <th scope="row">{t('calendar.year', { year: year.year })}</th>
      <td>
        {year.source ? (
          <>
            {t('calendar.shipped')} <cite>{year.source.title}</cite>（{[year.source.number, year.source.published].filter(Boolean).join('，')}）
          </>
        ) : (
          t('calendar.entered')
        )}
      </td>
      <td>{t('calendar.counts', { holidays, workdays })}</td>
      <td>
        {year.origin === 'user' ? (
          <button type="button" className="button small" onClick={() => onEdit(year.year)}>
            {t('calendar.edit', { year: year.year })}
          </button>
        ) : (
          <span className="muted">{t('calendar.readOnly')}</span>
        )}
      </td>
    </tr>
  );
}

/** Settings › due dates and working days: the 临期 threshold and the official calendar per year (docs/WORKING-DAYS.md). */
export function WorkCalendarSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation('settings');
  const view = useCall('calendar.get', {});
  const [editing, setEditing] = useState<number | null>(null);
  const [newYear, setNewYear] = useState('');
  const years = view.data?.years ?? [];
  const known = new Set(years.map((y) => y.year));
  const shipped = new Set(years.filter((y) => y.origin === 'shipped').map((y) => y.year));
  const addable = Number(newYear);
  const canAdd = Number.isInteger(addable) && addable >= 2000 && addable <= 2100 && !shipped.has(addable);
  return (
    <section className="card settings-section" aria-labelledby="settings-calendar">
      <h2 id="settings-calendar">{t('calendar.heading')}</h2>
      <p className="field-hint">{t('calendar.hint')}</p>
      <DueSoonThreshold key={settings.dueSoonDays} settings={settings} />
      {view.isPending ? <Loading /> : null}
      {view.isError ? <ErrorNotice error={view.error} onRetry={() => void view.refetch()} /> : null}
      {view.data && view.data.missing.length > 0 ? (
        <div className="notice calendar-missing" role="status" data-testid="calendar-missing">
          <p>{t('calendar.missing', { years: view.data.missing.join(t('calendar.yearSeparator')) })}</p>
          <div className="button-row">
            {view.data.missing.map((year) => (
              <button key={year} type="button" className="button small" onClick={() => setEditing(year)}>
                {t('calendar.enter', { year })}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {view.data ? (
        <div className="table-wrap">
          <table className="table calendar-years" data-testid="calendar-years">
            <caption className="visually-hidden">{t('calendar.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calendar.yearColumn')}</th>
                <th scope="col">{t('calendar.sourceColumn')}</th>
                <th scope="col">{t('calendar.daysColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('calendar.actionsColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <YearRow key={year.year} year={year} onEdit={setEditing} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing === null ? (
        <form
          className="calendar-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (canAdd) setEditing(addable);
          }}
        >
          <TextInput label={t('calendar.otherYear')} type="number" min={2000} max={2100} value={newYear} onChange={(e) => setNewYear(e.target.value)} />
          <button type="submit" className="button" disabled={!canAdd}>
            {known.has(addable) ? t('calendar.edit', { year: addable }) : t('calendar.enterOther')}
          </button>
        </form>
      ) : (
        <YearEditor
          key={editing}
          year={editing}
          days={years.find((y) => y.year === editing)?.days ?? []}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}
