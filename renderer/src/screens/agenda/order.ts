/**
 * The agenda editor's arithmetic, pure and unit-tested (test/unit/run-ui.test.ts): items grouped by
 * sitting, where a drag or an Alt+arrow puts an item (as the contract's agenda.move wants it: a
 * position among all the session's items, and maybe another sitting), and the planned times
 * recomputed with shared/schedule.ts while the user edits, before the server has answered.
 */
import type { AgendaView, ScheduledItem, SittingSchedule } from '../../../../shared/agenda.js';
import { computeSchedule } from '../../../../shared/schedule.js';

export interface SittingGroup {
  /** null: the session has no sittings (durations only). */
  sitting: SittingSchedule | null;
  /** 1-based number of the sitting, 0 when there is none. */
  number: number;
  items: ScheduledItem[];
}

/** The sitting an item is scheduled in: its own, or the first one when it has none (as computeSchedule does). */
export function effectiveSitting(view: Pick<AgendaView, 'sittings'>, item: Pick<ScheduledItem, 'sittingId'>): string | null {
  const known = view.sittings.some((s) => s.sitting.id === item.sittingId);
  return known ? item.sittingId : (view.sittings[0]?.sitting.id ?? null);
}

/** Items by sitting, each group in position order; a session without sittings has one group. */
export function groupBySitting(view: AgendaView): SittingGroup[] {
  const sorted = [...view.items].sort((a, b) => a.position - b.position);
  if (view.sittings.length === 0) return [{ sitting: null, number: 0, items: sorted }];
  return view.sittings.map((sitting, index) => ({
    sitting,
    number: index + 1,
    items: sorted.filter((item) => effectiveSitting(view, item) === sitting.sitting.id),
  }));
}

/** The items in the order the editor shows them: sitting by sitting. */
export function displayOrder(view: AgendaView): ScheduledItem[] {
  return groupBySitting(view).flatMap((g) => g.items);
}

export interface MoveTarget {
  id: string;
  /** 0-based position among all the session's items (agenda.move). */
  position: number;
  /** Set when the item changes sitting. */
  sittingId?: string | null;
  /** 1-based place in the displayed list after the move, for the announcement. */
  displayIndex: number;
}

/** The global position that puts `id` just before or just after `anchorId` (position order, `id` left out). */
function positionBeside(view: AgendaView, id: string, anchorId: string, side: 'before' | 'after'): number {
  const others = [...view.items].sort((a, b) => a.position - b.position).filter((i) => i.id !== id);
  const index = others.findIndex((i) => i.id === anchorId);
  if (index < 0) return others.length;
  return side === 'before' ? index : index + 1;
}

function displayIndexAfter(view: AgendaView, target: Omit<MoveTarget, 'displayIndex'>): number {
  const moved = applyMove(view, { ...target, displayIndex: 0 });
  return displayOrder(moved).findIndex((i) => i.id === target.id) + 1;
}

/**
 * A drop of `activeId` onto `overId` in the displayed list: it takes the place of the item it was
 * dropped on, and that item's sitting.
 */
export function dropTarget(view: AgendaView, activeId: string, overId: string): MoveTarget | null {
  if (activeId === overId) return null;
  const shown = displayOrder(view);
  const from = shown.findIndex((i) => i.id === activeId);
  const to = shown.findIndex((i) => i.id === overId);
  const over = shown[to];
  const active = shown[from];
  if (from < 0 || to < 0 || !over || !active) return null;
  const side = to > from ? 'after' : 'before';
  const overSitting = effectiveSitting(view, over);
  const target: Omit<MoveTarget, 'displayIndex'> = { id: activeId, position: positionBeside(view, activeId, over.id, side) };
  if (overSitting !== effectiveSitting(view, active)) target.sittingId = overSitting;
  return { ...target, displayIndex: displayIndexAfter(view, target) };
}

/**
 * One step up or down (Alt+arrow): within the sitting it swaps with the neighbour; at the edge of a
 * sitting it crosses into the previous or next sitting (at its end or start). Null at the very edge.
 */
export function stepTarget(view: AgendaView, id: string, direction: -1 | 1): MoveTarget | null {
  const groups = groupBySitting(view);
  const g = groups.findIndex((group) => group.items.some((i) => i.id === id));
  const group = groups[g];
  if (!group) return null;
  const index = group.items.findIndex((i) => i.id === id);
  const neighbour = group.items[index + direction];
  let target: Omit<MoveTarget, 'displayIndex'>;
  if (neighbour) {
    target = { id, position: positionBeside(view, id, neighbour.id, direction < 0 ? 'before' : 'after') };
  } else {
    const next = groups[g + direction];
    if (!next?.sitting) return null;
    // Into the neighbouring sitting: at its end when going up, at its start when going down.
    const anchor = direction < 0 ? next.items.at(-1) : next.items[0];
    const position = anchor ? positionBeside(view, id, anchor.id, direction < 0 ? 'after' : 'before') : direction < 0 ? 0 : view.items.length - 1;
    target = { id, position, sittingId: next.sitting.sitting.id };
  }
  return { ...target, displayIndex: displayIndexAfter(view, target) };
}

/** Planned times, sitting ends and overruns recomputed for items with these minutes and sittings. */
export function reschedule(view: AgendaView, items: ScheduledItem[]): AgendaView {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const schedule = computeSchedule(
    view.sittings.map((s) => s.sitting),
    sorted,
  );
  return {
    ...view,
    sittings: schedule.sittings,
    unscheduledMinutes: schedule.unscheduledMinutes,
    items: sorted.map((item) => {
      const times = schedule.times.get(item.id);
      return { ...item, plannedStart: times?.plannedStart ?? null, plannedEnd: times?.plannedEnd ?? null };
    }),
  };
}

/** The view as it will be once agenda.move has run (for an optimistic update). */
export function applyMove(view: AgendaView, target: MoveTarget): AgendaView {
  const order = [...view.items].sort((a, b) => a.position - b.position);
  const from = order.findIndex((i) => i.id === target.id);
  if (from < 0) return view;
  const [moved] = order.splice(from, 1);
  const item = { ...moved!, ...(target.sittingId !== undefined ? { sittingId: target.sittingId } : {}) };
  order.splice(Math.min(target.position, order.length), 0, item);
  return reschedule(
    view,
    order.map((i, position) => ({ ...i, position })),
  );
}

/** The view with some items' planned minutes replaced by what the user is typing. */
export function withDraftMinutes(view: AgendaView, drafts: ReadonlyMap<string, number>): AgendaView {
  if (drafts.size === 0) return view;
  return reschedule(
    view,
    view.items.map((i) => (drafts.has(i.id) ? { ...i, plannedMinutes: drafts.get(i.id)! } : i)),
  );
}

/** New queue order after moving a speaker from one index to another (for optimistic display). */
export function arrayMove<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
