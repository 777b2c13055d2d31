/** Reads the live state of a session's run: what the chair's screen and the projector show. */
import type { RunState, ScheduledItem } from '../../shared/agenda.js';
import type { ProjectorMode } from '../../shared/agenda.js';
import type { CoreContext } from './context.js';
import { agendaView } from './agenda-read.js';

export interface RunRow {
  session_id: string;
  current_item_id: string | null;
  current_speaker_id: string | null;
  paused_at: string | null;
  projector_mode: string;
  break_until: string | null;
  projector_message: string;
  adjourned_at: string | null;
  sitting_no: number;
  hide_countdown: number;
}

export function runRow(ctx: CoreContext, sessionId: string): RunRow {
  const row = ctx.db.prepare('SELECT * FROM run_state WHERE session_id = ?').get(sessionId) as RunRow | undefined;
  return (
    row ?? {
      session_id: sessionId,
      current_item_id: null,
      current_speaker_id: null,
      paused_at: null,
      projector_mode: 'live',
      break_until: null,
      projector_message: '',
      adjourned_at: null,
      sitting_no: 1,
      hide_countdown: 0,
    }
  );
}

/** The planned start of an item as an instant: its sitting's date at its planned local time. */
function plannedInstant(item: ScheduledItem, dateOf: Map<string, string>, time: string | null): number | null {
  const date = item.sittingId ? dateOf.get(item.sittingId) : undefined;
  if (!date || !time) return null;
  const [h, m] = time.split(':').map(Number);
  const [y, mo, d] = date.split('-').map(Number);
  // Local wall-clock time of the machine running the meeting, like the sitting times the user typed.
  return new Date(y!, mo! - 1, d!, h!, m!).getTime();
}

export function readRunState(ctx: CoreContext, sessionId: string): RunState {
  const view = agendaView(ctx, sessionId);
  const run = runRow(ctx, sessionId);
  const now = ctx.now();
  const currentItem = view.items.find((i) => i.id === run.current_item_id) ?? null;
  const currentSpeaker = currentItem?.speakers.find((s) => s.id === run.current_speaker_id) ?? null;
  const nextSpeakers = currentItem ? currentItem.speakers.filter((s) => s.status === 'waiting') : [];
  const upcomingItems = view.items.filter((i) => i.status === 'pending' && (!currentItem || i.position > currentItem.position));
  const itemElapsedSeconds =
    currentItem?.actualStart != null ? Math.max(0, Math.round((now.getTime() - Date.parse(currentItem.actualStart)) / 1000)) : 0;

  let scheduleDeltaMinutes: number | null = null;
  if (currentItem?.actualStart) {
    const dateOf = new Map(view.sittings.map((s) => [s.sitting.id, s.sitting.date]));
    const plannedEnd = plannedInstant(currentItem, dateOf, currentItem.plannedEnd);
    if (plannedEnd !== null) {
      // Projected end of the current item: its planned length from its actual start, or now if it already overran.
      const projectedEnd = Math.max(Date.parse(currentItem.actualStart) + currentItem.plannedMinutes * 60_000, now.getTime());
      scheduleDeltaMinutes = Math.round((projectedEnd - plannedEnd) / 60_000);
    }
  }

  return {
    session: view.session,
    now: now.toISOString(),
    paused: run.paused_at !== null,
    pausedAt: run.paused_at,
    adjourned: run.adjourned_at !== null,
    adjournedAt: run.adjourned_at,
    sittingNo: run.sitting_no,
    countdownHidden: run.hide_countdown === 1,
    projector: { mode: run.projector_mode as ProjectorMode, breakUntil: run.break_until, message: run.projector_message },
    currentItem,
    currentSpeaker,
    nextSpeakers,
    upcomingItems,
    itemElapsedSeconds,
    scheduleDeltaMinutes,
    sittings: view.sittings.map((s) => s.sitting),
  };
}
