import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SessionBreadcrumb } from '../../components/SessionPage.js';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import type { RunState } from '../../../../shared/agenda.js';
import type { ChannelName, InputOf } from '../../../../shared/contract/channels.js';
import { CallError } from '../../../../shared/contract/client.js';
import type { Person, Unit } from '../../../../shared/domain.js';
import { useCall } from '../../app/client.js';
import { useRun } from '../../app/feedback.js';
import { useAnnouncer } from '../../components/Announcer.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice, Loading } from '../../components/ErrorNotice.js';
import { nameOfWho, type Who } from '../agenda/WhoPicker.js';
import { speakerName } from '../agenda/SpeakerQueue.js';
import { APP_COMMANDS } from '../../../../shared/contract/bridge.js';
import { useScreenCommand } from '../../app/commands.js';
import { CapturePanel } from '../capture/CapturePanel.js';
import { NotesList } from '../notes/NotesList.js';
import { OpenRoomButton } from '../room/OpenRoomButton.js';
import { useRunElsewhere } from '../room/useRoom.js';
import { InterjectDialog } from './InterjectDialog.js';
import { useNow, useRunState } from './live.js';
import { NowPanel } from './NowPanel.js';
import { ProjectorControls } from './ProjectorControls.js';
import { RunAgenda } from './RunAgenda.js';
import { commandFor, describeTarget, nextStep, type RunCommand } from './shortcuts.js';
import { SpeakingTotals } from './SpeakingTotals.js';
import { tick } from './time.js';
import './run.css';

const NO_PEOPLE: Person[] = [];
const NO_UNITS: Unit[] = [];

type RunChannel =
  | 'run.start'
  | 'run.end'
  | 'run.endSitting'
  | 'run.nextSitting'
  | 'run.reopen'
  | 'run.countdown'
  | 'run.next'
  | 'run.startItem'
  | 'run.pause'
  | 'run.resume'
  | 'run.skip'
  | 'run.interject'
  | 'run.projector';

/**
 * The chair's and secretary's screen while the session runs: what is happening now and the
 * countdown, the next speakers, the agenda with actual times, one-key control, the projector's mode,
 * and who has spoken how long. Everything is the database's state: a reload continues.
 */
