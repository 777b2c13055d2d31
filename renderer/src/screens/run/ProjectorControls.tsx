import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorMode, RunState } from '../../../../shared/agenda.js';
import { useOpenProjector } from './projectorWindow.js';
import { clockOf, instantAt, suggestReturnTime } from './time.js';

/** Open the projector window; show the live session, a blank screen, or a break screen with a return time. */
export function ProjectorControls({
  state,
  serverNow,
  onSet,
  onCountdown,
}: {
  state: RunState;
  serverNow: number;
  onSet: (input: { mode: ProjectorMode; breakUntil?: string | null }) => void;
  /** Hides (true) or shows the countdown on the projector for the whole session. */
  onCountdown: (hidden: boolean) => void;
}) {
  const { t } = useTranslation('run');
  const [returnAt, setReturnAt] = useState<string | null>(null);
  const timeId = useId();
  const mode = state.projector.mode;
  const shownReturn = returnAt ?? (state.projector.breakUntil ? clockOf(state.projector.breakUntil) : suggestReturnTime(serverNow));

  const openProjector = useOpenProjector('popup');
  const open = () => openProjector(state.session.id);

  return (
    <section className="card projector-controls" aria-labelledby="projector-controls-heading">
      <div className="section-header">
        <h2 id="projector-controls-heading">{t('projector.heading')}</h2>
        <span className={`badge projector-mode-${mode}`} data-testid="projector-mode">
          {t('projector.mode', { mode: t(`projector.modes.${mode}`) })}
        </span>
      </div>
      <div className="button-row">
        <button type="button" className="button primary" onClick={open} title={t('projector.openHint')}>
          {t('projector.open')}
        </button>
        <button type="button" className="button" aria-pressed={mode === 'live'} onClick={() => onSet({ mode: 'live' })}>
          {t('projector.live')}
        </button>
        <button type="button" className="button" aria-pressed={mode === 'blank'} onClick={() => onSet({ mode: 'blank' })}>
          {t('projector.blank')}
        </button>
      </div>
      <div className="break-row">
        <label htmlFor={timeId} className="field-label">
          {t('projector.returnAt')}
        </label>
        <input
          id={timeId}
          type="text"
          inputMode="numeric"
          placeholder="HH:MM"
          className="break-time"
          aria-invalid={instantAt(shownReturn, serverNow) === null || undefined}
          value={shownReturn}
          onChange={(e) => setReturnAt(e.target.value)}
        />
        <button
          type="button"
          className="button"
          aria-pressed={mode === 'break'}
          disabled={instantAt(shownReturn, serverNow) === null}
          onClick={() => onSet({ mode: 'break', breakUntil: instantAt(shownReturn, serverNow) })}
        >
          {t('projector.break')}
        </button>
      </div>
      <label className="check-row">
        <input type="checkbox" checked={!state.countdownHidden} onChange={(e) => onCountdown(!e.target.checked)} />
        {t('countdown.session')}
      </label>
      <p className="field-hint">{t('projector.openHint')}</p>
    </section>
  );
}
