import type { ParsedInputOf } from '../../shared/contract/channels.js';
import { AppError } from '../../shared/contract/result.js';
import type { CoreContext, HandlerMap } from './context.js';
import { getItemRow, itemRows } from './agenda-read.js';
import { readRunState, runRow, type RunRow } from './run-state.js';
import { getSession } from './sessions.js';
import { insertSpeaker } from './speakers.js';
import { nowIso } from './sql.js';

/**
 * Run mode. Every step is a write to the database (run_state, agenda_item times, speaker status,
 * speech intervals), so a reload or a restart mid-session continues exactly where it was.
 */

function saveRun(ctx: CoreContext, run: RunRow) {
  ctx.db
    .prepare(
      `INSERT INTO run_state (session_id, current_item_id, current_speaker_id, paused_at, projector_mode, break_until, projector_message,
                              adjourned_at, sitting_no, hide_countdown, updated_at)
       VALUES (@session_id, @current_item_id, @current_speaker_id, @paused_at, @projector_mode, @break_until, @projector_message,
               @adjourned_at, @sitting_no, @hide_countdown, @at)
       ON CONFLICT (session_id) DO UPDATE SET current_item_id = excluded.current_item_id, current_speaker_id = excluded.current_speaker_id,
         paused_at = excluded.paused_at, projector_mode = excluded.projector_mode, break_until = excluded.break_until,
         projector_message = excluded.projector_message, adjourned_at = excluded.adjourned_at, sitting_no = excluded.sitting_no,
         hide_countdown = excluded.hide_countdown, updated_at = excluded.updated_at`,
    )
    .run({ ...run, at: nowIso(ctx) });
  ctx.changed('run', run.session_id);
}

function requireLiveSession(ctx: CoreContext, sessionId: string) {
  const session = getSession(ctx, sessionId);
  if (session.status === 'closed') throw new AppError('invalid_state', { reason: 'session_closed' });
  if (session.status !== 'live') throw new AppError('invalid_state', { reason: 'session_not_live' });
}

/** Live and within a sitting: what moving through the agenda needs. Returns the run row. */
function requireSitting(ctx: CoreContext, sessionId: string): RunRow {
  requireLiveSession(ctx, sessionId);
  const run = runRow(ctx, sessionId);
  if (run.adjourned_at) throw new AppError('invalid_state', { reason: 'sitting_ended' });
  return run;
}

