import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus } from '../../../../shared/actions.js';
import { Card } from './Card.js';

/** Above this many cards a column draws only what is in view (a 2,000-task programme stays quick). */
export const VIRTUAL_OVER = 40;
const ESTIMATED_CARD = 112;

export interface ColumnProps {
  laneKey: string;
  status: ActionStatus;
  cards: readonly ActionItem[];
  /** The column's count before filtering, when filters hide some. */
  total: number | null;
  locale: string;
  /** The lifted card, wherever it is. */
  liftedId: string | null;
  /** The id of the card the lifted one would land before; '' at the end of this column; null: not here. */
  dropBeforeId: string | null;
  /** A card is lifted and may not move into this column. */
  refused: boolean;
  /** Keyboard lifts show a slot with the title where the card would land; pointer drags a thin line. */
  slotTitle: string | null;
  onOpen: (id: string) => void;
  onArrow: (id: string, key: 'up' | 'down' | 'left' | 'right', move: boolean) => void;
  /** Lets the lane scroll a card into view by index (virtualised columns do not draw every card). */
  registerScroll: (laneKey: string, status: ActionStatus, scroll: ((index: number) => void) | null) => void;
  renderQuickAdd: (status: ActionStatus) => ReactNode;
  headingLevel: 2 | 3;
}

/** One status column: heading with counts, quick add, the cards (virtualised when long), drop marks. */
export const Column = memo(function Column(props: ColumnProps) {
  const { laneKey, status, cards, total, locale, liftedId, dropBeforeId, refused, slotTitle, onOpen, onArrow, registerScroll, renderQuickAdd, headingLevel } = props;
  const { t } = useTranslation('board');
  const { setNodeRef, isOver } = useDroppable({ id: `column|${laneKey}|${status}`, data: { status } });
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = cards.length > VIRTUAL_OVER;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = t(`status.${status}`);
  const filtered = total !== null && total !== cards.length;

  const virtualizer = useVirtualizer({
    count: virtual ? cards.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD,
    overscan: 6,
    getItemKey: (index) => cards[index]?.id ?? index,
  });

  useEffect(() => {
    registerScroll(laneKey, status, (index) => {
      if (virtual) virtualizer.scrollToIndex(index, { align: 'auto' });
      else scroller.current?.querySelectorAll<HTMLElement>('[data-card-id]')[index]?.scrollIntoView({ block: 'nearest' });
    });
    return () => registerScroll(laneKey, status, null);
  }, [laneKey, status, virtual, virtualizer, registerScroll]);

  const slot = slotTitle !== null && !virtual;
  const card = (action: ActionItem) => (
    <Card
      action={action}
      t={t}
      laneKey={laneKey}
      locale={locale}
      lifted={action.id === liftedId}
      dropBefore={!slot && dropBeforeId === action.id}
      onOpen={onOpen}
      onArrow={onArrow}
    />
  );
  const slotMark = (
    <div className="drop-slot" aria-hidden="true" data-testid="drop-slot">
      {slotTitle}
    </div>
  );

  return (
    <section
      ref={setNodeRef}
      className={['board-column', `column-${status}`, refused ? 'refused' : '', isOver && !refused ? 'over' : ''].filter(Boolean).join(' ')}
      aria-label={t('column.label', { status: name, count: cards.length })}
      data-status={status}
      data-testid={`column-${status}`}
    >
      <header className="column-head">
        <Heading className="column-title">{name}</Heading>
        <span className="column-count" data-testid="column-count" aria-label={filtered ? t('column.countFilteredLabel', { shown: cards.length, count: total }) : undefined}>
          {filtered ? t('column.countFiltered', { shown: cards.length, count: total }) : t('column.count', { count: cards.length })}
        </span>
      </header>
      {renderQuickAdd(status)}
      {refused ? (
        <p className="column-refused" aria-hidden="true">
          {t('column.refused')}
        </p>
      ) : null}
      <div ref={scroller} className="column-body">
        {cards.length === 0 && dropBeforeId !== '' ? <p className="column-empty muted">{liftedId ? t('column.dropHere') : t('column.empty')}</p> : null}
        {virtual ? (
          <div className="column-virtual" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => (
              <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="column-row" style={{ transform: `translateY(${row.start}px)` }}>
                {card(cards[row.index]!)}
              </div>
            ))}
          </div>
        ) : (
          cards.map((action) => (
            <div key={action.id} className="column-row-static">
              {slot && dropBeforeId === action.id ? slotMark : null}
              {card(action)}
            </div>
          ))
        )}
        {dropBeforeId === '' ? slot ? slotMark : <div className="drop-end" aria-hidden="true" /> : null}
      </div>
    </section>
  );
});
