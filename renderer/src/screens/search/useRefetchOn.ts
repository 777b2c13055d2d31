import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChannelName } from '../../../../shared/contract/channels.js';
import type { Topic } from '../../../../shared/contract/events.js';
import { useClient } from '../../app/client.js';

/**
 * app/client.tsx refetches a query when an event names its channel's own topic ('note.list' on
 * 'note'). Channels that read other topics' rows ('opinion.list' reads notes and plans,
 * 'search.query' reads everything) say here which topics they follow.
 */
export function useRefetchOn(channels: readonly ChannelName[], topics: readonly Topic[]) {
  const client = useClient();
  const queryClient = useQueryClient();
  const channelKey = channels.join(' ');
  const topicKey = topics.join(' ');
  useEffect(() => {
    const watched = new Set(channelKey.split(' '));
    const following = new Set(topicKey.split(' '));
    return client.subscribe((event) => {
      if (!event.topics.some((topic) => following.has(topic))) return;
      void queryClient.invalidateQueries({ predicate: (query) => watched.has(String(query.queryKey[0] ?? '')) });
    });
  }, [client, queryClient, channelKey, topicKey]);
}
