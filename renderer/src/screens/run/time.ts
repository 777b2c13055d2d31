import type { RunState } from '../../../../shared/agenda.js';

/**
 * Pure time helpers of run mode, shared by the Run view, the projector and the printable agenda.
 * No React, no DOM: unit-tested in test/unit/run-ui.test.ts.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** 75 → "01:15"; 3725 → "1:02:05". Negative input is shown as its absolute value. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.abs(Math.trunc(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

/** Time left of a plan: "04:12" while there is some, "+01:23" once it is over (the overrun, counting up). */
export function formatCountdown(remainingSeconds: number): string {
  return remainingSeconds < 0 ? `+${formatDuration(-remainingSeconds)}` : formatDuration(remainingSeconds);
}

export type Tone = 'normal' | 'warn' | 'over';

/** Amber from 80 % of the plan, red once it is exceeded. A plan of 0 is over as soon as anything is used. */
export function toneOf(usedSeconds: number, plannedSeconds: number): Tone {
  if (plannedSeconds <= 0) return usedSeconds > 0 ? 'over' : 'normal';
  if (usedSeconds > plannedSeconds) return 'over';
  if (usedSeconds >= plannedSeconds * 0.8) return 'warn';
  return 'normal';
}

/** The local wall-clock time of an instant, HH:MM (the time zone of the machine showing it). */
export function clockOf(instant: string | number | Date | null | undefined): string {
  if (instant === null || instant === undefined) return '';
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Same, with seconds: the projector's clock. */
export function clockWithSeconds(instant: number | Date): string {
  const d = instant instanceof Date ? instant : new Date(instant);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * Seconds elapsed since a state was read, to tick between server updates: the state carries the
 * server's clock (`now`), the client notes when it received it, and counts its own time from there.
 * Never negative (a clock set back does not make time run backwards on screen).
 */
export function secondsSince(receivedAtMs: number, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - receivedAtMs) / 1000));
}

/** The server's time now, estimated from a state read at `receivedAtMs` that said `serverNow`. */
export function serverTimeNow(serverNow: string, receivedAtMs: number, nowMs: number): number {
  return Date.parse(serverNow) + Math.max(0, nowMs - receivedAtMs);
}

/**
 * An instant from a HH:MM typed by the chair, on the day of `reference` (local time), e.g. the
 * return time of a break. Returns null for text that is not a time.
 */
export function instantAt(hhmm: string, reference: number): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  const d = new Date(reference);
  d.setHours(h, m, 0, 0);
  return d.toISOString();
}

/** HH:MM `minutes` after `reference` (local), rounded up to the next 5 minutes: a sensible break return time. */
export function suggestReturnTime(reference: number, minutes = 15): string {
  const d = new Date(reference + minutes * 60_000);
  const rounded = Math.ceil(d.getMinutes() / 5) * 5;
  d.setMinutes(rounded, 0, 0);
  return clockOf(d);
}

export interface Ticking {
  /** The server's clock now (estimated), ms since the epoch. */
  serverNow: number;
  /** Seconds the current speaker has spoken, up to now. */
  spokenSeconds: number;
  /** Seconds the current item has run, up to now. */
  itemElapsedSeconds: number;
}

/** Live values between two reads of the state: the state's numbers plus the time since it was read. */
export function tick(state: RunState, receivedAtMs: number, nowMs: number): Ticking {
  const since = secondsSince(receivedAtMs, nowMs);
  const speaking = state.currentSpeaker && !state.paused ? since : 0;
  const itemRunning = state.currentItem?.status === 'running' ? since : 0;
  return {
    serverNow: serverTimeNow(state.now, receivedAtMs, nowMs),
    spokenSeconds: (state.currentSpeaker?.spokenSeconds ?? 0) + speaking,
    itemElapsedSeconds: state.itemElapsedSeconds + itemRunning,
  };
}
