import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { PromptKeyboardSensor } from '../../components/promptKeyboardSensor.js';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { AgendaView, ScheduledItem, SittingSchedule } from '../../../../shared/agenda.js';
import type { Person, Unit } from '../../../../shared/domain.js';
import { useCall, useClient } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { ItemCard } from './ItemCard.js';
import { ItemForm, type ItemValues } from './ItemForm.js';
import { applyMove, arrayMove, displayOrder, dropTarget, groupBySitting, stepTarget, withDraftMinutes, type MoveTarget } from './order.js';
import { SaveTemplate, TemplateMenu } from './Templates.js';
import './agenda.css';

const NO_PEOPLE: Person[] = [];
const NO_UNITS: Unit[] = [];

/**
 * The agenda of one session: items with kind, title, presenter, planned minutes and notes, in
 * sittings with their computed times and a warning when they do not fit; add, edit in place, delete
 * with Undo, reorder by drag or keyboard (announced); templates; each round's speaking order.
 * Mounted on its own route and in the session screen's Prepare view.
 */
export function AgendaEditor({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation(['agenda', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const agenda = useCall('agenda.list', { sessionId });
  const detail = useCall('session.get', { id: sessionId });
  const people = useCall('person.list', {});
  const units = useCall('unit.list', {});
  const client = useClient();
  const queryClient = useQueryClient();
  const run = useRun();
  const [region, announce] = useAnnouncer();
  const [editing, setEditing] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, number>>(new Map());
  const [openQueues, setOpenQueues] = useState<ReadonlySet<string>>(new Set());
  const [addDraft, setAddDraft] = useState<number | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const key = useMemo(() => ['agenda.list', { sessionId }] as const, [sessionId]);
  const view = agenda.data;
  const shown = useMemo(() => (view ? withDraftMinutes(view, drafts) : undefined), [view, drafts]);
  const order = useMemo(() => (shown ? displayOrder(shown) : []), [shown]);

  const onDraftMinutes = useCallback((id: string, minutes: number | null) => {
    setDrafts((current) => {
      const next = new Map(current);
      if (minutes === null) next.delete(id);
      else next.set(id, minutes);
      return next;
    });
  }, []);

  /** Moves optimistically (the list changes at once), then asks the server; a refusal refetches. */
  const move = async (target: MoveTarget) => {
    const before = queryClient.getQueryData<AgendaView>(key);
    if (before) queryClient.setQueryData<AgendaView>(key, applyMove(before, target));
    const result = await client.call('agenda.move', {
      id: target.id,
      position: target.position,
      ...(target.sittingId !== undefined ? { sittingId: target.sittingId } : {}),
    });
    if (!result.ok) {
      toast.error(errorMessage(te, result.error));
      await queryClient.invalidateQueries({ queryKey: key });
    }
  };

  const moveSpeaker = async (itemId: string, speakerId: string, toIndex: number) => {
    const before = queryClient.getQueryData<AgendaView>(key);
    if (before) {
      queryClient.setQueryData<AgendaView>(key, {
        ...before,
        items: before.items.map((item) => {
          if (item.id !== itemId) return item;
          const from = item.speakers.findIndex((s) => s.id === speakerId);
          return { ...item, speakers: arrayMove(item.speakers, from, toIndex).map((s, position) => ({ ...s, position })) };
        }),
      });
    }
    const moved = await run('speaker.move', { id: speakerId, position: toIndex });
    if (!moved) await queryClient.invalidateQueries({ queryKey: key });
  };

  const titleOf = (id: string | number) => order.find((i) => i.id === id)?.title ?? '';
  const indexOf = (id: string | number) => order.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { title: titleOf(active.id), position: indexOf(active.id), total: order.length }),
    onDragOver: ({ active, over }) =>
      over ? t('dnd.over', { title: titleOf(active.id), position: indexOf(over.id), total: order.length }) : t('dnd.overNone', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.end', { title: titleOf(active.id), position: indexOf(over.id) }) : t('dnd.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancel', { title: titleOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!view || !over) return;
    const target = dropTarget(view, String(active.id), String(over.id));
    if (target) void move(target);
  };

  const step = (item: ScheduledItem, direction: -1 | 1) => {
    if (!view) return;
    const target = stepTarget(view, item.id, direction);
    if (!target) {
      announce(direction < 0 ? t('move.first', { title: item.title }) : t('move.last', { title: item.title }));
      return;
    }
    void move(target);
    if (target.sittingId !== undefined) {
      // Into another sitting: say which, and the place within it.
      const group = groupBySitting(applyMove(view, target)).find((g) => g.sitting?.sitting.id === target.sittingId);
      const position = (group?.items.findIndex((i) => i.id === item.id) ?? 0) + 1;
      announce(t('move.movedToSitting', { title: item.title, n: group?.number ?? 0, position }));
    } else {
      announce(t('move.moved', { title: item.title, position: target.displayIndex }));
    }
    // The item may now sit in another list: give focus back to its handle once it is drawn there.
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-item-handle="${item.id}"]`)?.focus());
  };

  const remove = async (item: ScheduledItem) => {
    const done = await run('agenda.delete', { id: item.id });
    if (done === null) return;
    toast(t('item.deleted', { title: item.title }), {
      duration: 8000,
      action: {
        label: t('common:action.undo'),
        onClick: () => {
          void run('agenda.restore', { id: item.id }).then((restored) => {
            if (restored) toast.success(t('item.restored', { title: item.title }));
          });
        },
      },
    });
  };

  const add = async (values: ItemValues) => {
    const created = await run('agenda.create', {
      sessionId,
      kind: values.kind,
      title: values.title,
      plannedMinutes: values.plannedMinutes,
      presenterId: values.presenterId,
      presenterName: values.presenterName,
      speakerPrompt: values.speakerPrompt,
      ...(values.sittingId ? { sittingId: values.sittingId } : {}),
    });
    if (!created) return false;
    announce(t('add.added', { title: created.title }));
    setAddDraft(null);
    return true;
  };

  if (agenda.isPending) return <Loading />;
  if (agenda.isError) return <ErrorNotice error={agenda.error} onRetry={() => void agenda.refetch()} />;
  if (!shown) return null;

  const sittings = shown.sittings.map((s) => s.sitting);
  const participants = detail.data?.participants.map((p) => p.person) ?? NO_PEOPLE;
  const locale = detail.data?.programme.locale ?? 'zh-CN';
  const groups = groupBySitting(shown);
  const lastSitting = sittings.at(-1)?.id ?? null;
  // While the add form's minutes are typed, the last sitting's end shows what it would become.
  const preview = addDraft !== null && lastSitting ? withDraftMinutes({ ...shown, items: [...shown.items, phantom(lastSitting, addDraft)] }, new Map()) : null;

  return (
    <section className="agenda-editor" aria-labelledby="agenda-editor-heading">
      {region}
      <div className="agenda-toolbar">
        <h2 id="agenda-editor-heading">{t('heading')}</h2>
        <div className="button-row">
          <TemplateMenu sessionId={sessionId} locale={locale} itemCount={shown.items.length} />
          <SaveTemplate sessionId={sessionId} sessionTitle={shown.session.title} disabled={shown.items.length === 0} />
          <Link className="button" to={`/sessions/${sessionId}/print`}>
            {t('printLink')}
          </Link>
        </div>
      </div>
      {shown.items.length > 0 ? <p className="field-hint">{t('move.hint')}</p> : null}
      {shown.items.length === 0 ? <EmptyState title={t('empty.title')} hint={t('empty.hint')} headingLevel={3} /> : null}

      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <SortableContext items={order.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          {groups.map((group) => (
            <div key={group.sitting?.sitting.id ?? 'none'} className="agenda-sitting">
              {group.sitting ? (
                <SittingHeader
                  schedule={(preview?.sittings.find((s) => s.sitting.id === group.sitting!.sitting.id) ?? group.sitting)}
                  number={group.number}
                />
              ) : shown.items.length ? (
                <p className="sitting-summary muted">{t('sitting.noSittings', { count: shown.unscheduledMinutes })}</p>
              ) : null}
              {group.items.length === 0 && group.sitting && shown.items.length > 0 ? <p className="muted sitting-empty">{t('sitting.empty')}</p> : null}
              <ol className="agenda-list" aria-label={group.sitting ? t('sitting.heading', { n: group.number }) : t('heading')}>
                {group.items.map((item) => (
                  <ItemCard
                    key={item.id}
                    item={item}
                    sittings={sittings}
                    people={people.data ?? NO_PEOPLE}
                    participants={participants}
                    units={units.data ?? NO_UNITS}
                    editing={editing === item.id}
                    onEdit={setEditing}
                    onDraftMinutes={onDraftMinutes}
                    onStep={step}
                    onDelete={(i) => void remove(i)}
                    speakersOpen={openQueues.has(item.id)}
                    onToggleSpeakers={(id) =>
                      setOpenQueues((current) => {
                        const next = new Set(current);
                        if (next.has(id)) next.delete(id);
                        else next.add(id);
                        return next;
                      })
                    }
                    announce={announce}
                    onMoveSpeaker={(itemId, speakerId, toIndex) => void moveSpeaker(itemId, speakerId, toIndex)}
                  />
                ))}
              </ol>
            </div>
          ))}
        </SortableContext>
      </DndContext>

      <div className="card agenda-add">
        <h3>{t('add.heading')}</h3>
        <ItemForm
          mode="add"
          label={t('add.heading')}
          initial={{
            kind: 'presentation',
            title: '',
            plannedMinutes: 20,
            presenterId: null,
            presenterName: '',
            sittingId: lastSitting,
            chairNotes: '',
            speakerPrompt: '',
          }}
          initialPresenter={null}
          sittings={sittings}
          people={people.data ?? NO_PEOPLE}
          units={units.data ?? NO_UNITS}
          onDraftMinutes={setAddDraft}
          onSubmit={add}
        />
      </div>
    </section>
  );
}

/** A stand-in for the item being added, so the sitting's end previews it. */
function phantom(sittingId: string, minutes: number): ScheduledItem {
  return {
    id: '__new__',
    sessionId: '',
    sittingId,
    position: Number.MAX_SAFE_INTEGER,
    kind: 'presentation',
    title: '',
    presenter: null,
    presenterName: '',
    plannedMinutes: minutes,
    chairNotes: '',
    speakerPrompt: '',
    status: 'pending',
    actualStart: null,
    actualEnd: null,
    plannedStart: null,
    plannedEnd: null,
    speakers: [],
  };
}

function SittingHeader({ schedule, number }: { schedule: SittingSchedule; number: number }) {
  const { t } = useTranslation('agenda');
  const { sitting, plannedEnd, overrunMinutes, totalMinutes } = schedule;
  return (
    <div className={`sitting-summary${overrunMinutes > 0 ? ' overrun' : ''}`} data-testid="sitting-summary">
      <h3 className="sitting-title">
        {t('sitting.heading', { n: number })}
        <span className="sitting-when">{t('sitting.when', { date: sitting.date, start: sitting.startTime, end: sitting.endTime })}</span>
      </h3>
      <span className="sitting-facts">
        <span>{t('sitting.total', { count: totalMinutes })}</span>
        <span>{t('sitting.plannedEnd', { time: plannedEnd })}</span>
      </span>
      {overrunMinutes > 0 ? (
        <>
          <strong className="sitting-warning">
            <span aria-hidden="true">⚠ </span>
            {t('sitting.overrun', { count: overrunMinutes })}
          </strong>
          <p className="sitting-overrun-hint">{t('sitting.overrunHint', { planned: plannedEnd, end: sitting.endTime, count: overrunMinutes })}</p>
        </>
      ) : (
        <span className="sitting-ok">
          <span aria-hidden="true">✓ </span>
          {t('sitting.fits')}
        </span>
      )}
    </div>
  );
}
