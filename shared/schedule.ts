/**
 * The planned schedule, computed from each sitting's start time and the items' planned minutes.
 * Pure, so the agenda editor recomputes it while the user types and main returns the same numbers.
 */
import type { Sitting } from './domain.js';

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function fromMinutes(total: number): string {
  const clamped = Math.max(0, total);
  const h = Math.floor(clamped / 60);
  const m = clamped % 60;
  // Past midnight stays readable (24:10) rather than wrapping to a misleading 00:10.
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export interface SchedulableItem {
  id: string;
  sittingId: string | null;
  plannedMinutes: number;
}

export interface ItemTimes {
  plannedStart: string | null;
  plannedEnd: string | null;
  sittingId: string | null;
}

export interface SittingTimes {
  sitting: Sitting;
  plannedEnd: string;
  overrunMinutes: number;
  totalMinutes: number;
}

/**
 * Items without a sitting (or whose sitting is gone) go to the first sitting; a session without
 * sittings has no clock times, only durations.
 */
export function computeSchedule(sittings: readonly Sitting[], items: readonly SchedulableItem[]) {
  const known = new Set(sittings.map((s) => s.id));
  const first = sittings[0]?.id ?? null;
  const cursor = new Map(sittings.map((s) => [s.id, toMinutes(s.startTime)]));
  const totals = new Map(sittings.map((s) => [s.id, 0]));
  const times = new Map<string, ItemTimes>();
  let unscheduledMinutes = 0;
  for (const item of items) {
    const sittingId = item.sittingId && known.has(item.sittingId) ? item.sittingId : first;
    if (!sittingId) {
      unscheduledMinutes += item.plannedMinutes;
      times.set(item.id, { plannedStart: null, plannedEnd: null, sittingId: null });
      continue;
    }
    const start = cursor.get(sittingId)!;
    const end = start + item.plannedMinutes;
    cursor.set(sittingId, end);
    totals.set(sittingId, totals.get(sittingId)! + item.plannedMinutes);
    times.set(item.id, { plannedStart: fromMinutes(start), plannedEnd: fromMinutes(end), sittingId });
  }
  const sittingTimes: SittingTimes[] = sittings.map((sitting) => {
    const end = cursor.get(sitting.id)!;
    return {
      sitting,
      plannedEnd: fromMinutes(end),
      overrunMinutes: Math.max(0, end - toMinutes(sitting.endTime)),
      totalMinutes: totals.get(sitting.id)!,
    };
  });
  return { times, sittings: sittingTimes, unscheduledMinutes };
}
