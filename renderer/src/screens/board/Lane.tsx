import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus } from '../../../../shared/actions.js';
import { CardOverlay } from './Card.js';
import { Column } from './Column.js';
import { PromptKeyboardSensor } from '../../components/promptKeyboardSensor.js';
import {
  cardBefore,
  groupColumns,
  isUnchanged,
  moveVerdict,
  othersIn,
  reuseColumns,
  startTarget,
  stepTarget,
  type Columns,
  type Direction,
  type Target,
} from './model.js';

/** Narrow enough that every column fits beside the sidebar at 1280 px; narrower windows scroll sideways. */
const COLUMN_MIN = 146;

const ARROW_CODES: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Space lifts (Enter is for opening the task); Space or Enter drops; Escape cancels. */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** Keyboard drags are decided by the board's own model (below); pointer drags by what is under the pointer. */
const collision: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return [];
  const hits = pointerWithin(args);
  const cards = hits.filter((hit) => String(hit.id).startsWith('card|'));
  return cards.length ? cards : hits;
};

export interface LaneProps {
  laneKey: string;
  actions: readonly ActionItem[];
  /** Column counts before filtering (null when nothing is filtered out, or in swimlanes). */
  totals: Record<ActionStatus, number> | null;
  shown: readonly ActionStatus[];
  locale: string;
  headingLevel: 2 | 3;
  onOpen: (id: string) => void;
  /** Commits a move; resolves true when the server took it. */
  onMove: (action: ActionItem, target: Target, columns: Columns) => Promise<boolean>;
  announce: (text: string) => void;
  renderQuickAdd: (status: ActionStatus) => ReactNode;
}