export function RunScreen() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(['run', 'agenda', 'common', 'capture', 'room']);
  const detail = useCall('session.get', { id: sessionId });
  const units = useCall('unit.list', {});
  const state = useRunState(sessionId);
  const queryClient = useQueryClient();
  const run = useRun();
  const [region, announce] = useAnnouncer();
  const [confirmDialog, confirm] = useConfirm();
  const [interjecting, setInterjecting] = useState(false);
  const busy = useRef(false);
  const now = useNow(250);
  // A member of a room: the laptop that runs the meeting owns the run (current item, speaker, projector).
  const runnerName = useRunElsewhere(sessionId);
  const elsewhere = runnerName === null ? null : t('room:runElsewhere', { name: runnerName });

  const title = detail.data?.session.title;
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${t('heading')} · ${title} · ${t('common:app.name')}`;
    return () => {
      document.title = previous;
    };
  }, [title, t]);

  /** Runs a run.* call; its answer is the new state, shown at once (the event refetch follows). */
  const act = useCallback(
    async <C extends RunChannel>(channel: C, input: InputOf<C>) => {
      if (busy.current) return null;
      busy.current = true;
      try {
        const result = await run(channel as ChannelName, input as never);
        if (result) queryClient.setQueryData(['run.state', { sessionId }], result as RunState);
        return result as RunState | null;
      } finally {
        busy.current = false;
      }
    },
    [run, queryClient, sessionId],
  );

  const data = state.data;
  // Live and within a sitting: the agenda moves. Live but adjourned (between sittings): nothing runs.
  const live = data?.session.status === 'live' && !data.adjourned;
  const runHere = live && elsewhere === null;

  const command = useCallback(
    (name: RunCommand) => {
      if (!data || data.session.status !== 'live' || data.adjourned) return;
      if (elsewhere !== null) return announce(elsewhere);
      if (name === 'next') {
        const step = nextStep(data);
        if (step.kind === 'next') void act('run.next', { sessionId });
        else if (step.kind === 'startItem') void act('run.startItem', { sessionId, itemId: step.itemId });
        else announce(t('now.finished'));
      } else if (name === 'pause') {
        if (!data.currentItem) return;
        void act(data.paused ? 'run.resume' : 'run.pause', { sessionId });
      } else if (name === 'skip') {
        if (data.currentSpeaker) void act('run.skip', { sessionId, speakerId: data.currentSpeaker.id });
      } else if (name === 'interject') {
        if (data.currentItem) setInterjecting(true);
      }
    },
    [data, act, sessionId, announce, t, elsewhere],
  );
  // The menu's "next speaker" (Ctrl+Shift+N in the desktop app) works while the focus is in a field.
  useScreenCommand(APP_COMMANDS.nextSpeaker, () => command('next'));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const name = commandFor(event, describeTarget(event.target));
      if (!name) return;
      event.preventDefault();
      command(name);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

  // Say who has the floor whenever it changes (from here, a shortcut, or another window).
  const speakerId = data?.currentSpeaker?.id ?? null;
  const speakerLabel = data?.currentSpeaker ? speakerName(data.currentSpeaker) : null;
  const itemId = data?.currentItem?.id ?? null;
  const itemTitle = data?.currentItem?.title ?? null;
  const paused = data?.paused ?? false;
  const seen = useRef<{ speakerId: string | null; itemId: string | null; paused: boolean } | null>(null);
  useEffect(() => {
    if (!data) return;
    const before = seen.current;
    seen.current = { speakerId, itemId, paused };
    if (!before) return;
    if (speakerId !== before.speakerId && speakerLabel) announce(t('announce.speaker', { name: speakerLabel }));
    else if (itemId !== before.itemId && itemTitle) announce(t('announce.item', { title: itemTitle }));
    else if (paused !== before.paused) announce(paused ? t('announce.paused') : t('announce.resumed'));
  }, [data, speakerId, speakerLabel, itemId, itemTitle, paused, announce, t]);

  if (state.isPending || detail.isPending) return <Loading />;
  const error = state.error ?? detail.error;
  if (error || !data || !detail.data) {
    if (error instanceof CallError && error.payload.code === 'not_found') {
      return (
        <EmptyState title={t('agenda:notFound')}>
          <Link className="button" to="/">
            {t('common:nav.home')}
          </Link>
        </EmptyState>
      );
    }
    return <ErrorNotice error={error} onRetry={() => void state.refetch()} />;
  }

  const { session, programme, participants } = detail.data;
  const ticking = tick(data, state.dataUpdatedAt, now);
  const step = nextStep(data);
  const participantPeople = participants.map((p) => p.person);

  const endSession = async () => {
    const ok = await confirm({ title: t('endTitle'), body: t('endBody'), confirmLabel: t('end'), danger: true });
    if (ok && (await act('run.end', { sessionId }))) toast.success(t('ended'));
  };

  const endSitting = async () => {
    if (await act('run.endSitting', { sessionId })) toast.success(t('sitting.ended', { n: data.sittingNo }));
  };
  const nextSitting = async () => {
    if (await act('run.nextSitting', { sessionId })) toast.success(t('sitting.resumed', { n: data.sittingNo + 1 }));
  };
  const reopen = async () => {
    const ok = await confirm({ title: t('reopenTitle'), body: t('reopenBody'), confirmLabel: t('reopen') });
    if (ok && (await act('run.reopen', { sessionId }))) toast.success(t('reopened'));
  };

  const interject = async (who: Who, hideCountdown: boolean) => {
    setInterjecting(false);
    const done = await act('run.interject', {
      sessionId,
      ...(who.kind === 'person' ? { personId: who.person.id } : { freeName: who.name }),
      ...(hideCountdown ? { hideCountdown } : {}),
    });
    if (done) toast(t('interject.done', { name: nameOfWho(who) }));
  };

  return (
    <div className="run-screen">
      {region}
      {confirmDialog}
      <header className="run-header">
        <div className="run-title">
          <SessionBreadcrumb programme={programme} session={session} />
          <h1>
            {t('heading')} · {data.session.title}
          </h1>
          <p className="run-status">
            <span className={`badge badge-${data.session.status}`} data-testid="run-status">
              {t(`common:sessionStatus.${data.session.status}`)}
            </span>
            {data.session.status !== 'planned' ? (
              <span className="sitting-label" data-testid="run-sitting">
                {sittingLabel(data, t)}
              </span>
            ) : null}
            {live ? <ScheduleDelta minutes={data.scheduleDeltaMinutes} /> : null}
          </p>
        </div>
        <div className="button-row">
          <Link className="button" to={`/sessions/${session.id}/agenda`}>
            {t('backToAgenda')}
          </Link>
          <OpenRoomButton sessionId={session.id} />
          {elsewhere !== null ? null : (
            <>
              {data.session.status === 'planned' ? (
                <button
                  type="button"
                  className="button primary"
                  onClick={() => void act('run.start', { sessionId }).then((s) => s && toast.success(t('started')))}
                >
                  {t('start')}
                </button>
              ) : null}
              {live ? (
                <button type="button" className="button" onClick={() => void endSitting()}>
                  {t('sitting.end')}
                </button>
              ) : null}
              {data.session.status === 'live' && data.adjourned ? (
                <button type="button" className="button primary" onClick={() => void nextSitting()}>
                  {t('sitting.resume', { n: data.sittingNo + 1 })}
                </button>
              ) : null}
              {data.session.status === 'live' ? (
                <button type="button" className="button danger-text" onClick={() => void endSession()}>
                  {t('end')}
                </button>
              ) : null}
              {data.session.status === 'closed' ? (
                <button type="button" className="button" onClick={() => void reopen()}>
                  {t('reopen')}
                </button>
              ) : null}
            </>
          )}
        </div>
      </header>

      {elsewhere !== null ? (
        <p className="notice run-notice" data-testid="run-elsewhere">
          {elsewhere}
        </p>
      ) : null}
      {data.session.status === 'planned' && elsewhere === null ? <p className="notice run-notice">{t('startHint')}</p> : null}
      {data.session.status === 'live' && data.adjourned ? (
        <p className="notice run-notice" data-testid="run-notice">
          {t('sitting.adjourned', { n: data.sittingNo, next: data.sittingNo + 1 })}
        </p>
      ) : null}
      {data.session.status === 'closed' ? (
        <p className="notice run-notice" data-testid="run-notice">
          {t('closed')}
        </p>
      ) : null}

      <div className="run-grid">
        <div className="run-main">
          <NowPanel
            state={data}
            ticking={ticking}
            live={runHere}
            step={step}
            onCommand={command}
            onSkip={(speakerId) => void act('run.skip', { sessionId, speakerId })}
            onHideCountdown={(speakerId, hidden) => void run('speaker.update', { id: speakerId, hideCountdown: hidden })}
          />
          {/*
            The secretary captures beside the run: the current speaker and item are the note's defaults.
            Not a landmark of its own: the panel and the list inside are labelled regions already (in
            English this one would have had the list's name, "Notes").
          */}
          <div className="run-capture">
            <CapturePanel sessionId={sessionId} autoFocus={false} />
            <NotesList sessionId={sessionId} />
          </div>
        </div>
        <aside className="run-side">
          {/* The projector follows the runner: a member's controls are off (the fieldset disables them all). */}
          <fieldset className="run-owned" disabled={elsewhere !== null}>
            <ProjectorControls
              state={data}
              serverNow={ticking.serverNow}
              onSet={(input) => void act('run.projector', { sessionId, ...input })}
              onCountdown={(hidden) => void act('run.countdown', { sessionId, hidden })}
            />
          </fieldset>
          <RunAgenda sessionId={sessionId} live={runHere} currentItemId={data.currentItem?.id ?? null} onStart={(id) => void act('run.startItem', { sessionId, itemId: id })} />
          <SpeakingTotals sessionId={sessionId} programmeId={programme.id} />
        </aside>
      </div>
      {interjecting ? (
        <InterjectDialog people={participantPeople.length ? participantPeople : NO_PEOPLE} units={units.data ?? NO_UNITS} onPick={(who, hideCountdown) => void interject(who, hideCountdown)} onClose={() => setInterjecting(false)} />
      ) : null}
    </div>
  );
}

/** "Sitting 2 (14:30–17:30)": the sitting held (or last held), with its planned time when the session planned one. */
function sittingLabel(state: RunState, t: TFunction<'run'>): string {
  const planned = state.sittings[state.sittingNo - 1];
  return planned
    ? t('sitting.labelAt', { n: state.sittingNo, time: `${planned.startTime}–${planned.endTime}` })
    : t('sitting.label', { n: state.sittingNo });
}

function ScheduleDelta({ minutes }: { minutes: number | null }) {
  const { t } = useTranslation('run');
  if (minutes === null) return <span className="schedule-delta muted">{t('schedule.unknown')}</span>;
  // Far off means the session is not being held on its planned day (a rehearsal): no useful delta.
  if (Math.abs(minutes) > 12 * 60) return null;
  if (minutes > 0) return <span className="schedule-delta behind">{t('schedule.behind', { count: minutes })}</span>;
  if (minutes < 0) return <span className="schedule-delta ahead">{t('schedule.ahead', { count: -minutes })}</span>;
  return <span className="schedule-delta on-time">{t('schedule.onTime')}</span>;
}
