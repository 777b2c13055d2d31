import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useRun } from '../../app/feedback.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { DragHandle } from '../../components/DragHandle.js';
import { PromptKeyboardSensor } from '../../components/promptKeyboardSensor.js';
import { isTextField } from '../agenda/SpeakerQueue.js';

/*
 * Protocol order (排序) in the directory: people and units come in their order of precedence, which
 * participant lists, the minutes' 出席 line, sign-in sheets and name cards follow (main/core/precedence.ts).
 * Three ways to set it: drag the ⋮⋮ handle (or lift it with Space and move it with ↑↓), Alt+↑/↓ on a
 * row, or type the number. Every move has Undo in its toast; "Reset to default order" asks first.
 */

export type OrderedKind = 'person' | 'unit';

interface Named {
  id: string;
  name: string;
}

/** The list in protocol order, moved at once on screen while the server takes the move (no jump back mid-drag). */
export function useProtocolOrder<T extends Named>(kind: OrderedKind, list: readonly T[] | undefined) {
  const { t } = useTranslation(['directory', 'common']);
  const run = useRun();
  const [region, announce] = useAnnouncer();
  const [confirmDialog, confirm] = useConfirm();
  const [optimistic, setOptimistic] = useState<{ base: readonly T[]; ids: string[] } | null>(null);

  const ordered = useMemo(() => {
    if (!list || !optimistic || optimistic.base !== list) return list;
    const byId = new Map(list.map((item) => [item.id, item]));
    return optimistic.ids.flatMap((id) => byId.get(id) ?? []);
  }, [list, optimistic]);

  const send = useCallback(
    (id: string, position: number) => (kind === 'person' ? run('person.move', { id, position }) : run('unit.move', { id, position })),
    [kind, run],
  );

  // What the list is now, for an Undo pressed after other moves and refetches.
  const latest = useRef({ list, ordered });
  useEffect(() => {
    latest.current = { list, ordered };
  }, [list, ordered]);

  /** Moves `item` to `to` (0-based) on screen and on the server; the place it came from, or null when nothing moved. */
  const apply = useCallback(
    async (item: T, to: number): Promise<number | null> => {
      const { list: base, ordered: current } = latest.current;
      if (!base || !current) return null;
      const ids = current.map((i) => i.id);
      const from = ids.indexOf(item.id);
      const target = Math.max(0, Math.min(to, ids.length - 1));
      if (from < 0 || from === target) return null;
      setOptimistic({ base, ids: arrayMove(ids, from, target) });
      const done = await send(item.id, target);
      if (done) return from;
      setOptimistic(null);
      return null;
    },
    [send],
  );

  /** A move with its words: announced, and a toast whose Undo puts the item back. */
  const move = useCallback(
    async (item: T, to: number) => {
      const target = Math.max(0, Math.min(to, (latest.current.ordered?.length ?? 1) - 1));
      const from = await apply(item, target);
      if (from === null) return;
      const said = t('order.moved', { name: item.name, position: target + 1 });
      announce(said);
      const undo = async () => {
        if ((await apply(item, from)) === null) return;
        const back = t('order.undone', { name: item.name, position: from + 1 });
        announce(back);
        toast(back);
      };
      toast(said, { action: { label: t('common:action.undo'), onClick: () => void undo() } });
    },
    [apply, t, announce],
  );

  const reset = useCallback(async () => {
    const yes = await confirm({ title: t('order.resetTitle'), body: t(`order.resetBody.${kind}`), confirmLabel: t('order.reset') });
    if (!yes) return;
    const done = kind === 'person' ? await run('person.resetOrder', {}) : await run('unit.resetOrder', {});
    if (done) toast.success(t('order.resetDone'));
  }, [confirm, kind, run, t]);

  return { ordered, move, reset, region, announce, dialog: confirmDialog };
}

/**
 * The table's rows, sortable by drag and by the keyboard. `enabled` is false while a search filters
 * the list: a drop among some rows would not say where among all of them.
 */
