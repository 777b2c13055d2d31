/** A clock tests move by hand: run-mode times and totals become exact. */
export function testClock(start: string) {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(seconds: number) {
      current += seconds * 1000;
    },
    set(iso: string) {
      current = new Date(iso).getTime();
    },
  };
}