function setStatus(ctx: CoreContext, sessionId: string, status: 'live' | 'closed') {
  ctx.db.prepare('UPDATE session SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(ctx), sessionId);
  ctx.changed('session', sessionId);
}

function openSpeech(ctx: CoreContext, speakerId: string) {
  ctx.db.prepare('INSERT INTO speech (id, speaker_id, started_at) VALUES (?, ?, ?)').run(ctx.newId(), speakerId, nowIso(ctx));
}

function closeSpeech(ctx: CoreContext, speakerId: string) {
  ctx.db.prepare('UPDATE speech SET ended_at = ? WHERE speaker_id = ? AND ended_at IS NULL').run(nowIso(ctx), speakerId);
}

function setSpeakerStatus(ctx: CoreContext, speakerId: string, status: string) {
  ctx.db.prepare('UPDATE speaker SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(ctx), speakerId);
}

/** Ends the current speaker's turn with `status` (done or skipped); the run no longer has a speaker. */
function finishCurrentSpeaker(ctx: CoreContext, run: RunRow, status: 'done' | 'skipped' | 'waiting' = 'done') {
  if (!run.current_speaker_id) return;
  closeSpeech(ctx, run.current_speaker_id);
  setSpeakerStatus(ctx, run.current_speaker_id, status);
  run.current_speaker_id = null;
}

function finishCurrentItem(ctx: CoreContext, run: RunRow) {
  finishCurrentSpeaker(ctx, run);
  if (!run.current_item_id) return;
  ctx.db
    .prepare("UPDATE agenda_item SET status = 'done', actual_end = ?, updated_at = ? WHERE id = ?")
    .run(nowIso(ctx), nowIso(ctx), run.current_item_id);
  run.current_item_id = null;
}

/** Gives the floor to `speakerId`: speaking status and an open speech interval (unless paused). */
function giveFloor(ctx: CoreContext, run: RunRow, speakerId: string) {
  setSpeakerStatus(ctx, speakerId, 'speaking');
  run.current_speaker_id = speakerId;
  run.paused_at = null;
  openSpeech(ctx, speakerId);
}

function nextWaiting(ctx: CoreContext, itemId: string): string | undefined {
  return ctx.db
    .prepare("SELECT id FROM speaker WHERE agenda_item_id = ? AND status = 'waiting' ORDER BY position LIMIT 1")
    .pluck()
    .get(itemId) as string | undefined;
}

function speakerInSession(ctx: CoreContext, sessionId: string, speakerId: string) {
  const row = ctx.db
    .prepare('SELECT sp.status, sp.agenda_item_id FROM speaker sp JOIN agenda_item ai ON ai.id = sp.agenda_item_id WHERE sp.id = ? AND ai.session_id = ?')
    .get(speakerId, sessionId) as { status: string; agenda_item_id: string } | undefined;
  if (!row) throw new AppError('not_found', { entity: 'speaker', id: speakerId });
  return row;
}

/** Starts an agenda item (finishing the running one): the handler, and `run.next` when nothing runs yet. */
export function startItem(ctx: CoreContext, input: ParsedInputOf<'run.startItem'>) {
  const run = requireSitting(ctx, input.sessionId);
  const item = getItemRow(ctx, input.itemId);
  if (item.session_id !== input.sessionId) throw new AppError('not_found', { entity: 'agenda_item', id: input.itemId });
  if (run.current_item_id !== input.itemId) finishCurrentItem(ctx, run);
  ctx.db
    .prepare("UPDATE agenda_item SET status = 'running', actual_start = coalesce(actual_start, ?), actual_end = NULL, updated_at = ? WHERE id = ?")
    .run(nowIso(ctx), nowIso(ctx), input.itemId);
  run.current_item_id = input.itemId;
  run.paused_at = null;
  saveRun(ctx, run);
  ctx.changed('agenda', input.sessionId);
  return readRunState(ctx, input.sessionId);
}

export const runHandlers: HandlerMap<'run'> = {
  'run.state': (input, ctx) => readRunState(ctx, input.sessionId),

  'run.start': (input, ctx) => {
    const session = getSession(ctx, input.sessionId);
    // An ended session comes back only through run.reopen (the screen asks first).
    if (session.status === 'closed') throw new AppError('invalid_state', { reason: 'session_closed' });
    if (session.status === 'live') return readRunState(ctx, input.sessionId);
    setStatus(ctx, input.sessionId, 'live');
    saveRun(ctx, { ...runRow(ctx, input.sessionId), adjourned_at: null, sitting_no: 1 });
    return readRunState(ctx, input.sessionId);
  },

  'run.end': (input, ctx) => {
    requireLiveSession(ctx, input.sessionId);
    const run = runRow(ctx, input.sessionId);
    finishCurrentItem(ctx, run);
    run.paused_at = null;
    run.adjourned_at = null;
    saveRun(ctx, run);
    setStatus(ctx, input.sessionId, 'closed');
    ctx.changed('agenda', input.sessionId);
    return readRunState(ctx, input.sessionId);
  },

  'run.endSitting': (input, ctx) => {
    const run = requireSitting(ctx, input.sessionId);
    // What runs at the end of a sitting ends with it (its times are the record); a queue keeps its waiting speakers.
    finishCurrentItem(ctx, run);
    run.paused_at = null;
    run.adjourned_at = nowIso(ctx);
    saveRun(ctx, run);
    ctx.changed('agenda', input.sessionId);
    return readRunState(ctx, input.sessionId);
  },

  'run.nextSitting': (input, ctx) => {
    requireLiveSession(ctx, input.sessionId);
    const run = runRow(ctx, input.sessionId);
    if (!run.adjourned_at) throw new AppError('invalid_state', { reason: 'sitting_running' });
    run.adjourned_at = null;
    run.sitting_no += 1;
    saveRun(ctx, run);
    return readRunState(ctx, input.sessionId);
  },

  'run.reopen': (input, ctx) => {
    const session = getSession(ctx, input.sessionId);
    if (session.status !== 'closed') throw new AppError('invalid_state', { reason: 'session_not_closed' });
    // Back to live between sittings: the facilitator resumes with the next sitting when the room is ready.
    setStatus(ctx, input.sessionId, 'live');
    saveRun(ctx, { ...runRow(ctx, input.sessionId), adjourned_at: nowIso(ctx) });
    return readRunState(ctx, input.sessionId);
  },

  'run.countdown': (input, ctx) => {
    getSession(ctx, input.sessionId);
    saveRun(ctx, { ...runRow(ctx, input.sessionId), hide_countdown: input.hidden ? 1 : 0 });
    return readRunState(ctx, input.sessionId);
  },

  'run.startItem': (input, ctx) => startItem(ctx, input),

  'run.next': (input, ctx) => {
    const run = requireSitting(ctx, input.sessionId);
    if (!run.current_item_id) {
      // Nothing running yet: "next" starts the first pending item, so one key walks the whole agenda.
      const first = itemRows(ctx, input.sessionId).find((r) => r.status === 'pending');
      if (!first) throw new AppError('invalid_state', { reason: 'agenda_finished' });
      return startItem(ctx, { sessionId: input.sessionId, itemId: first.id });
    }
    finishCurrentSpeaker(ctx, run);
    const next = nextWaiting(ctx, run.current_item_id);
    if (next) giveFloor(ctx, run, next);
    else run.paused_at = null;
    saveRun(ctx, run);
    ctx.changed('agenda', input.sessionId);
    return readRunState(ctx, input.sessionId);
  },

  'run.pause': (input, ctx) => {
    const run = requireSitting(ctx, input.sessionId);
    if (run.paused_at) return readRunState(ctx, input.sessionId);
    if (run.current_speaker_id) closeSpeech(ctx, run.current_speaker_id);
    run.paused_at = nowIso(ctx);
    saveRun(ctx, run);
    return readRunState(ctx, input.sessionId);
  },

  'run.resume': (input, ctx) => {
    const run = requireSitting(ctx, input.sessionId);
    if (!run.paused_at) return readRunState(ctx, input.sessionId);
    run.paused_at = null;
    if (run.current_speaker_id) openSpeech(ctx, run.current_speaker_id);
    saveRun(ctx, run);
    return readRunState(ctx, input.sessionId);
  },

  'run.skip': (input, ctx) => {
    const run = requireSitting(ctx, input.sessionId);
    const speaker = speakerInSession(ctx, input.sessionId, input.speakerId);
    if (run.current_speaker_id === input.speakerId) {
      finishCurrentSpeaker(ctx, run, 'skipped');
      const next = run.current_item_id ? nextWaiting(ctx, run.current_item_id) : undefined;
      if (next) giveFloor(ctx, run, next);
    } else if (speaker.status === 'waiting') {
      setSpeakerStatus(ctx, input.speakerId, 'skipped');
    } else {
      throw new AppError('invalid_state', { reason: 'speaker_not_waiting' });
    }
    saveRun(ctx, run);
    ctx.changed('agenda', input.sessionId);
    return readRunState(ctx, input.sessionId);
  },

  'run.interject': (input, ctx) => {
    const run = requireSitting(ctx, input.sessionId);
    if (!run.current_item_id) throw new AppError('invalid_state', { reason: 'no_current_item' });
    // The interrupted speaker keeps their place: back to waiting, and the interjection goes just before them.
    let position: number | undefined;
    if (run.current_speaker_id) {
      position = ctx.db.prepare('SELECT position FROM speaker WHERE id = ?').pluck().get(run.current_speaker_id) as number;
      finishCurrentSpeaker(ctx, run, 'waiting');
    } else {
      const waiting = nextWaiting(ctx, run.current_item_id);
      if (waiting) position = ctx.db.prepare('SELECT position FROM speaker WHERE id = ?').pluck().get(waiting) as number;
    }
    const id = insertSpeaker(
      ctx,
      run.current_item_id,
      { personId: input.personId, freeName: input.freeName, plannedSeconds: 60, isInterjection: true, prompt: '', hideCountdown: input.hideCountdown },
      position,
    );
    giveFloor(ctx, run, id);
    saveRun(ctx, run);
    ctx.changed('agenda', input.sessionId);
    return readRunState(ctx, input.sessionId);
  },

  'run.projector': (input, ctx) => {
    getSession(ctx, input.sessionId);
    const run = runRow(ctx, input.sessionId);
    run.projector_mode = input.mode;
    run.break_until = input.mode === 'break' ? (input.breakUntil ?? null) : null;
    run.projector_message = input.message ?? '';
    saveRun(ctx, run);
    return readRunState(ctx, input.sessionId);
  },
};
