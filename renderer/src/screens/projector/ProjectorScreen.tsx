import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import type { RunState } from '../../../../shared/agenda.js';
import { CallError } from '../../../../shared/contract/client.js';
import type { Locale } from '../../../../shared/contract/fields.js';
import { useClient } from '../../app/client.js';
import { presenterOf } from '../agenda/ItemCard.js';
import { speakerName } from '../agenda/SpeakerQueue.js';
import { useNow, useRunState } from '../run/live.js';
import { clockOf, clockWithSeconds, formatCountdown, tick, toneOf } from '../run/time.js';
import './projector.css';

/**
 * The programme's language, read once: the projector speaks the session's language, not the UI's.
 * Its own query key (not a channel name) so the app-wide invalidation does not refetch it on every
 * change of the run; a reload picks up a changed programme language.
 */
function useProgrammeLocale(sessionId: string): Locale | null {
  const client = useClient();
  const detail = useQuery({
    queryKey: ['projector-locale', sessionId],
    queryFn: async () => (await client.get('session.get', { id: sessionId })).programme.locale,
    staleTime: Infinity,
  });
  return detail.data ?? null;
}

/**
 * `/projector/:sessionId`: the room's big screen. Full window, dark, large type that reads at 16:9
 * and 4:3; follows the run through change events, keeping the last state on screen while the next
 * one loads (no flash). Reads only: no control on it does anything to the session.
 */
export function ProjectorScreen() {
  const { sessionId = '' } = useParams();
  const locale = useProgrammeLocale(sessionId);
  const state = useRunState(sessionId);
  const now = useNow(250);
  const t = useMemo(() => i18next.getFixedT(locale ?? i18next.language, 'projector'), [locale]);

  useEffect(() => {
    document.documentElement.classList.add('projector-page');
    return () => document.documentElement.classList.remove('projector-page');
  }, []);
  const title = state.data?.session.title;
  useEffect(() => {
    document.title = title ? `${title} · ${t('title')}` : t('title');
  }, [title, t]);

  const data = state.data;
  if (!data) {
    const notFound = state.error instanceof CallError && state.error.payload.code === 'not_found';
    return (
      <main className="projector projector-message" lang={locale ?? undefined}>
        <p className="projector-wait">{notFound ? t('notFound') : t('loading')}</p>
      </main>
    );
  }
  const ticking = tick(data, state.dataUpdatedAt, now);
  const lang = locale ?? undefined;

  if (data.projector.mode === 'blank') {
    return <main className="projector projector-blank" data-testid="projector" data-mode="blank" aria-hidden="true" />;
  }
  if (data.projector.mode === 'break') {
    return (
      <main className="projector projector-break" data-testid="projector" data-mode="break" lang={lang}>
        <p className="projector-session">{data.session.title}</p>
        <p className="break-title">{t('breakTitle')}</p>
        <p className="break-until" data-testid="break-until">
          {data.projector.breakUntil ? t('breakUntil', { time: clockOf(data.projector.breakUntil) }) : t('breakNoTime')}
        </p>
        {data.projector.message ? <p className="break-message">{data.projector.message}</p> : null}
        <p className="projector-clock break-clock" aria-label={t('clock')}>
          {clockWithSeconds(ticking.serverNow)}
        </p>
      </main>
    );
  }
  return <LiveProjector state={data} ticking={ticking} t={t} lang={lang} />;
}

type T = ReturnType<typeof i18next.getFixedT<'projector'>>;

