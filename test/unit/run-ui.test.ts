import { describe, expect, it } from 'vitest';
import type { AgendaView, RunState, ScheduledItem } from '../../shared/agenda.js';
import type { Sitting } from '../../shared/domain.js';
import { applyMove, displayOrder, dropTarget, groupBySitting, reschedule, stepTarget, withDraftMinutes } from '../../renderer/src/screens/agenda/order.js';
import { commandFor, nextStep, type KeyLike } from '../../renderer/src/screens/run/shortcuts.js';
import { clockOf, formatCountdown, formatDuration, instantAt, suggestReturnTime, tick, toneOf } from '../../renderer/src/screens/run/time.js';

/** The pure parts of the agenda editor, the Run view and the projector. */

const sitting = (id: string, position: number, startTime: string, endTime: string): Sitting => ({
  id,
  sessionId: 's',
  position,
  date: '2027-01-11',
  startTime,
  endTime,
});

function item(id: string, position: number, sittingId: string | null, plannedMinutes = 20): ScheduledItem {
  return {
    id,
    sessionId: 's',
    sittingId,
    position,
    kind: 'presentation',
    title: id,
    presenter: null,
    presenterName: '',
    plannedMinutes,
    chairNotes: '',
    speakerPrompt: '',
    status: 'pending',
    actualStart: null,
    actualEnd: null,
    plannedStart: null,
    plannedEnd: null,
    speakers: [],
  };
}

function view(items: ScheduledItem[], sittings = [sitting('am', 0, '09:00', '10:00'), sitting('pm', 1, '14:00', '15:00')]): AgendaView {
  const base: AgendaView = {
    session: {} as AgendaView['session'],
    sittings: sittings.map((s) => ({ sitting: s, plannedEnd: s.startTime, overrunMinutes: 0, totalMinutes: 0 })),
    items,
    unscheduledMinutes: 0,
  };
  return reschedule(base, items);
}

const titles = (v: AgendaView) => displayOrder(v).map((i) => i.id);

