import type { SearchHit } from '../../../../shared/notes.js';

/** A note in its session's notes (the capture screen scrolls to `?note=`). */
export function noteHref(sessionId: string, noteId: string): string {
  return `/sessions/${encodeURIComponent(sessionId)}/capture?note=${encodeURIComponent(noteId)}`;
}

/** Where a search hit opens: the note in its session, the session, its minutes in the editor, an action item's session (or programme), or the directory. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'note':
      return hit.sessionId ? noteHref(hit.sessionId, hit.id) : '/search';
    case 'session':
      return `/sessions/${encodeURIComponent(hit.id)}`;
    case 'minutes':
      return `/sessions/${encodeURIComponent(hit.id)}/minutes`;
    case 'action':
      if (hit.sessionId) return `/sessions/${encodeURIComponent(hit.sessionId)}`;
      return hit.programmeId ? `/programmes/${encodeURIComponent(hit.programmeId)}` : '/search';
    case 'person':
    case 'unit':
      return '/directory';
  }
}
