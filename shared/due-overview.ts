import type { ActionItem } from './actions.js';

/** A task on Home's "what is due" list: enough to name it and link to it on its programme's board. */
export interface DueItem extends Pick<ActionItem, 'id' | 'title' | 'programmeId' | 'sessionId' | 'dueDate' | 'due' | 'status'> {
  programmeTitle: string;
  leadUnitName: string | null;
}

/** Home's "what is due", across programmes: each task in one list only (submitted first, then overdue). */
export interface DueOverview {
  thisWeek: DueItem[];
  overdue: DueItem[];
  submitted: DueItem[];
}
