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

  /** The PDF print queue moved (main/export/pdf/queue.ts): nothing stored changed. */
  'export',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface ChangeEvent {
  /** Every topic a committed call touched. */
  topics: Topic[];
  /** The ids the call touched, when the UI can use them to refetch less. */
  ids: string[];
  /** Monotonic per process: lets a window notice it missed events and refetch everything. */
  seq: number;
}