export function SortableRows<T extends Named>({
  items,
  enabled,
  onMove,
  children,
}: {
  items: readonly T[];
  enabled: boolean;
  onMove: (item: T, to: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('directory');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) => items.find((i) => i.id === id)?.name ?? '';
  const placeOf = (id: string | number) => items.findIndex((i) => i.id === id) + 1;
  const total = items.length;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('order.dnd.start', { name: nameOf(active.id), position: placeOf(active.id), total }),
    onDragOver: ({ active, over }) =>
      over ? t('order.dnd.over', { name: nameOf(active.id), position: placeOf(over.id), total }) : t('order.dnd.overNone', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('order.dnd.end', { name: nameOf(active.id), position: placeOf(over.id) }) : t('order.dnd.cancel', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('order.dnd.cancel', { name: nameOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = items.find((i) => i.id === active.id);
    if (!item || !over || active.id === over.id) return;
    onMove(item, placeOf(over.id) - 1);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('order.dnd.instructions') } }}
    >
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy} disabled={!enabled}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/**
 * One row that can be reordered: the 排序 cell (handle and number) first, then `children`. Alt+↑/↓
 * anywhere on the row (outside a field) moves it one place.
 */
export function SortableRow<T extends Named>({
  item,
  place,
  total,
  enabled,
  onMove,
  announce,
  children,
}: {
  item: T;
  /** 0-based place in the whole list. */
  place: number;
  total: number;
  enabled: boolean;
  onMove: (item: T, to: number) => void;
  announce: (text: string) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('directory');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !enabled });
  const focusHandle = () =>
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-order-handle="${item.id}"]`)?.focus());
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || isTextField(event.target) || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    const to = place + (event.key === 'ArrowUp' ? -1 : 1);
    if (to < 0) return announce(t('order.first', { name: item.name }));
    if (to >= total) return announce(t('order.last', { name: item.name }));
    onMove(item, to);
    focusHandle();
  };
  return (
    <tr
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? 'dragging' : undefined}
      onKeyDown={onKeyDown}
      data-testid="ordered-row"
    >
      <td className="order-cell">
        <DragHandle activatorRef={setActivatorNodeRef} attributes={attributes} listeners={listeners} label={t('order.drag', { name: item.name })} disabled={!enabled} data-order-handle={item.id} />
        <OrderNumber key={place} name={item.name} place={place} total={total} onCommit={(to) => onMove(item, to)} />
      </td>
      {children}
    </tr>
  );
}

/** The number in the 排序 column: type another and press Enter (or leave the field) to move there. */
function OrderNumber({ name, place, total, onCommit }: { name: string; place: number; total: number; onCommit: (to: number) => void }) {
  const { t } = useTranslation('directory');
  const [text, setText] = useState<string | null>(null);
  const parsed = text === null ? null : /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : NaN;
  const invalid = parsed !== null && !(parsed >= 1 && parsed <= total);
  const commit = () => {
    if (parsed === null || invalid || parsed === place + 1) return setText(null);
    onCommit(parsed - 1);
  };
  return (
    <input
      className="order-number"
      type="text"
      inputMode="numeric"
      aria-label={t('order.numberOf', { name, total })}
      aria-invalid={invalid || undefined}
      title={invalid ? t('order.numberRange', { total }) : undefined}
      value={text ?? String(place + 1)}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && text !== null) {
          e.preventDefault();
          e.stopPropagation();
          setText(null);
        }
      }}
    />
  );
}

/** Above the table: how to reorder (or why not now), and "Reset to default order". */
export function OrderBar({ kind, filtered, onReset }: { kind: OrderedKind; filtered: boolean; onReset: () => void }) {
  const { t } = useTranslation('directory');
  return (
    <div className="order-bar">
      <p className="muted order-hint">{filtered ? t('order.filteredHint') : t(`order.hint.${kind}`)}</p>
      <button type="button" className="button small" onClick={onReset}>
        {t('order.reset')}
      </button>
    </div>
  );
}
