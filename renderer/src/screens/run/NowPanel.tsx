import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunState } from '../../../../shared/agenda.js';
import { chordLabel, SHORTCUTS } from '../../components/shortcuts.js';
import { presenterOf } from '../agenda/ItemCard.js';
import { speakerName } from '../agenda/SpeakerQueue.js';
import { Countdown } from './Countdown.js';
import type { RunCommand, nextStep } from './shortcuts.js';
import { formatDuration, toneOf, type Ticking } from './time.js';

interface NowPanelProps {
  state: RunState;
  ticking: Ticking;
  live: boolean;
  step: ReturnType<typeof nextStep>;
  onCommand: (command: RunCommand) => void;
  onSkip: (speakerId: string) => void;
  /** Hides (or shows again) the current speaker's countdown on the projector. */
  onHideCountdown: (speakerId: string, hidden: boolean) => void;
}

/** What the panel says when nothing runs: not started, between sittings, ended, or the agenda is done. */
function idleText(state: RunState, live: boolean, t: TFunction<['run', 'agenda']>): string {
  if (state.session.status === 'closed') return t('ended');
  if (state.session.status === 'live' && state.adjourned) return t('sitting.ended', { n: state.sittingNo });
  if (!live) return t('notLive');
  return state.upcomingItems.length ? t('now.noItem') : t('now.finished');
}

