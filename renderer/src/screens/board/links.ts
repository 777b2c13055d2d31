import type { ActionItem } from '../../../../shared/actions.js';

const enc = encodeURIComponent;

/** A programme's board. */
export const programmeBoardHref = (programmeId: string) => `/programmes/${enc(programmeId)}/board`;

/** A session's board. */
export const sessionBoardHref = (sessionId: string) => `/sessions/${enc(sessionId)}/board`;

/** A task open in its board's detail panel: its session's board, or the programme's when it has no session. */
export function actionHref(action: Pick<ActionItem, 'id' | 'sessionId' | 'programmeId'>): string {
  const board = action.sessionId ? sessionBoardHref(action.sessionId) : programmeBoardHref(action.programmeId);
  return `${board}?action=${enc(action.id)}`;
}

/** Everything a unit owes in a programme (printable). */
export const unitHref = (unitId: string, programmeId?: string | null) =>
  `/units/${enc(unitId)}${programmeId ? `?programme=${enc(programmeId)}` : ''}`;
