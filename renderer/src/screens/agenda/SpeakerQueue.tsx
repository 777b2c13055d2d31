import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { DragHandle } from '../../components/DragHandle.js';
import { PromptKeyboardSensor } from '../../components/promptKeyboardSensor.js';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ScheduledItem, Speaker } from '../../../../shared/agenda.js';
import type { Person, Unit } from '../../../../shared/domain.js';
import { useRun } from '../../app/feedback.js';
import { WhoPicker, nameOfWho } from './WhoPicker.js';

/** A speaker's name: from the directory, or as typed. */
export const speakerName = (s: Pick<Speaker, 'person' | 'freeName'>) => s.person?.name ?? s.freeName;

/** Minutes as typed (decimals allowed: 2.5) to seconds, or null. */
export function parseSpeakerMinutes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(trimmed)) return null;
  const seconds = Math.round(Number(trimmed) * 60);
  return seconds <= 86_400 ? seconds : null;
}

export const minutesText = (seconds: number) => String(Math.round((seconds / 60) * 100) / 100);

/** Typing in these does not move items: Alt+arrows belong to the field there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface SpeakerQueueProps {
  item: ScheduledItem;
  participants: readonly Person[];
  units: readonly Unit[];
  announce: (text: string) => void;
  /** Moves a speaker (optimistically, then on the server). */
  onMove: (speakerId: string, toIndex: number) => void;
}