describe('time helpers', () => {
  it('formats durations and countdowns, with the overrun counting up after a plus', () => {
    expect(formatDuration(75)).toBe('01:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatCountdown(252)).toBe('04:12');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-83)).toBe('+01:23');
  });

  it('turns amber at 80 % of the plan and red once over it', () => {
    expect(toneOf(0, 300)).toBe('normal');
    expect(toneOf(239, 300)).toBe('normal');
    expect(toneOf(240, 300)).toBe('warn');
    expect(toneOf(300, 300)).toBe('warn');
    expect(toneOf(301, 300)).toBe('over');
    expect(toneOf(0, 0)).toBe('normal');
    expect(toneOf(1, 0)).toBe('over');
  });

  it('ticks from the state read: speaking time stops while paused, the server clock goes on', () => {
    const state = {
      now: '2027-01-11T01:00:00.000Z',
      paused: false,
      currentSpeaker: { spokenSeconds: 100 },
      currentItem: { status: 'running' },
      itemElapsedSeconds: 600,
    } as unknown as RunState;
    const received = 1_000_000;
    expect(tick(state, received, received + 5_400)).toEqual({
      serverNow: Date.parse('2027-01-11T01:00:05.400Z'),
      spokenSeconds: 105,
      itemElapsedSeconds: 605,
    });
    expect(tick({ ...state, paused: true }, received, received + 5_000).spokenSeconds).toBe(100);
    // A client clock set back never runs the countdown backwards.
    expect(tick(state, received, received - 10_000).spokenSeconds).toBe(100);
  });

  it('reads a typed return time on the reference day, and suggests one rounded to 5 minutes', () => {
    const reference = new Date(2027, 0, 11, 10, 2).getTime();
    expect(clockOf(instantAt('10:30', reference))).toBe('10:30');
    expect(new Date(instantAt('10:30', reference)!).getDate()).toBe(11);
    expect(instantAt('25:00', reference)).toBeNull();
    expect(instantAt('half past', reference)).toBeNull();
    expect(suggestReturnTime(reference)).toBe('10:20');
  });
});

describe('run shortcuts', () => {
  const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, repeat: false, ...extra });

  it('maps N, Space, P, S and I; upper case too', () => {
    expect(commandFor(key('n'), { tagName: 'BODY' })).toBe('next');
    expect(commandFor(key('N'), { tagName: 'BODY' })).toBe('next');
    expect(commandFor(key(' '), { tagName: 'BODY' })).toBe('next');
    expect(commandFor(key('p'), { tagName: 'BODY' })).toBe('pause');
    expect(commandFor(key('s'), { tagName: 'DIV' })).toBe('skip');
    expect(commandFor(key('i'), { tagName: 'BODY' })).toBe('interject');
    expect(commandFor(key('x'), { tagName: 'BODY' })).toBeNull();
  });

  it('never fires while typing, with a modifier, in a dialog, on key repeat or during IME composition', () => {
    expect(commandFor(key('n'), { tagName: 'INPUT' })).toBeNull();
    expect(commandFor(key('n'), { tagName: 'TEXTAREA' })).toBeNull();
    expect(commandFor(key('n'), { tagName: 'SELECT' })).toBeNull();
    expect(commandFor(key('n'), { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(commandFor(key('n'), { tagName: 'DIV', role: 'combobox' })).toBeNull();
    expect(commandFor(key('n', { ctrlKey: true }), { tagName: 'BODY' })).toBeNull();
    expect(commandFor(key('n', { metaKey: true }), { tagName: 'BODY' })).toBeNull();
    expect(commandFor(key('n', { altKey: true }), { tagName: 'BODY' })).toBeNull();
    expect(commandFor(key('n'), { tagName: 'BUTTON', inDialog: true })).toBeNull();
    expect(commandFor(key('n', { repeat: true }), { tagName: 'BODY' })).toBeNull();
    expect(commandFor(key('n', { isComposing: true }), { tagName: 'BODY' })).toBeNull();
  });

  it('leaves Space to a focused button or link, but N still works there', () => {
    expect(commandFor(key(' '), { tagName: 'BUTTON' })).toBeNull();
    expect(commandFor(key(' '), { tagName: 'A' })).toBeNull();
    expect(commandFor(key(' '), { tagName: 'DIV', role: 'button' })).toBeNull();
    expect(commandFor(key('n'), { tagName: 'BUTTON' })).toBe('next');
  });

  it('walks the agenda with one key: first item, next speaker, then the next item', () => {
    const base = { currentItem: null, currentSpeaker: null, nextSpeakers: [], upcomingItems: [{ id: 'a', title: 'A' }] } as unknown as RunState;
    expect(nextStep(base)).toEqual({ kind: 'next' });
    const running = { ...base, currentItem: { id: 'x' }, upcomingItems: [{ id: 'b', title: 'B' }] } as unknown as RunState;
    expect(nextStep({ ...running, nextSpeakers: [{ id: 's' }] } as unknown as RunState)).toEqual({ kind: 'next' });
    expect(nextStep({ ...running, currentSpeaker: { id: 's' } } as unknown as RunState)).toEqual({ kind: 'next' });
    expect(nextStep(running)).toEqual({ kind: 'startItem', itemId: 'b', title: 'B' });
    expect(nextStep({ ...running, upcomingItems: [] })).toEqual({ kind: 'finished' });
  });
});

describe('agenda order', () => {
  it('groups items by sitting (no sitting: the first one) and recomputes times', () => {
    const v = view([item('a', 0, 'am'), item('c', 1, 'pm'), item('b', 2, null)]);
    const groups = groupBySitting(v);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['a', 'b'], ['c']]);
    expect(displayOrder(v).map((i) => i.plannedStart)).toEqual(['09:00', '09:20', '14:00']);
  });

  it('drops an item in the place of the one it lands on, taking its sitting', () => {
    const v = view([item('a', 0, 'am'), item('b', 1, 'am'), item('c', 2, 'pm'), item('d', 3, 'pm')]);
    const down = dropTarget(v, 'a', 'b')!;
    expect(down).toMatchObject({ id: 'a', position: 1, displayIndex: 2 });
    expect(down.sittingId).toBeUndefined();
    expect(titles(applyMove(v, down))).toEqual(['b', 'a', 'c', 'd']);
    const across = dropTarget(v, 'a', 'c')!;
    expect(across).toMatchObject({ sittingId: 'pm', displayIndex: 3 });
    expect(titles(applyMove(v, across))).toEqual(['b', 'c', 'a', 'd']);
    const up = dropTarget(v, 'd', 'a')!;
    expect(up).toMatchObject({ sittingId: 'am', position: 0, displayIndex: 1 });
    expect(dropTarget(v, 'a', 'a')).toBeNull();
  });

  it('steps one place with Alt+arrows, crossing into the neighbouring sitting at its edge', () => {
    const v = view([item('a', 0, 'am'), item('b', 1, 'am'), item('c', 2, 'pm')]);
    expect(titles(applyMove(v, stepTarget(v, 'a', 1)!))).toEqual(['b', 'a', 'c']);
    const cross = stepTarget(v, 'b', 1)!;
    expect(cross.sittingId).toBe('pm');
    const moved = applyMove(v, cross);
    expect(groupBySitting(moved).map((g) => g.items.map((i) => i.id))).toEqual([['a'], ['b', 'c']]);
    const back = stepTarget(v, 'c', -1)!;
    expect(back.sittingId).toBe('am');
    expect(groupBySitting(applyMove(v, back)).map((g) => g.items.map((i) => i.id))).toEqual([['a', 'b', 'c'], []]);
    expect(stepTarget(v, 'a', -1)).toBeNull();
    expect(stepTarget(v, 'c', 1)).toBeNull();
    // Into an empty sitting.
    const lonely = view([item('a', 0, 'am'), item('b', 1, 'am')]);
    expect(groupBySitting(applyMove(lonely, stepTarget(lonely, 'b', 1)!)).map((g) => g.items.map((i) => i.id))).toEqual([['a'], ['b']]);
  });

  it('shows the effect of minutes being typed before they are saved: times and the overrun', () => {
    const v = view([item('a', 0, 'am', 30), item('b', 1, 'am', 20)]);
    expect(v.sittings[0]).toMatchObject({ plannedEnd: '09:50', overrunMinutes: 0 });
    const typed = withDraftMinutes(v, new Map([['a', 50]]));
    expect(typed.items.map((i) => [i.plannedStart, i.plannedEnd])).toEqual([
      ['09:00', '09:50'],
      ['09:50', '10:10'],
    ]);
    expect(typed.sittings[0]).toMatchObject({ plannedEnd: '10:10', overrunMinutes: 10 });
    expect(withDraftMinutes(v, new Map())).toBe(v);
  });
});
