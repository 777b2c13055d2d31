import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageWithSessions } from '../../../../shared/domain.js';
import { InlineEdit } from '../../components/InlineEdit.js';
import { useSubmit } from '../../components/form.js';
import { NewSessionForm } from './NewSessionForm.js';
import { SessionList } from './SessionList.js';

export type MoveFocus = 'card' | 'up' | 'down';

interface StageCardProps {
  stage: StageWithSessions;
  index: number;
  count: number;
  hintId: string;
  onMove: (delta: -1 | 1, focus: MoveFocus) => void;
  onDelete: () => void;
}

/**
 * One stage: a focusable card (Alt+ArrowUp/Down moves it), its audience and purpose editable in
 * place, its sessions, and a form for a new session.
 */
export function StageCard({ stage, index, count, hintId, onMove, onDelete }: StageCardProps) {
  const { t } = useTranslation(['programme', 'common']);
  const submit = useSubmit();
  const [addingSession, setAddingSession] = useState(false);
  const newSessionButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!addingSession && returnFocus.current) {
      returnFocus.current = false;
      newSessionButton.current?.focus();
    }
  }, [addingSession]);
  const headingId = `stage-${stage.id}-heading`;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const target = event.target as HTMLElement;
    // Only on the card itself or its move buttons: inside a text field Alt+Arrow belongs to the field.
    if (target !== event.currentTarget && !target.dataset.move) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (index + delta < 0 || index + delta >= count) return;
    onMove(delta, target === event.currentTarget ? 'card' : delta === -1 ? 'up' : 'down');
  };

  return (
    <li className="stage-item">
      <section
        className="card stage-card"
        tabIndex={0}
        aria-labelledby={headingId}
        aria-describedby={hintId}
        data-stage-id={stage.id}
        onKeyDown={onKeyDown}
      >
        <div className="stage-head">
          <div className="stage-title-block">
            <span className="stage-number" aria-hidden="true">
              {t('stages.number', { n: index + 1 })}
            </span>
            <InlineEdit
              label={t('field.stageTitle')}
              value={stage.title}
              field="title"
              required
              renderValue={(value) => (
                <h3 id={headingId} className="stage-title">
                  <span className="visually-hidden">{t('stages.number', { n: index + 1 })} </span>
                  {value}
                </h3>
              )}
              onSave={(title) => submit('stage.update', { id: stage.id, title })}
            />
          </div>
          <div className="button-row stage-actions">
            <button
              type="button"
              className="button small"
              data-move="up"
              disabled={index === 0}
              aria-label={t('stages.moveUp', { title: stage.title })}
              onClick={() => onMove(-1, 'up')}
            >
              <span aria-hidden="true">↑ </span>
              {t('common:action.moveUp')}
            </button>
            <button
              type="button"
              className="button small"
              data-move="down"
              disabled={index === count - 1}
              aria-label={t('stages.moveDown', { title: stage.title })}
              onClick={() => onMove(1, 'down')}
            >
              <span aria-hidden="true">↓ </span>
              {t('common:action.moveDown')}
            </button>
            <button type="button" className="button small ghost danger-text" aria-label={t('stages.delete', { title: stage.title })} onClick={onDelete}>
              {t('common:action.delete')}
            </button>
          </div>
        </div>

        <div className="stage-fields">
          <InlineEdit
            label={t('field.audience')}
            showLabel
            multiline
            value={stage.audience}
            emptyText={t('placeholder.audience')}
            field="audience"
            onSave={(audience) => submit('stage.update', { id: stage.id, audience })}
          />
          <InlineEdit
            label={t('field.purpose')}
            showLabel
            multiline
            value={stage.purpose}
            emptyText={t('placeholder.purpose')}
            field="purpose"
            onSave={(purpose) => submit('stage.update', { id: stage.id, purpose })}
          />
        </div>

        <div className="stage-sessions">
          <h4 className="section-label">{t('sessions.heading')}</h4>
          <SessionList stageTitle={stage.title} sessions={stage.sessions} />
          {addingSession ? (
            <NewSessionForm stageId={stage.id} stageTitle={stage.title} onCancel={() => {
                returnFocus.current = true;
                setAddingSession(false);
              }}
            />
          ) : (
            <button ref={newSessionButton} type="button" className="button small" onClick={() => setAddingSession(true)}>
              <span aria-hidden="true">+ </span>
              {t('sessionForm.open')}
            </button>
          )}
        </div>
      </section>
    </li>
  );
}
