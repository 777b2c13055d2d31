/**
 * The core reads time only through `now()`. In production that is the system clock; end-to-end
 * tests start the host with a test clock they move by hand, so recorded times and overdue states
 * are exact instead of depending on how fast a shared machine runs.
 */
export interface TestClock {
  now(): Date;
  advance(seconds: number): Date;
  set(iso: string): Date;
}

export function createTestClock(startIso: string): TestClock {
  let current = Date.parse(startIso);
  if (Number.isNaN(current)) throw new Error(`not a date and time: ${startIso}`);
  return {
    now: () => new Date(current),
    advance(seconds) {
      current += Math.round(seconds * 1000);
      return new Date(current);
    },
    set(iso) {
      const next = Date.parse(iso);
      if (Number.isNaN(next)) throw new Error(`not a date and time: ${iso}`);
      current = next;
      return new Date(current);
    },
  };
}
