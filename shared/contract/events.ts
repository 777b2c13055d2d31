/**
 * Change events flow from main to every open window (IPC events in Electron, server-sent events over
 * HTTP). They name what changed, not the new data: each window refetches what it shows.
 */
export const TOPICS = [
  'programme',
  'stage',
  'session',
  'sitting',
  'unit',
  'person',
  'attendance',
  'trash',
  'settings',
  'agenda',
  'run',
  'template',
  'note',
  'plan',
  'action',
  'minutes',
  /** The database check (`db.health`) finished or changed its answer. */
  'health',

  /** The room (issue 18): opened, joined, left, closed, a laptop came or went, the link or the pending count changed. */
  'room',

  /** The PDF print queue moved (main/export/pdf/queue.ts): nothing stored changed. */
  'export',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface ChangeEvent {
  /** Every topic a committed call touched. */
  topics: Topic[];
  /** The ids the call touched, when the UI can use them to refetch less. */
  ids: string[];
  /**
   * Counts the core's events, 1, 2, 3, … with no holes: a window that sees a number other than the
   * one after the last it saw missed some and refetches everything (seqGaps below). A new core
   * (another process, a database restored in recovery) starts again at 1; recovery's own
   * everything-changed announcement carries 0. Either is a gap, which costs one refetch.
   */
  seq: number;
}

/**
 * Follows the seq of the change events one window receives: `missed` is true when events were
 * skipped since the last one (or the count started again). `reset` forgets the last one, for a
 * reconnected stream whose first event cannot be compared with what came before the break.
 */
export function seqGaps(): { missed(seq: number): boolean; reset(): void } {
  let last: number | null = null;
  return {
    missed(seq) {
      const gap = last !== null && seq !== last + 1;
      last = seq;
      return gap;
    },
    reset() {
      last = null;
    },
  };
}
