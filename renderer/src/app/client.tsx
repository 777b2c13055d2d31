import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels.js';
import type { Client } from '../../../shared/contract/client.js';
import type { Result } from '../../../shared/contract/result.js';

const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}

/**
 * Query keys are [channel, input]. A change event names topics (programme, session, ...); every
 * query whose channel starts with a touched topic, or that reads a whole programme or session
 * view, is refetched. Simple and always right; cheap at this app's sizes.
 */
function invalidateOnEvents(client: Client, queryClient: QueryClient) {
  return client.subscribe((event) => {
    void queryClient.invalidateQueries({
      predicate: (query) => {
        const channel = String(query.queryKey[0] ?? '');
        const topic = channel.split('.')[0] ?? '';
        return event.topics.some((t) => t === topic) || channel === 'programme.get' || channel === 'session.get' || channel === 'programme.list';
      },
    });
  });
}

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(() => invalidateOnEvents(client, queryClient), [client, queryClient]);
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The database is local and events tell us when data changes: no polling, no stale timers.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export { QueryClientProvider };

/** Reads a channel; the error is a CallError whose payload the UI translates. */
export function useCall<C extends ChannelName>(channel: C, input: InputOf<C>, options: { enabled?: boolean } = {}) {
  const client = useClient();
  return useQuery({
    queryKey: [channel, input],
    queryFn: () => client.get(channel, input),
    enabled: options.enabled ?? true,
  });
}

/** Writes through a channel, returning the typed Result (never throws): the caller shows errors. */
export function useAction<C extends ChannelName>(channel: C) {
  const client = useClient();
  return useMutation<Result<OutputOf<C>>, never, InputOf<C>>({
    mutationFn: (input) => client.call(channel, input),
  });
}