/** What is happening now: the item and its time, who has the floor and their countdown, who is next, and the controls. */
export function NowPanel({ state, ticking, live, step, onCommand, onSkip, onHideCountdown }: NowPanelProps) {
  const { t } = useTranslation(['run', 'agenda']);
  const item = state.currentItem;
  const speaker = state.currentSpeaker;
  const itemPlanned = (item?.plannedMinutes ?? 0) * 60;
  const itemTone = toneOf(ticking.itemElapsedSeconds, itemPlanned);
  const presenter = item ? presenterOf(item) : '';
  const detail = speaker ? [speaker.person?.position, speaker.person?.unitName].filter(Boolean).join(' · ') : '';

  return (
    <section className="now-panel card" aria-labelledby="now-heading">
      <h2 id="now-heading" className="visually-hidden">
        {t('now.heading')}
      </h2>
      {item ? (
        <div className="now-item">
          <div className="now-item-head">
            <span className={`kind-badge kind-badge-${item.kind}`}>{t(`agenda:kind.${item.kind}`)}</span>
            <span className="section-label">{t('now.item')}</span>
          </div>
          <p className="now-item-title" data-testid="current-item">
            {item.title}
          </p>
          <div className="now-item-time">
            <span className={`tone-text tone-${itemTone}`}>
              {t('now.elapsed', { elapsed: formatDuration(ticking.itemElapsedSeconds), planned: formatDuration(itemPlanned) })}
            </span>
            <span className="progress" aria-hidden="true">
              <span className={`progress-bar tone-${itemTone}`} style={{ width: `${Math.min(100, itemPlanned ? (ticking.itemElapsedSeconds / itemPlanned) * 100 : 100)}%` }} />
            </span>
          </div>
          {item.chairNotes ? (
            <p className="now-notes">
              <span className="section-label">{t('now.chairNotes')}</span> {item.chairNotes}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="now-empty" data-testid="now-empty">
          {idleText(state, live, t)}
        </p>
      )}

      <div className={`now-speaker${state.paused ? ' paused' : ''}`}>
        <div className="now-speaker-who">
          <span className="section-label">{speaker ? t('now.speaker') : item && !item.speakers.length && presenter ? t('agenda:item.presenter') : t('now.speaker')}</span>
          {speaker ? (
            <>
              <p className="now-speaker-name" data-testid="current-speaker">
                {speakerName(speaker)}
                {speaker.isInterjection ? <span className="badge badge-neutral">{t('now.interjection')}</span> : null}
              </p>
              {detail ? <p className="now-speaker-detail">{detail}</p> : null}
              {speaker.prompt ? (
                <p className="now-prompt">
                  <span className="section-label">{t('now.prompt')}</span> {speaker.prompt}
                </p>
              ) : null}
            </>
          ) : item && !item.speakers.length && presenter ? (
            <p className="now-speaker-name">{presenter}</p>
          ) : (
            <>
              <p className="now-speaker-name muted" data-testid="current-speaker">
                {t('now.noSpeaker')}
              </p>
              {item && state.nextSpeakers.length ? <p className="muted">{t('now.noSpeakerHint')}</p> : null}
            </>
          )}
        </div>
        <div className="now-countdown">
          {speaker ? (
            <>
              <Countdown used={ticking.spokenSeconds} planned={speaker.plannedSeconds} label={t('now.remaining')} overLabel={t('now.over')} className="big" />
              <p className="now-spoken">
                {t('now.spoken', { spoken: formatDuration(ticking.spokenSeconds), planned: formatDuration(speaker.plannedSeconds) })}
              </p>
              {/* The chair keeps the countdown; the room need not see one on, say, a county head's interjection. */}
              <label className="check-row now-hide-countdown">
                <input
                  type="checkbox"
                  checked={speaker.hideCountdown}
                  disabled={!live}
                  onChange={(e) => onHideCountdown(speaker.id, e.target.checked)}
                />
                {t('countdown.speaker')}
              </label>
            </>
          ) : item ? (
            <Countdown used={ticking.itemElapsedSeconds} planned={itemPlanned} label={t('now.remaining')} overLabel={t('now.over')} className="big" />
          ) : null}
          {state.paused ? <p className="paused-badge">{t('now.paused')}</p> : null}
        </div>
      </div>

      <div className="run-controls" role="group" aria-label={t('actions.label')}>
        <button type="button" className="button primary big-button" disabled={!live || step.kind === 'finished'} onClick={() => onCommand('next')} aria-keyshortcuts="N Space">
          {step.kind === 'startItem' ? t('actions.nextItem', { title: step.title }) : t('actions.next')}
          <kbd>N</kbd>
        </button>
        <button type="button" className="button big-button" disabled={!live || !item} onClick={() => onCommand('pause')} aria-keyshortcuts="P">
          {state.paused ? t('actions.resume') : t('actions.pause')}
          <kbd>P</kbd>
        </button>
        <button type="button" className="button big-button" disabled={!live || !speaker} onClick={() => onCommand('skip')} aria-keyshortcuts="S">
          {t('actions.skip')}
          <kbd>S</kbd>
        </button>
        <button type="button" className="button big-button" disabled={!live || !item} onClick={() => onCommand('interject')} aria-keyshortcuts="I">
          {t('actions.interject')}
          <kbd>I</kbd>
        </button>
      </div>
      <p className="shortcut-hints">
        <span className="section-label">{t('keys.heading')}</span>
        {SHORTCUTS.run.map((shortcut) => (
          <span key={shortcut.does}>
            {shortcut.chords.map((chord, index) => (
              <Fragment key={chord}>
                {index > 0 ? ' / ' : null}
                <kbd>{chordLabel(chord)}</kbd>
              </Fragment>
            ))}{' '}
            {t(shortcut.does as 'keys.next')}
          </span>
        ))}
        <span className="muted">{t('keys.note')}</span>
      </p>

      {item ? (
        <div className="next-speakers">
          <h3>{t('next.heading')}</h3>
          {state.nextSpeakers.length === 0 ? (
            <p className="muted">{item.speakers.length ? t('next.empty') : t('now.noQueue')}</p>
          ) : (
            <ol className="next-list" data-testid="next-speakers">
              {state.nextSpeakers.map((s) => {
                const name = speakerName(s);
                return (
                  <li key={s.id}>
                    <span className="next-name">{name}</span>
                    <span className="next-detail">{[s.person?.position, s.person?.unitName].filter(Boolean).join(' · ')}</span>
                    <span className="next-planned">{t('agenda:minutes', { count: Math.round((s.plannedSeconds / 60) * 10) / 10 })}</span>
                    <button type="button" className="button small ghost" disabled={!live} aria-label={t('next.skipOf', { name })} onClick={() => onSkip(s.id)}>
                      {t('next.skip')}
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      ) : null}
    </section>
  );
}
