import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem, RunState, Speaker } from '../../shared/agenda.js';
import { testClock } from '../helpers/clock.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * A day of two sittings: end the morning sitting (the session stays live), resume for the afternoon,
 * end the meeting, reopen it. And countdowns the facilitator hides: one speaker's, or the session's.
 */
let rt: TestRuntime;
let clock: ReturnType<typeof testClock>;
beforeEach(() => {
  clock = testClock(new Date(2027, 0, 11, 9, 0, 0).toISOString());
  rt = testRuntime({ now: clock.now });
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);
const state = (channel: string, input: unknown) => ok(call(channel, input)) as RunState;
const refused = (channel: string, input: unknown, reason: string) => {
  const before = snapshot(rt.core.db);
  expect(call(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason } } });
  expect(snapshot(rt.core.db)).toEqual(before);
};

function seed() {
  const programme = ok(call('programme.create', { title: 'P' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: 'S' })) as { id: string };
  const session = ok(
    call('session.create', {
      stageId: stage.id,
      title: 'Two sittings',
      sittings: [
        { date: '2027-01-11', startTime: '09:00', endTime: '12:00' },
        { date: '2027-01-11', startTime: '14:30', endTime: '17:30' },
      ],
    }),
  ) as { id: string };
  const round = ok(call('agenda.create', { sessionId: session.id, kind: 'statements', title: 'Round', plannedMinutes: 60 })) as AgendaItem;
  const summary = ok(call('agenda.create', { sessionId: session.id, kind: 'summary', title: 'Summary', plannedMinutes: 10 })) as AgendaItem;
  const people = ['甲', '乙'].map((name) => ok(call('person.create', { name })) as { id: string });
  const speakers = people.map((p) => ok(call('speaker.add', { agendaItemId: round.id, personId: p.id })) as Speaker);
  return { sessionId: session.id, round, summary, people, speakers };
}

describe('sittings: end one, resume the session, end and reopen', () => {
  it('ends the morning sitting with the session still live, resumes for the afternoon, ends and reopens', () => {
    const { sessionId, round, summary } = seed();
    let s = state('run.start', { sessionId });
    expect(s).toMatchObject({ session: { status: 'live' }, adjourned: false, sittingNo: 1 });
    state('run.next', { sessionId }); // the round starts
    s = state('run.next', { sessionId }); // 甲 speaks
    expect(s.currentSpeaker?.person?.name).toBe('甲');
    clock.advance(120);

    s = state('run.endSitting', { sessionId });
    expect(s).toMatchObject({ session: { status: 'live' }, adjourned: true, adjournedAt: clock.now().toISOString(), sittingNo: 1, currentItem: null });
    // Nothing moves between sittings; 乙 still waits in the round's queue.
    refused('run.next', { sessionId }, 'sitting_ended');
    refused('run.endSitting', { sessionId }, 'sitting_ended');
    const view = ok(call('agenda.list', { sessionId })) as { items: { id: string; status: string; speakers: Speaker[] }[] };
    expect(view.items.find((i) => i.id === round.id)?.speakers.map((sp) => sp.status)).toEqual(['done', 'waiting']);

    clock.advance(2.5 * 3600);
    s = state('run.nextSitting', { sessionId });
    expect(s).toMatchObject({ session: { status: 'live' }, adjourned: false, adjournedAt: null, sittingNo: 2 });
    refused('run.nextSitting', { sessionId }, 'sitting_running');
    s = state('run.startItem', { sessionId, itemId: summary.id });
    expect(s.currentItem?.id).toBe(summary.id);

    s = state('run.end', { sessionId });
    expect(s).toMatchObject({ session: { status: 'closed' }, adjourned: false, currentItem: null });
    // An ended session does not start again by accident: it is reopened, on purpose.
    refused('run.start', { sessionId }, 'session_closed');
    refused('run.next', { sessionId }, 'session_closed');
    s = state('run.reopen', { sessionId });
    expect(s).toMatchObject({ session: { status: 'live' }, adjourned: true, sittingNo: 2 });
    refused('run.reopen', { sessionId }, 'session_not_closed');
    s = state('run.nextSitting', { sessionId });
    expect(s).toMatchObject({ adjourned: false, sittingNo: 3 });
  });

  it('keeps the sitting across a restart', () => {
    const { sessionId } = seed();
    state('run.start', { sessionId });
    state('run.endSitting', { sessionId });
    const dir = rt.dir;
    rt.close({ backup: false });
    rt = testRuntime({ dataDir: dir, now: clock.now });
    expect(state('run.state', { sessionId })).toMatchObject({ adjourned: true, sittingNo: 1 });
  });
});

describe('countdowns the facilitator hides', () => {
  it('hides one speaker’s countdown (an interjection) and the whole session’s', () => {
    const { sessionId, people, speakers } = seed();
    state('run.start', { sessionId });
    state('run.next', { sessionId });
    let s = state('run.interject', { sessionId, personId: people[1]!.id, hideCountdown: true });
    expect(s.currentSpeaker).toMatchObject({ isInterjection: true, hideCountdown: true });
    s = state('run.next', { sessionId });
    expect(s.currentSpeaker).toMatchObject({ id: speakers[0]!.id, hideCountdown: false });

    const hidden = ok(call('speaker.update', { id: speakers[0]!.id, hideCountdown: true })) as Speaker;
    expect(hidden.hideCountdown).toBe(true);
    expect(state('run.state', { sessionId }).currentSpeaker?.hideCountdown).toBe(true);
    // Other edits leave the choice alone.
    expect((ok(call('speaker.update', { id: speakers[0]!.id, plannedSeconds: 120 })) as Speaker).hideCountdown).toBe(true);
    expect((ok(call('speaker.update', { id: speakers[0]!.id, hideCountdown: false })) as Speaker).hideCountdown).toBe(false);

    expect(state('run.state', { sessionId }).countdownHidden).toBe(false);
    expect(state('run.countdown', { sessionId, hidden: true }).countdownHidden).toBe(true);
    expect(state('run.projector', { sessionId, mode: 'blank' }).countdownHidden).toBe(true);
    expect(state('run.countdown', { sessionId, hidden: false }).countdownHidden).toBe(false);
  });
});
