import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem, RunState, Speaker, SpeakingTotal } from '../../shared/agenda.js';
import { testClock } from '../helpers/clock.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
let clock: ReturnType<typeof testClock>;
beforeEach(() => {
  // Sitting times are local wall-clock times; run the test in the machine's zone at 09:00 local.
  clock = testClock(new Date(2027, 0, 11, 9, 0, 0).toISOString());
  rt = testRuntime({ now: clock.now });
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);
const state = (channel: string, input: unknown) => ok(call(channel, input)) as RunState;

function seed() {
  const programme = ok(call('programme.create', { title: 'P' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: 'S' })) as { id: string };
  const session = ok(
    call('session.create', { stageId: stage.id, title: 'Run', sittings: [{ date: '2027-01-11', startTime: '09:00', endTime: '12:00' }] }),
  ) as { id: string };
  const intro = ok(call('agenda.create', { sessionId: session.id, kind: 'presentation', title: 'Intro', plannedMinutes: 10 })) as AgendaItem;
  const round = ok(call('agenda.create', { sessionId: session.id, kind: 'statements', title: 'Round', plannedMinutes: 20 })) as AgendaItem;
  ok(call('agenda.create', { sessionId: session.id, kind: 'summary', title: 'Summary', plannedMinutes: 10 }));
  const people = ['甲', '乙', '丙'].map((name) => ok(call('person.create', { name })) as { id: string });
  const speakers = people.map(
    (p) => ok(call('speaker.add', { agendaItemId: round.id, personId: p.id, plannedSeconds: 300 })) as { id: string },
  );
  return { programme, session, intro, round, people, speakers };
}

describe('run mode', () => {
  it('the session status follows the run only: the details cannot set it (it made "live" without a run and "closed" over a running one)', () => {
    const { session } = seed();
    for (const status of ['live', 'closed', 'planned']) {
      const before = snapshot(rt.core.db);
      expect(call('session.update', { id: session.id, status })).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(snapshot(rt.core.db)).toEqual(before);
    }
    state('run.start', { sessionId: session.id });
    expect(call('session.update', { id: session.id, title: 'Run, renamed', status: 'closed' })).toMatchObject({ ok: false });
    expect(state('run.state', { sessionId: session.id }).session.status).toBe('live');
  });

  it('refuses to run a session that has not started', () => {
    const { session } = seed();
    expect(call('run.next', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason: 'session_not_live' } } });
  });

  it('walks the agenda with one key, records actual times, handles pause, skip, interjection and totals', () => {
    const { programme, session, intro, round, people, speakers } = seed();
    state('run.start', { sessionId: session.id });
    // "next" with nothing running starts the first item.
    let s = state('run.next', { sessionId: session.id });
    expect(s.currentItem?.id).toBe(intro.id);
    expect(s.currentItem?.actualStart).toBe(clock.now().toISOString());
    clock.advance(12 * 60); // the intro overruns by 2 minutes
    s = state('run.state', { sessionId: session.id });
    expect(s.itemElapsedSeconds).toBe(720);
    expect(s.scheduleDeltaMinutes).toBe(2);

    s = state('run.startItem', { sessionId: session.id, itemId: round.id });
    expect(s.currentItem?.id).toBe(round.id);
    expect(s.upcomingItems.map((i) => i.title)).toEqual(['Summary']);
    expect(s.nextSpeakers.map((sp) => sp.person?.name)).toEqual(['甲', '乙', '丙']);

    s = state('run.next', { sessionId: session.id });
    expect(s.currentSpeaker?.person?.name).toBe('甲');
    clock.advance(200);
    state('run.pause', { sessionId: session.id });
    clock.advance(100); // paused time does not count
    state('run.resume', { sessionId: session.id });
    clock.advance(150);
    // 江辰-style interjection: 甲 keeps their place.
    s = state('run.interject', { sessionId: session.id, personId: people[2]!.id });
    expect(s.currentSpeaker).toMatchObject({ isInterjection: true, person: { name: '丙' } });
    expect(s.nextSpeakers.map((sp) => sp.person?.name)).toEqual(['甲', '乙', '丙']);
    clock.advance(30);
    s = state('run.next', { sessionId: session.id });
    expect(s.currentSpeaker?.id).toBe(speakers[0]!.id);
    expect(s.currentSpeaker?.spokenSeconds).toBe(350);
    clock.advance(50); // 甲 finishes: 400 s in all, overran the 300 s plan
    s = state('run.next', { sessionId: session.id });
    expect(s.currentSpeaker?.person?.name).toBe('乙');
    s = state('run.skip', { sessionId: session.id, speakerId: speakers[1]!.id });
    expect(s.currentSpeaker?.person?.name).toBe('丙');
    clock.advance(120);
    s = state('run.next', { sessionId: session.id });
    expect(s.currentSpeaker).toBeNull();

    const view = ok(call('agenda.list', { sessionId: session.id })) as { items: (AgendaItem & { speakers: { status: string; spokenSeconds: number }[] })[] };
    const roundView = view.items.find((i) => i.id === round.id)!;
    expect(roundView.speakers.map((sp) => [sp.status, sp.spokenSeconds])).toEqual([
      ['done', 30],
      ['done', 400],
      ['skipped', 0],
      ['done', 120],
    ]);
    expect(view.items.find((i) => i.id === intro.id)).toMatchObject({ status: 'done' });

    const totals = ok(call('stats.speakingTime', { sessionId: session.id })) as SpeakingTotal[];
    expect(totals.map((t) => [t.name, t.seconds, t.speeches])).toEqual([
      ['甲', 400, 1],
      ['丙', 150, 2],
    ]);
    expect(ok(call('stats.speakingTime', { programmeId: programme.id }))).toEqual(totals);

    s = state('run.end', { sessionId: session.id });
    expect(s.session.status).toBe('closed');
    expect(s.currentItem).toBeNull();
  });

  it('counts a presenter in the speaking totals: the time of their item, less the speeches of its queue and a pause in progress', () => {
    const { programme, session, intro, people } = seed();
    const lin = ok(call('person.create', { name: '林卫东' })) as { id: string };
    ok(call('agenda.update', { id: intro.id, presenterId: lin.id }));
    const guestTalk = ok(call('agenda.create', { sessionId: session.id, kind: 'summary', title: 'Wrap-up', plannedMinutes: 5, presenterName: '列席代表老周' })) as AgendaItem;
    state('run.start', { sessionId: session.id });
    state('run.startItem', { sessionId: session.id, itemId: intro.id });
    clock.advance(300); // 林卫东 presents for 5 minutes
    state('run.interject', { sessionId: session.id, personId: people[0]!.id });
    clock.advance(60); // 甲 interjects for a minute: not the presenter's time
    state('run.next', { sessionId: session.id });
    clock.advance(120); // back to 林卫东 for 2 minutes
    state('run.pause', { sessionId: session.id });
    clock.advance(40); // paused: nobody speaks
    let totals = ok(call('stats.speakingTime', { sessionId: session.id })) as SpeakingTotal[];
    expect(totals.map((t) => [t.name, t.seconds, t.speeches])).toEqual([
      ['林卫东', 420, 1],
      ['甲', 60, 1],
    ]);
    state('run.resume', { sessionId: session.id });
    clock.advance(30);
    state('run.startItem', { sessionId: session.id, itemId: guestTalk.id });
    clock.advance(90);
    totals = ok(call('stats.speakingTime', { sessionId: session.id })) as SpeakingTotal[];
    // The ended pause is not recorded: it counts (40 s) once the item is over.
    expect(totals.map((t) => [t.personId, t.name, t.seconds])).toEqual([
      [lin.id, '林卫东', 490],
      [null, '列席代表老周', 90],
      [people[0]!.id, '甲', 60],
    ]);
    expect(ok(call('stats.speakingTime', { programmeId: programme.id }))).toEqual(totals);
  });

  it('survives a restart mid-session: the state is in the database', () => {
    const { session, round } = seed();
    state('run.start', { sessionId: session.id });
    state('run.startItem', { sessionId: session.id, itemId: round.id });
    state('run.next', { sessionId: session.id });
    clock.advance(90);
    const dir = rt.dir;
    rt.close({ backup: false });
    rt = testRuntime({ dataDir: dir, now: clock.now });
    const s = state('run.state', { sessionId: session.id });
    expect(s.currentItem?.id).toBe(round.id);
    expect(s.currentSpeaker?.person?.name).toBe('甲');
    expect(s.currentSpeaker?.spokenSeconds).toBe(90);
  });

  it('blanks the projector and shows a break screen with a return time', () => {
    const { session } = seed();
    let s = state('run.projector', { sessionId: session.id, mode: 'break', breakUntil: '2027-01-11T02:30:00.000Z' });
    expect(s.projector).toEqual({ mode: 'break', breakUntil: '2027-01-11T02:30:00.000Z', message: '' });
    s = state('run.projector', { sessionId: session.id, mode: 'blank' });
    expect(s.projector.mode).toBe('blank');
    expect(s.projector.breakUntil).toBeNull();
  });

  it('refuses a break end with a padded fraction (the format allows any length; the stored value must stay short)', () => {
    const { session } = seed();
    const before = snapshot(rt.core.db);
    const padded = `2027-01-11T02:30:00.${'0'.repeat(10_000)}Z`;
    expect(call('run.projector', { sessionId: session.id, mode: 'break', breakUntil: padded })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(snapshot(rt.core.db)).toEqual(before);
  });

  it('refuses to remove a speaker who has spoken', () => {
    const { session, round, speakers } = seed();
    state('run.start', { sessionId: session.id });
    state('run.startItem', { sessionId: session.id, itemId: round.id });
    state('run.next', { sessionId: session.id });
    expect(call('speaker.remove', { id: speakers[0]!.id })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});

/*
 * A day of two sittings: end the morning sitting (the session stays live), resume for the afternoon,
 * end the meeting, reopen it. And countdowns the facilitator hides: one speaker's, or the session's.
 */
const refused = (channel: string, input: unknown, reason: string) => {
  const before = snapshot(rt.core.db);
  expect(call(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid_state', params: { reason } } });
  expect(snapshot(rt.core.db)).toEqual(before);
};

function seedTwoSittings() {
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
    const { sessionId, round, summary } = seedTwoSittings();
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
    const { sessionId } = seedTwoSittings();
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
    const { sessionId, people, speakers } = seedTwoSittings();
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