/** Focuses a card once it is drawn (a virtualised column draws it a frame or two after scrolling). */
function focusCard(laneKey: string, id: string, tries = 6) {
  window.requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-lane="${CSS.escape(laneKey)}"][data-card-id="${CSS.escape(id)}"]`);
    if (card) {
      card.focus();
      // focus() scrolls only when the element was not focused already; a moved card must be in view.
      card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (tries > 0) focusCard(laneKey, id, tries - 1);
  });
}

/**
 * A row of status columns with its own drag-and-drop context (the whole board, or one swimlane).
 *
 * While a card is lifted the board keeps a target (column, index among the other cards). Arrow keys
 * step it through the board's model, not through screen geometry, so keyboard moves are exact even
 * in virtualised columns; the pointer sets it from the card under it. Nothing moves until the drop.
 */
export function Lane({ laneKey, actions, totals, shown, locale, headingLevel, onOpen, onMove, announce, renderQuickAdd }: LaneProps) {
  const { t } = useTranslation('board');
  const fresh = useMemo(() => groupColumns(actions), [actions]);
  // Columns whose cards did not change keep their array, so their (memoised) components skip a render.
  const [columns, setColumns] = useState(fresh);
  const reused = reuseColumns(columns, fresh);
  if (reused !== columns) setColumns(reused);
  const [lifted, setLifted] = useState<ActionItem | null>(null);
  const [target, setTargetState] = useState<Target | null>(null);
  const [byKeyboard, setByKeyboard] = useState(false);
  // What the keyboard sensor's callbacks read: they are created once per drag, the board changes.
  const model = useRef<{ columns: Columns; shown: readonly ActionStatus[]; lifted: ActionItem | null; target: Target | null }>({
    columns,
    shown,
    lifted: null,
    target: null,
  });
  useLayoutEffect(() => {
    model.current.columns = columns;
    model.current.shown = shown;
  }, [columns, shown]);
  const scrollers = useRef(new Map<string, (index: number) => void>());

  const statusName = useCallback((status: ActionStatus) => t(`status.${status}`), [t]);

  const describe = useCallback(
    (action: ActionItem, next: Target) => {
      const total = othersIn(model.current.columns, next.status, action.id).length + 1;
      const params = { title: action.title, status: statusName(next.status), position: next.index + 1, total, from: statusName(action.status) };
      const verdict = moveVerdict(action, next.status);
      if (verdict.ok) return t('dnd.target', params);
      return verdict.reason === 'lead_unit_required' ? t('dnd.targetNeedsLead', params) : t('dnd.targetRefused', params);
    },
    [t, statusName],
  );

  const setTarget = useCallback((next: Target | null) => {
    model.current.target = next;
    setTargetState(next);
  }, []);

  const coordinateGetter: KeyboardCoordinateGetter = useCallback(
    (event) => {
      const direction = ARROW_CODES[event.code];
      if (!direction) return undefined;
      event.preventDefault();
      const { columns: current, shown: statuses, lifted: action, target: at } = model.current;
      if (!action || !at) return undefined;
      const next = stepTarget(current, statuses, action.id, at, direction);
      if (next.status === at.status && next.index === at.index) {
        announce(t('dnd.edge', { title: action.title }));
        return undefined;
      }
      setTarget(next);
      announce(describe(action, next));
      return undefined;
    },
    [announce, describe, setTarget, t],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter, keyboardCodes: KEYBOARD_CODES }),
  );

  // A keyboard target may be out of view (a long column, a column scrolled off to the side).
  useEffect(() => {
    if (!target || !byKeyboard) return;
    scrollers.current.get(target.status)?.(target.index);
    document.querySelector<HTMLElement>(`[data-lane-key="${CSS.escape(laneKey)}"] [data-testid="drop-slot"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [target, byKeyboard, laneKey]);

  const registerScroll = useCallback((_lane: string, status: ActionStatus, scroll: ((index: number) => void) | null) => {
    if (scroll) scrollers.current.set(status, scroll);
    else scrollers.current.delete(status);
  }, []);

  const reset = () => {
    model.current.lifted = null;
    setLifted(null);
    setTarget(null);
    setByKeyboard(false);
  };

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const action = (active.data.current as { action?: ActionItem } | undefined)?.action;
    if (!action) return;
    model.current.lifted = action;
    setLifted(action);
    setTarget(startTarget(columns, action));
    setByKeyboard(activatorEvent instanceof KeyboardEvent);
  };

  const onDragMove = ({ active, over, delta, activatorEvent }: DragMoveEvent) => {
    const action = model.current.lifted;
    if (!action || activatorEvent instanceof KeyboardEvent || !over) return;
    const data = over.data.current as { action?: ActionItem; status?: ActionStatus } | undefined;
    let next: Target | null = null;
    if (data?.action) {
      const hovered = data.action;
      if (hovered.id === action.id) next = startTarget(columns, action);
      else {
        const others = othersIn(columns, hovered.status, action.id);
        const index = others.findIndex((a) => a.id === hovered.id);
        const pointer = activatorEvent as PointerEvent | MouseEvent | null;
        const y = (pointer && 'clientY' in pointer ? pointer.clientY : (active.rect.current.initial?.top ?? 0)) + delta.y;
        const below = y > over.rect.top + over.rect.height / 2;
        next = { status: hovered.status, index: index + (below ? 1 : 0) };
      }
    } else if (data?.status) {
      next = { status: data.status, index: othersIn(columns, data.status, action.id).length };
    }
    const at = model.current.target;
    if (next && (!at || at.status !== next.status || at.index !== next.index)) setTarget(next);
  };

  const finish = async (action: ActionItem, at: Target | null) => {
    reset();
    if (!at || isUnchanged(columns, action, at)) {
      announce(t('dnd.cancel', { title: action.title }));
      focusCard(laneKey, action.id);
      return;
    }
    const moved = await onMove(action, at, columns);
    announce(
      moved
        ? t('dnd.end', { title: action.title, status: statusName(at.status), position: at.index + 1 })
        : t('dnd.refused', { title: action.title, status: statusName(action.status) }),
    );
    focusCard(laneKey, action.id);
  };

  const onDragEnd = (_event: DragEndEvent) => {
    const { lifted: action, target: at } = model.current;
    if (action) void finish(action, at);
    else reset();
  };

  const onDragCancel = () => {
    const action = model.current.lifted;
    reset();
    if (action) {
      announce(t('dnd.cancel', { title: action.title }));
      focusCard(laneKey, action.id);
    }
  };

  // While a card is lifted its keys and clicks belong to the drag, even before the board has
  // re-rendered to show it lifted (model.current is set synchronously by onDragStart).
  const open = useCallback(
    (id: string) => {
      if (!model.current.lifted) onOpen(id);
    },
    [onOpen],
  );

  /** Arrow keys on a card: to the neighbouring card; with Alt, one step at once, without lifting. */
  const onArrow = useCallback(
    (id: string, direction: Direction, move: boolean) => {
      if (model.current.lifted) return;
      const { columns: current, shown: statuses } = model.current;
      const action = Object.values(current)
        .flat()
        .find((a) => a.id === id);
      if (!action) return;
      if (!move) {
        const here = startTarget(current, action);
        let status = action.status;
        let index = here.index;
        if (direction === 'up' || direction === 'down') index += direction === 'down' ? 1 : -1;
        else {
          // The next shown column that has a card, keeping the row when it can.
          const step = direction === 'right' ? 1 : -1;
          let at = statuses.indexOf(status) + step;
          while (statuses[at] && current[statuses[at]!].length === 0) at += step;
          if (!statuses[at]) return;
          status = statuses[at]!;
          index = Math.min(index, current[status].length - 1);
        }
        const next = current[status][index];
        if (!next) return;
        scrollers.current.get(status)?.(index);
        focusCard(laneKey, next.id);
        return;
      }
      const from = startTarget(current, action);
      const next = stepTarget(current, statuses, id, from, direction);
      if (next.status === from.status && next.index === from.index) {
        announce(t('dnd.edge', { title: action.title }));
        return;
      }
      void onMove(action, next, current).then((moved) => {
        announce(
          moved
            ? t('dnd.moved', { title: action.title, status: statusName(next.status), position: next.index + 1 })
            : t('dnd.refused', { title: action.title, status: statusName(action.status) }),
        );
        focusCard(laneKey, id);
      });
    },
    [announce, onMove, statusName, t, laneKey],
  );

  const announcements: Announcements = {
    onDragStart: () => {
      const action = model.current.lifted;
      if (!action) return undefined;
      const at = startTarget(model.current.columns, action);
      return t('dnd.start', { title: action.title, status: statusName(action.status), position: at.index + 1, total: model.current.columns[action.status].length });
    },
    onDragOver: () => undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => undefined,
  };

  const dropBefore = (status: ActionStatus): string | null => {
    if (!lifted || !target || target.status !== status || isUnchanged(columns, lifted, target)) return null;
    return cardBefore(columns, lifted.id, target)?.id ?? '';
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('keys.instructions') } }}
    >
      <div className="board-columns" data-lane-key={laneKey} style={{ gridTemplateColumns: `repeat(${shown.length}, minmax(${COLUMN_MIN}px, 1fr))` }}>
        {shown.map((status) => (
          <Column
            key={status}
            laneKey={laneKey}
            status={status}
            cards={columns[status]}
            total={totals ? totals[status] : null}
            locale={locale}
            liftedId={lifted?.id ?? null}
            dropBeforeId={dropBefore(status)}
            refused={lifted !== null && !moveVerdict(lifted, status).ok}
            slotTitle={lifted && byKeyboard ? lifted.title : null}
            onOpen={open}
            onArrow={onArrow}
            registerScroll={registerScroll}
            renderQuickAdd={renderQuickAdd}
            headingLevel={headingLevel}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{lifted && !byKeyboard ? <CardOverlay action={lifted} locale={locale} /> : null}</DragOverlay>
    </DndContext>
  );
}
