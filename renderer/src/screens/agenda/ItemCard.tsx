import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ScheduledItem } from '../../../../shared/agenda.js';
import type { Person, Sitting, Unit } from '../../../../shared/domain.js';
import { useRun } from '../../app/feedback.js';
import { DragHandle } from '../../components/DragHandle.js';
import { clockOf } from '../run/time.js';
import { ItemForm, hasQueue, type ItemValues } from './ItemForm.js';
import { SpeakerQueue, isTextField } from './SpeakerQueue.js';

export const presenterOf = (item: Pick<ScheduledItem, 'presenter' | 'presenterName'>) => item.presenter?.name ?? item.presenterName;

interface ItemCardProps {
  item: ScheduledItem;
  sittings: readonly Sitting[];
  people: readonly Person[];
  participants: readonly Person[];
  units: readonly Unit[];
  editing: boolean;
  onEdit: (id: string | null) => void;
  onDraftMinutes: (id: string, minutes: number | null) => void;
  onStep: (item: ScheduledItem, direction: -1 | 1) => void;
  onDelete: (item: ScheduledItem) => void;
  speakersOpen: boolean;
  onToggleSpeakers: (id: string) => void;
  announce: (text: string) => void;
  onMoveSpeaker: (itemId: string, speakerId: string, toIndex: number) => void;
}

/** One agenda item in the editor: its planned time, what it is, who presents; edit in place; its speakers. */
export function ItemCard(props: ItemCardProps) {
  const { item, sittings, people, participants, units, editing, onEdit, onDraftMinutes, onStep, onDelete, speakersOpen, onToggleSpeakers } = props;
  const { t } = useTranslation('agenda');
  const run = useRun();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const presenter = presenterOf(item);
  const queue = hasQueue(item.kind);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || isTextField(event.target)) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      onStep(item, event.key === 'ArrowUp' ? -1 : 1);
    }
  };

  const save = async (values: ItemValues) => {
    const changes: Partial<ItemValues> = {};
    (Object.keys(values) as (keyof ItemValues)[]).forEach((key) => {
      const before: unknown =
        key === 'presenterId' ? (item.presenter?.id ?? null) : key === 'sittingId' ? item.sittingId : item[key as keyof ScheduledItem];
      if (values[key] !== before) Object.assign(changes, { [key]: values[key] });
    });
    if (values.sittingId === item.sittingId || (values.sittingId === sittings[0]?.id && item.sittingId === null)) delete changes.sittingId;
    if (Object.keys(changes).length === 0) {
      onEdit(null);
      return true;
    }
    const saved = await run('agenda.update', { id: item.id, ...changes });
    if (!saved) return false;
    toast.success(t('item.saved', { title: saved.title }));
    onDraftMinutes(item.id, null);
    onEdit(null);
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-edit-button="${item.id}"]`)?.focus());
    return true;
  };

  const cancel = () => {
    onDraftMinutes(item.id, null);
    onEdit(null);
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-edit-button="${item.id}"]`)?.focus());
  };

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`agenda-item kind-${item.kind} status-${item.status}${isDragging ? ' dragging' : ''}${editing ? ' editing' : ''}`}
      onKeyDown={onKeyDown}
      data-testid="agenda-item"
      data-item-id={item.id}
    >
      <div className="agenda-item-row">
        <DragHandle activatorRef={setActivatorNodeRef} attributes={attributes} listeners={listeners} label={t('item.drag', { title: item.title })} data-item-handle={item.id} />
        <div className="agenda-item-time" data-testid="item-time">
          {item.plannedStart && item.plannedEnd ? t('range', { start: item.plannedStart, end: item.plannedEnd }) : '—'}
        </div>
        <div className="agenda-item-main">
          <div className="agenda-item-head">
            <span className={`kind-badge kind-badge-${item.kind}`}>{t(`kind.${item.kind}`)}</span>
            <h3 className="agenda-item-title">{item.title}</h3>
            {item.status !== 'pending' ? <span className={`badge item-status-${item.status}`}>{t(`status.${item.status}`)}</span> : null}
          </div>
          <p className="agenda-item-meta">
            {presenter ? <span>{t('item.presenterLine', { name: presenter })}</span> : null}
            {!presenter && (item.kind === 'presentation' || item.kind === 'summary') ? <span className="muted">{t('item.noPresenter')}</span> : null}
            {queue && item.speakerPrompt ? <span>{t('item.promptLine', { prompt: item.speakerPrompt })}</span> : null}
            {item.actualStart ? (
              <span>{t('item.actual', { start: clockOf(item.actualStart), end: item.actualEnd ? clockOf(item.actualEnd) : '…' })}</span>
            ) : null}
          </p>
          {item.chairNotes && !editing ? <p className="agenda-item-notes">{t('item.notesLine', { notes: item.chairNotes })}</p> : null}
        </div>
        <div className="agenda-item-minutes">{t('minutes', { count: item.plannedMinutes })}</div>
        <div className="agenda-item-actions">
          <button
            type="button"
            className="button small"
            aria-label={t('item.editOf', { title: item.title })}
            aria-expanded={editing}
            data-edit-button={item.id}
            onClick={() => onEdit(editing ? null : item.id)}
          >
            {t('item.edit')}
          </button>
          <button
            type="button"
            className="button small ghost danger-text"
            aria-label={t('item.deleteOf', { title: item.title })}
            onClick={() => onDelete(item)}
            disabled={item.status === 'running'}
          >
            {t('item.delete')}
          </button>
        </div>
      </div>
      {editing ? (
        <ItemForm
          mode="edit"
          label={t('item.editing', { title: item.title })}
          initial={{
            kind: item.kind,
            title: item.title,
            plannedMinutes: item.plannedMinutes,
            presenterId: item.presenter?.id ?? null,
            presenterName: item.presenterName,
            sittingId: item.sittingId ?? sittings[0]?.id ?? null,
            chairNotes: item.chairNotes,
            speakerPrompt: item.speakerPrompt,
          }}
          initialPresenter={item.presenter}
          sittings={sittings}
          people={people}
          units={units}
          onDraftMinutes={(minutes) => onDraftMinutes(item.id, minutes)}
          onSubmit={save}
          onCancel={cancel}
        />
      ) : null}
      {queue ? (
        <div className="agenda-item-speakers">
          <button
            type="button"
            className="button small ghost speakers-toggle"
            aria-expanded={speakersOpen}
            aria-label={t('item.speakersOf', { count: item.speakers.length, title: item.title })}
            onClick={() => onToggleSpeakers(item.id)}
          >
            <span aria-hidden="true">{speakersOpen ? '▾' : '▸'}</span> {t('item.speakers', { count: item.speakers.length })}
          </button>
          {speakersOpen ? (
            <SpeakerQueue
              item={item}
              participants={participants}
              units={units}
              announce={props.announce}
              onMove={(speakerId, toIndex) => props.onMoveSpeaker(item.id, speakerId, toIndex)}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
