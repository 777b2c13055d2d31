import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { Client } from '../../../../shared/contract/client.js';
import { callQuery, useCall, useClient } from '../../app/client.js';
import { notePagesQuery } from '../notes/useNotePages.js';

/**
 * Reads what the capture screen shows first (the run state, the newest page of notes, the agenda,
 * the directory) into the cache, so that opening it renders at once instead of waiting for five
 * reads (a 5,000-note session took about 190 ms from the click to the newest note; the budget is
 * 100 ms). The cache keeps them fresh: change events refetch them like any other read.
 */
export function warmCapture(queryClient: QueryClient, client: Client, sessionId: string): void {
  // prefetch* reads only what the cache does not have yet (staleTime is Infinity): warming twice is free.
  void queryClient.prefetchQuery(callQuery(client, 'session.get', { id: sessionId }));
  void queryClient.prefetchQuery(callQuery(client, 'run.state', { sessionId }));
  void queryClient.prefetchInfiniteQuery(notePagesQuery(client, sessionId));
  void queryClient.prefetchQuery(callQuery(client, 'agenda.list', { sessionId }));
  void queryClient.prefetchQuery(callQuery(client, 'person.list', {}));
  void queryClient.prefetchQuery(callQuery(client, 'unit.list', {}));
}

/**
 * On a session's screens: while the session is live, the capture screen is where the secretary goes
 * next, so it is warmed once the screen shown is idle. Returns the warm-up for the capture tab's
 * hover and focus (a session not live yet is warmed only when the user heads there).
 */
export function useCaptureWarmUp(sessionId: string): () => void {
  const client = useClient();
  const queryClient = useQueryClient();
  const detail = useCall('session.get', { id: sessionId });
  const warm = useCallback(() => warmCapture(queryClient, client, sessionId), [queryClient, client, sessionId]);
  const live = detail.data?.session.status === 'live';
  useEffect(() => {
    if (!live) return;
    // Idle time: the screen on show gets its own reads first.
    const handle = window.requestIdleCallback(warm, { timeout: 1_000 });
    return () => window.cancelIdleCallback(handle);
  }, [live, warm]);
  return warm;
}
