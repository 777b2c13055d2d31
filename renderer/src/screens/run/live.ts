/**
 * Live data of a running session, shared by the Run view and the projector: the run state read
 * with the previous data kept while refetching (no flash between states), refetched on every
 * change event that can alter it, and a local tick so countdowns move between server updates.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Topic } from '../../../../shared/contract/events.js';
import { useClient } from '../../app/client.js';

/**
 * What the run state depends on beyond its own 'run' topic: the agenda and speakers ('agenda'), the
 * session (title, status), and the people shown (names, positions, units).
 */
const RUN_TOPICS: readonly Topic[] = ['run', 'agenda', 'session', 'sitting', 'person', 'unit'];

/**
 * Refetches queries of `channels` when an event names one of `topics`. The app-wide invalidation
 * (client.tsx) matches a query's channel prefix only; run.state and stats.* read across topics.
 */
export function useRefetchOn(topics: readonly Topic[], channels: readonly string[]) {
  const client = useClient();
  const queryClient = useQueryClient();
  const topicKey = topics.join(',');
  const channelKey = channels.join(',');
  useEffect(() => {
    const wantedTopics = topicKey.split(',');
    const wantedChannels = channelKey.split(',');
    return client.subscribe((event) => {
      if (!event.topics.some((t) => wantedTopics.includes(t))) return;
      void queryClient.invalidateQueries({ predicate: (q) => wantedChannels.includes(String(q.queryKey[0])) });
    });
  }, [client, queryClient, topicKey, channelKey]);
}

/** The run state of a session; `receivedAt` is when this client got it (to tick from). */
export function useRunState(sessionId: string, options: { enabled?: boolean } = {}) {
  const client = useClient();
  useRefetchOn(RUN_TOPICS, ['run.state']);
  return useQuery({
    // The same key shape as useCall, so the app-wide 'run' invalidation reaches it too.
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
