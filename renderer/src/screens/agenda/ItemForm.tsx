import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, type AgendaKind } from '../../../../shared/agenda.js';
import type { Person, Sitting, Unit } from '../../../../shared/domain.js';
import { Select, TextArea, TextInput } from '../../components/Field.js';
import { WhoPicker } from './WhoPicker.js';

export interface ItemValues {
  kind: AgendaKind;
  title: string;
  plannedMinutes: number;
  presenterId: string | null;
  presenterName: string;
  sittingId: string | null;
  chairNotes: string;
  speakerPrompt: string;
}

/** Kinds that have a speaking order. */
export const hasQueue = (kind: AgendaKind) => kind === 'statements' || kind === 'discussion';

/** Parses planned minutes as typed: a whole number 0..1440, or null. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= 1440 ? n : null;
}

interface ItemFormProps {
  mode: 'add' | 'edit';
  initial: ItemValues;
  /** Presenter as chosen from the directory (to show its name). */
  initialPresenter: Person | null;
  sittings: readonly Sitting[];
  people: readonly Person[];
  units: readonly Unit[];
  /** Told what the minutes field holds while typing, to recompute the schedule; null: not a number. */
  onDraftMinutes?: (minutes: number | null) => void;
  onSubmit: (values: ItemValues) => Promise<boolean>;
  onCancel?: () => void;
  /** Accessible name of the form. */
  label: string;
}

/** The fields of an agenda item, for adding one and for editing one in place. */
export function ItemForm({ mode, initial, initialPresenter, sittings, people, units, onDraftMinutes, onSubmit, onCancel, label }: ItemFormProps) {
  const { t } = useTranslation(['agenda', 'common', 'errors', 'session']);
  const formId = useId();
  const [kind, setKind] = useState<AgendaKind>(initial.kind);
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(String(initial.plannedMinutes));
  const [presenter, setPresenter] = useState<Person | null>(initialPresenter);
  const [presenterText, setPresenterText] = useState(initialPresenter?.name ?? initial.presenterName);
  const [sittingId, setSittingId] = useState<string | null>(initial.sittingId);
  const [chairNotes, setChairNotes] = useState(initial.chairNotes);
  const [speakerPrompt, setSpeakerPrompt] = useState(initial.speakerPrompt);
  const [errors, setErrors] = useState<{ title?: string; minutes?: string }>({});
  const [saving, setSaving] = useState(false);
  const localTitleRef = useRef<HTMLInputElement | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const planned = parseMinutes(minutes);
    const next: typeof errors = {};
    if (!title.trim()) next.title = t('errors:issue.required');
    if (planned === null) next.minutes = t('item.minutesInvalid');
    setErrors(next);
    if (next.title || next.minutes || planned === null) return;
    const text = presenterText.trim();
    const chosen = presenter && presenter.name === text ? presenter : null;
    setSaving(true);
    const done = await onSubmit({
      kind,
      title: title.trim(),
      plannedMinutes: planned,
      presenterId: chosen?.id ?? null,
      presenterName: chosen ? '' : text,
      sittingId,
      chairNotes,
      speakerPrompt: hasQueue(kind) ? speakerPrompt : initial.speakerPrompt,
    });
    setSaving(false);
    if (done && mode === 'add') {
      setTitle('');
      setPresenter(null);
      setPresenterText('');
      setChairNotes('');
      setSpeakerPrompt('');
      setErrors({});
      localTitleRef.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onCancel && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  const sittingOptions = sittings.map((s, index) => ({
    value: s.id,
    label: t('sitting.option', { n: index + 1, date: s.date, start: s.startTime }),
  }));

  return (
    <form className={`item-form item-form-${mode}`} aria-label={label} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
      <div className="item-form-grid">
        <Select<AgendaKind>
          label={t('item.kind')}
          value={kind}
          options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={setKind}
          className="item-form-kind"
        />
        <TextInput
          label={t('item.title')}
          required
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
          className="item-form-title"
          ref={localTitleRef}
        />
        <TextInput
          label={t('item.plannedMinutes')}
          inputMode="numeric"
          value={minutes}
          error={errors.minutes}
          onChange={(e) => {
            setMinutes(e.target.value);
            onDraftMinutes?.(parseMinutes(e.target.value));
          }}
          className="item-form-minutes"
        />
        {sittings.length > 1 ? (
          <Select<string>
            label={t('sitting.label')}
            value={sittingId ?? sittings[0]!.id}
            options={sittingOptions}
            onChange={setSittingId}
            className="item-form-sitting"
          />
        ) : null}
        <div className="item-form-presenter">
          <WhoPicker
            id={`${formId.replace(/:/g, '')}-presenter`}
            label={t('item.presenter')}
            hint={t('item.presenterHint')}
            placeholder={t('item.presenterPlaceholder')}
            people={people}
            units={units}
            text={presenterText}
            onTextChange={(text) => {
              setPresenterText(text);
              if (presenter && text !== presenter.name) setPresenter(null);
            }}
            onPick={(who) => {
              if (who.kind === 'person') {
                setPresenter(who.person);
                setPresenterText(who.person.name);
              } else {
                setPresenter(null);
                setPresenterText(who.name);
              }
            }}
            freeLabel={(name) => t('item.freeName', { name })}
            noResults={t('session:picker.noResults', { query: presenterText.trim() })}
          />
        </div>
        {hasQueue(kind) ? (
          <TextInput
            label={t('item.speakerPrompt')}
            hint={t('item.speakerPromptHint')}
            value={speakerPrompt}
            onChange={(e) => setSpeakerPrompt(e.target.value)}
            className="item-form-prompt"
          />
        ) : null}
        {mode === 'edit' ? (
          <TextArea
            label={t('item.chairNotes')}
            hint={t('item.chairNotesHint')}
            value={chairNotes}
            rows={2}
            onChange={(e) => setChairNotes(e.target.value)}
            className="item-form-notes"
          />
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={saving}>
          {mode === 'add' ? t('add.submit') : t('item.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('item.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
