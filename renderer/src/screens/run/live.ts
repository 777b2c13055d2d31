/**
 * Live data of a running session, shared by the Run view and the projector: the run state read
 * with the previous data kept while refetching (no flash between states), and a local tick so
 * countdowns move between server updates.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useClient } from '../../app/client.js';

/** The run state of a session; `receivedAt` is when this client got it (to tick from). */
export function useRunState(sessionId: string, options: { enabled?: boolean } = {}) {
  const client = useClient();
  return useQuery({
    // The same key shape as useCall: client.tsx's READS table refetches it on run, agenda, people… events.
    queryKey: ['run.state', { sessionId }],
    queryFn: () => client.get('run.state', { sessionId }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** Re-renders every `intervalMs` and returns Date.now(). */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