/** The ordered speakers of one item: add by type-ahead, planned time and prompt in place, reorder, remove. */
export function SpeakerQueue({ item, participants, units, announce, onMove }: SpeakerQueueProps) {
  const { t } = useTranslation(['agenda', 'session']);
  const run = useRun();
  const [text, setText] = useState('');
  const [minutes, setMinutes] = useState('5');
  const speakers = item.speakers;
  const queued = useMemo(
    () => new Set(speakers.filter((s) => s.status === 'waiting' || s.status === 'speaking').flatMap((s) => (s.person ? [s.person.id] : []))),
    [speakers],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) => {
    const s = speakers.find((sp) => sp.id === id);
    return s ? speakerName(s) : '';
  };
  const indexOf = (id: string | number) => speakers.findIndex((sp) => sp.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { title: nameOf(active.id), position: indexOf(active.id), total: speakers.length }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { title: nameOf(active.id), position: indexOf(over.id), total: speakers.length })
        : t('dnd.overNone', { title: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.end', { title: nameOf(active.id), position: indexOf(over.id) }) : t('dnd.cancel', { title: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancel', { title: nameOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), indexOf(over.id) - 1);
  };

  const step = (speaker: Speaker, direction: -1 | 1) => {
    const index = speakers.findIndex((s) => s.id === speaker.id);
    const to = index + direction;
    const name = speakerName(speaker);
    if (to < 0) return announce(t('speakers.first', { name }));
    if (to >= speakers.length) return announce(t('speakers.last', { name }));
    onMove(speaker.id, to);
    announce(t('speakers.moved', { name, position: to + 1 }));
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-speaker-handle="${speaker.id}"]`)?.focus());
  };

  const add = async (who: Parameters<typeof nameOfWho>[0]) => {
    const plannedSeconds = parseSpeakerMinutes(minutes) ?? 300;
    const added = await run('speaker.add', {
      agendaItemId: item.id,
      ...(who.kind === 'person' ? { personId: who.person.id } : { freeName: who.name }),
      plannedSeconds,
    });
    if (added) {
      setText('');
      announce(t('speakers.added', { name: nameOfWho(who) }));
    }
  };

  const plannedTotal = Math.round(speakers.filter((s) => s.status !== 'skipped').reduce((sum, s) => sum + s.plannedSeconds, 0) / 60);

  return (
    <section className="speaker-queue" aria-label={t('speakers.heading')}>
      <div className="speaker-queue-head">
        <h4>{t('speakers.heading')}</h4>
        {speakers.length ? (
          <span className={plannedTotal > item.plannedMinutes ? 'speaker-total over' : 'speaker-total'}>
            {plannedTotal > item.plannedMinutes
              ? t('speakers.overPlanned', { minutes: plannedTotal, planned: item.plannedMinutes })
              : t('speakers.total', { count: speakers.length, minutes: plannedTotal })}
          </span>
        ) : null}
      </div>
      {speakers.length === 0 ? <p className="muted">{t('speakers.empty')}</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <SortableContext items={speakers.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="speaker-list">
            {speakers.map((speaker, index) => (
              <SpeakerRow key={speaker.id} speaker={speaker} index={index} onStep={step} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="speaker-add">
        <WhoPicker
          label={t('speakers.add')}
          hint={participants.length ? t('speakers.addHint') : t('speakers.noParticipants')}
          placeholder={t('speakers.addPlaceholder')}
          people={participants}
          units={units}
          text={text}
          onTextChange={setText}
          onPick={(who) => void add(who)}
          freeLabel={(name) => t('speakers.freeName', { name })}
          noResults={t('session:picker.noResults', { query: text.trim() })}
          disabledIds={queued}
          disabledNote={t('speakers.inQueue')}
        />
        <label className="field speaker-add-minutes">
          <span className="field-label">{t('speakers.plannedMinutes')}</span>
          <input type="text" inputMode="decimal" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
      </div>
    </section>
  );
}

function SpeakerRow({ speaker, index, onStep }: { speaker: Speaker; index: number; onStep: (s: Speaker, d: -1 | 1) => void }) {
  const { t } = useTranslation('agenda');
  const run = useRun();
  const name = speakerName(speaker);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: speaker.id });
  const [minutes, setMinutes] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<string | null>(null);
  const detail = [speaker.person?.position, speaker.person?.unitName].filter(Boolean).join(' · ');
  const removable = speaker.status === 'waiting' || speaker.status === 'skipped';

  const saveMinutes = async () => {
    if (minutes === null) return;
    const seconds = parseSpeakerMinutes(minutes);
    if (seconds === null || seconds === speaker.plannedSeconds) return setMinutes(null);
    const saved = await run('speaker.update', { id: speaker.id, plannedSeconds: seconds });
    if (saved) setMinutes(null);
  };
  const savePrompt = async () => {
    if (prompt === null || prompt === speaker.prompt) return setPrompt(null);
    const saved = await run('speaker.update', { id: speaker.id, prompt });
    if (saved) setPrompt(null);
  };
  const remove = async () => {
    const done = await run('speaker.remove', { id: speaker.id });
    if (done !== null) toast(t('speakers.removed', { name }));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || isTextField(event.target)) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      event.stopPropagation();
      onStep(speaker, event.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const minutesInvalid = minutes !== null && parseSpeakerMinutes(minutes) === null;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`speaker-row speaker-${speaker.status}${isDragging ? ' dragging' : ''}`}
      onKeyDown={onKeyDown}
      data-testid="speaker-row"
    >
      <DragHandle activatorRef={setActivatorNodeRef} attributes={attributes} listeners={listeners} label={t('speakers.drag', { name })} data-speaker-handle={speaker.id} />
      <span className="speaker-number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="speaker-who">
        <span className="speaker-name">{name}</span>
        {detail ? <span className="speaker-detail">{detail}</span> : null}
      </span>
      <span className="speaker-badges">
        {speaker.isInterjection ? <span className="badge badge-neutral">{t('speakers.interjection')}</span> : null}
        <span className={`badge speaker-status-${speaker.status}`}>{t(`speakerStatus.${speaker.status}`)}</span>
      </span>
      <input
        className="speaker-minutes"
        type="text"
        inputMode="decimal"
        aria-label={t('speakers.plannedOf', { name })}
        aria-invalid={minutesInvalid || undefined}
        value={minutes ?? minutesText(speaker.plannedSeconds)}
        onChange={(e) => setMinutes(e.target.value)}
        onBlur={() => void saveMinutes()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void saveMinutes();
          if (e.key === 'Escape') setMinutes(null);
        }}
      />
      <input
        className="speaker-prompt"
        type="text"
        aria-label={t('speakers.promptOf', { name })}
        placeholder={t('speakers.prompt')}
        value={prompt ?? speaker.prompt}
        onChange={(e) => setPrompt(e.target.value)}
        onBlur={() => void savePrompt()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void savePrompt();
          if (e.key === 'Escape') setPrompt(null);
        }}
      />
      {removable ? (
        <button type="button" className="button small ghost danger-text" aria-label={t('speakers.removeOf', { name })} onClick={() => void remove()}>
          {t('speakers.remove')}
        </button>
      ) : (
        <span className="speaker-remove-placeholder" />
      )}
    </li>
  );
}