function LiveProjector({ state, ticking, t, lang }: { state: RunState; ticking: ReturnType<typeof tick>; t: T; lang: string | undefined }) {
  const item = state.currentItem;
  const speaker = state.currentSpeaker;
  const presenter = item && !item.speakers.length ? presenterOf(item) : '';
  const planned = speaker ? speaker.plannedSeconds : (item?.plannedMinutes ?? 0) * 60;
  const used = speaker ? ticking.spokenSeconds : ticking.itemElapsedSeconds;
  const remaining = planned - used;
  const tone = toneOf(used, planned);
  const detail = speaker ? [speaker.person?.position, speaker.person?.unitName].filter(Boolean).join(' · ') : '';
  const closed = state.session.status === 'closed';
  // Between sittings the session is live but nothing runs: the room sees that the sitting has ended.
  const adjourned = !closed && state.adjourned;
  // The facilitator hid the countdown for the whole session or for this speaker (a county head's interjection).
  const showCountdown = !state.countdownHidden && !speaker?.hideCountdown && (planned > 0 || used > 0);
  const following = state.upcomingItems.slice(0, 4);

  return (
    <main className="projector projector-live" data-testid="projector" data-mode="live" lang={lang}>
      <header className="projector-top">
        <p className="projector-session">{state.session.title}</p>
        <p className="projector-clock" aria-label={t('clock')}>
          {clockOf(ticking.serverNow)}
        </p>
      </header>

      <section className="projector-now">
        {closed ? (
          <div className="projector-center">
            <p className="projector-big">{t('closed')}</p>
            <p className="projector-sub">{t('thanks')}</p>
          </div>
        ) : adjourned ? (
          <div className="projector-center">
            <p className="projector-big">{t('sittingEnded', { n: state.sittingNo })}</p>
            <p className="projector-sub">{t('breakNoTime')}</p>
          </div>
        ) : !item ? (
          <div className="projector-center">
            <p className="projector-big">{state.upcomingItems.length ? t('waiting') : t('finished')}</p>
          </div>
        ) : (
          <>
            <p className="projector-item" data-testid="projector-item">
              <span className="projector-kind">{t(`kind.${item.kind}`)}</span>
              {item.title}
            </p>
            <div className="projector-speaker-row">
              <div className="projector-speaker" aria-live="polite" aria-atomic="true">
                {speaker ? (
                  <>
                    <p className="projector-label">{speaker.isInterjection ? t('interjection') : t('speaking')}</p>
                    <p className="projector-name" data-testid="projector-speaker">
                      {speakerName(speaker)}
                    </p>
                    {detail ? <p className="projector-detail">{detail}</p> : null}
                  </>
                ) : presenter ? (
                  <>
                    <p className="projector-label">{t('presenter')}</p>
                    <p className="projector-name" data-testid="projector-speaker">
                      {presenter}
                    </p>
                  </>
                ) : (
                  <p className="projector-name projector-name-empty" data-testid="projector-speaker" />
                )}
              </div>
              {showCountdown ? (
                <div className={`projector-countdown tone-${tone}`} data-testid="projector-countdown" data-tone={tone}>
                  <p className="projector-label">{state.paused ? t('paused') : remaining < 0 ? t('over') : t('remaining')}</p>
                  <p className="projector-time">{formatCountdown(remaining)}</p>
                </div>
              ) : null}
            </div>
          </>
        )}
      </section>

      {!closed && !adjourned && (state.nextSpeakers.length > 0 || following.length > 0) ? (
        <footer className="projector-bottom">
          {state.nextSpeakers.length > 0 ? (
            <section className="projector-list">
              <h2 className="projector-label">{t('next')}</h2>
              <ol data-testid="projector-next">
                {state.nextSpeakers.slice(0, 4).map((s) => (
                  <li key={s.id}>
                    <span className="projector-list-main">{speakerName(s)}</span>
                    <span className="projector-list-detail">{s.person?.unitName ?? ''}</span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {following.length > 0 ? (
            <section className="projector-list">
              <h2 className="projector-label">{t('following')}</h2>
              <ol data-testid="projector-following">
                {following.map((i) => (
                  <li key={i.id}>
                    <span className="projector-list-time">{i.plannedStart ?? ''}</span>
                    <span className="projector-list-main">{i.title}</span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </footer>
      ) : null}
    </main>
  );
}
