import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { memo, useCallback, useId, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/actions.js';
import { asLocale, punctuationOf, translatorFor } from '../../../../shared/i18n/translate.js';
import { dueWords, formatDue, joinNames, unitShort } from './format.js';

export interface CardProps {
  action: ActionItem;
  /** The board's translator, passed down: one i18n subscription per column, not one per card. */
  t: TFunction<'board'>;
  laneKey: string;
  locale: string;
  /** This card is lifted: the board shows a ghost here and the card itself in the overlay. */
  lifted: boolean;
  /** The lifted card would land just before this one. */
  dropBefore: boolean;
  onOpen: (id: string) => void;
  /** Arrow keys go to the neighbouring card; with Alt they move this card there at once, without lifting. */
  onArrow: (id: string, key: 'up' | 'down' | 'left' | 'right', move: boolean) => void;
}

const ARROWS: Record<string, 'up' | 'down' | 'left' | 'right'> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * What a card shows; also drawn in the drag overlay. Pure presentation. The {' '} between parts
 * draw nothing (they sit between flex items) but keep words apart in the text, which is what
 * checks of the name against the visible text (cardLabel) read.
 */
export const CardBody = memo(function CardBody({ action, locale, t }: { action: ActionItem; locale: string; t: TFunction<'board'> }) {
  const done = action.checklist.filter((c) => c.done).length;
  const mark = action.priority === 'normal' ? '' : t(`priorityMark.${action.priority}`);
  const words = dueWords(t, action);
  return (
    <>
      <span className="card-title-row">
        {mark ? (
          <span className={`priority-mark priority-${action.priority}`} title={t(`priority.${action.priority}`)}>
            {mark}
          </span>
        ) : null}{' '}
        <span className="card-title">{action.title}</span>
      </span>{' '}
      <span className="card-units">
        {action.leadUnit ? (
          <span className="card-lead">
            <span className="card-label">{t('card.lead')}</span> {unitShort(action.leadUnit)}
          </span>
        ) : (
          <span className="card-lead muted">{t('card.noLead')}</span>
        )}{' '}
        {action.coUnits.length > 0 ? (
          <span className="card-co">
            <span className="card-label">{t('card.co')}</span> {joinNames(action.coUnits.map(unitShort), locale)}
          </span>
        ) : null}
      </span>{' '}
      {action.owner || action.dueDate || action.checklist.length > 0 ? (
        <span className="card-foot">
          {action.owner ? (
            <span className="card-owner">
              <span className="card-label">{t('card.owner')}</span> <span className="person-name">{action.owner.name}</span>
            </span>
          ) : null}{' '}
          {action.dueDate ? (
            <span className={`due-chip due-${action.due}`} data-testid="due-chip">
              {words ? (
                <>
                  <span aria-hidden="true">{action.due === 'overdue' ? '⚠ ' : '◷ '}</span>
                  <strong>{words}</strong>
                  <span aria-hidden="true"> · </span>
                </>
              ) : null}
              {formatDue(action.dueDate, locale)}
            </span>
          ) : null}{' '}
          {action.checklist.length > 0 ? (
            <span className={`check-progress${done === action.checklist.length ? ' complete' : ''}`} title={t('card.checklist', { done, total: action.checklist.length })}>
              <span aria-hidden="true">☑ </span>
              {done}/{action.checklist.length}
            </span>
          ) : null}
        </span>
      ) : null}
    </>
  );
});

/**
 * The card's accessible name: what it shows, in the order it shows it, so the name contains the
 * visible text (WCAG 2.5.3; speech users say what they see). The facts in full words (units' full
 * names, "due", "required contents") are its description: cardDetails.
 */
export function cardLabel(t: TFunction<'board'>, action: ActionItem, locale: string): string {
  const done = action.checklist.filter((c) => c.done).length;
  const mark = action.priority === 'normal' ? '' : t(`priorityMark.${action.priority}`);
  const shown: string[] = [];
  shown.push(action.leadUnit ? `${t('card.lead')} ${unitShort(action.leadUnit)}` : t('card.noLead'));
  if (action.coUnits.length) shown.push(`${t('card.co')} ${joinNames(action.coUnits.map(unitShort), locale)}`);
  if (action.owner) shown.push(`${t('card.owner')} ${action.owner.name}`);
  if (action.dueDate) {
    const words = dueWords(t, action);
    shown.push(words ? `${words} ${formatDue(action.dueDate, locale)}` : formatDue(action.dueDate, locale));
  }
  if (action.checklist.length) shown.push(`${done}/${action.checklist.length}`);
  return t('card.label', { title: mark ? `${mark} ${action.title}` : action.title, details: shown.join(punctuationOf(asLocale(locale)).clause) });
}

/** The card's facts in words, read after its name (aria-describedby). */
export function cardDetails(t: TFunction<'board'>, action: ActionItem, locale: string): string {
  const done = action.checklist.filter((c) => c.done).length;
  const details: string[] = [];
  details.push(action.leadUnit ? t('card.leadLine', { unit: action.leadUnit.name }) : t('card.noLead'));
  if (action.coUnits.length) details.push(t('card.coLine', { units: joinNames(action.coUnits.map((u) => u.name), locale) }));
  if (action.owner) details.push(t('card.ownerLine', { name: action.owner.name }));
  if (action.dueDate) {
    const words = dueWords(t, action);
    details.push(t('card.dueLine', { date: formatDue(action.dueDate, locale) }) + (words ? translatorFor(asLocale(locale))('document:punctuation.aside', { text: words }) : ''));
  }
  if (action.priority !== 'normal') details.push(t('card.priorityLine', { priority: t(`priority.${action.priority}`) }));
  if (action.checklist.length) details.push(t('card.checklistLine', { done, total: action.checklist.length }));
  return details.join(punctuationOf(asLocale(locale)).clause);
}

/**
 * One task on the board: a single focusable element. Enter or a click opens it; Space lifts it
 * (components/promptKeyboardSensor.ts); arrow keys go to the neighbouring card; Alt+arrow keys move it at once. Memoised: a board re-renders cards
 * only when their task changed.
 */
export const Card = memo(function Card({ action, t, laneKey, locale, lifted, dropBefore, onOpen, onArrow }: CardProps) {
  const label = useMemo(() => cardLabel(t, action, locale), [t, action, locale]);
  const details = useMemo(() => cardDetails(t, action, locale), [t, action, locale]);
  const detailsId = useId();
  const { attributes, listeners, setNodeRef: dragRef } = useDraggable({
    id: `${laneKey}|${action.id}`,
    data: { action },
    attributes: { roleDescription: t('card.role') },
  });
  const { setNodeRef: dropRef } = useDroppable({ id: `card|${laneKey}|${action.id}`, data: { action } });
  const ref = useCallback(
    (node: HTMLElement | null) => {
      dragRef(node);
      dropRef(node);
    },
    [dragRef, dropRef],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    listeners?.onKeyDown?.(event);
    // A lifted card's keys belong to the keyboard sensor (Enter drops it; it must not also open it).
    if (lifted || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onOpen(action.id);
    } else if (ARROWS[event.key] && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      onArrow(action.id, ARROWS[event.key]!, event.altKey);
    }
  };
  const classes = ['action-card', `priority-${action.priority}`, `due-${action.due}`, lifted ? 'lifted' : '', dropBefore ? 'drop-before' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={ref}
      className={classes}
      {...attributes}
      {...listeners}
      aria-label={label}
      aria-describedby={[detailsId, attributes['aria-describedby']].filter(Boolean).join(' ')}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(action.id)}
      data-card-id={action.id}
      data-lane={laneKey}
      data-testid="action-card"
    >
      <CardBody action={action} locale={locale} t={t} />
      <span id={detailsId} className="visually-hidden">
        {details}
      </span>
    </div>
  );
});

export function CardOverlay({ action, locale }: { action: ActionItem; locale: string }): ReactNode {
  const { t } = useTranslation('board');
  return (
    <div className={`action-card overlay priority-${action.priority} due-${action.due}`} aria-hidden="true">
      <CardBody action={action} locale={locale} t={t} />
    </div>
  );
}
