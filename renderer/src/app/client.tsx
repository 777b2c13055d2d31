import { QueryClient, QueryClientProvider, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { ChannelName, InputOf } from '../../../shared/contract/channels.js';
import type { Client } from '../../../shared/contract/client.js';
import { seqGaps, TOPICS, type Topic } from '../../../shared/contract/events.js';

const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}

/**
 * Which change topics each area's reads depend on. A query keyed [channel, input] is refetched when
 * an event names its own area or any topic its answer is built from (a session view shows people,
 * units and sittings; an opinions list shows notes, plans and speakers). One table, so no screen
 * has to remember it.
 */
const READS: Record<string, readonly Topic[]> = {
  programme: ['programme', 'stage', 'session', 'sitting', 'attendance'],
  stage: ['stage', 'session'],
  session: ['session', 'sitting', 'attendance', 'person', 'unit', 'stage', 'programme', 'minutes'],
  sitting: ['sitting'],
  unit: ['unit'],
  person: ['person', 'unit'],
  attendance: ['attendance', 'person', 'unit'],
  agenda: ['agenda', 'session', 'sitting', 'person', 'run'],
  run: ['run', 'agenda', 'session', 'sitting', 'person', 'unit'],
  stats: ['run', 'agenda', 'person'],
  template: ['template'],
  note: ['note', 'agenda', 'person', 'unit', 'action', 'plan', 'trash'],
  plan: ['plan', 'note'],
  opinion: ['note', 'plan', 'person', 'unit', 'session', 'stage', 'trash'],
  search: [...TOPICS],
  action: ['action', 'unit', 'person', 'note', 'session'],
  home: ['action', 'programme', 'unit', 'settings', 'trash'],
  minutes: ['minutes', 'session', 'note', 'action', 'attendance', 'agenda'],
  trash: ['trash'],
  settings: ['settings'],
  calendar: ['settings'],
  db: ['health'],
  recovery: ['health'],
  room: ['room'],
};

/**
 * Keeps the cache true to the database: an event refetches the queries that read its topics; a gap
 * in the events' seq, a reconnected event stream, or the network coming back (the browser's
 * `online`) refetches every query, since what was missed is unknown. Returns the unsubscribe.
 */
export function invalidateOnEvents(client: Client, queryClient: QueryClient, target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null = null) {
  const gaps = seqGaps();
  const refetchAll = () => void queryClient.invalidateQueries();
  const offEvents = client.subscribe((event) => {
    if (gaps.missed(event.seq)) return refetchAll();
    void queryClient.invalidateQueries({
      predicate: (query) => {
        const area = String(query.queryKey[0] ?? '').split('.')[0] ?? '';
        const reads = READS[area] ?? [area];
        return event.topics.some((topic) => reads.includes(topic));
      },
    });
  });
  const offReconnect = client.onReconnect(() => {
    gaps.reset();
    refetchAll();
  });
  target?.addEventListener('online', refetchAll);
  return () => {
    offEvents();
    offReconnect();
    target?.removeEventListener('online', refetchAll);
  };
}

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(() => invalidateOnEvents(client, queryClient, window), [client, queryClient]);
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

/** How a channel is read into the cache: one place, so a prefetch fills exactly what `useCall` reads. */
export function callQuery<C extends ChannelName>(client: Client, channel: C, input: InputOf<C>) {
  return queryOptions({ queryKey: [channel, input] as const, queryFn: () => client.get(channel, input) });
}

/** Reads a channel; the error is a CallError whose payload the UI translates. */
export function useCall<C extends ChannelName>(channel: C, input: InputOf<C>, options: { enabled?: boolean } = {}) {
  const client = useClient();
  return useQuery({ ...callQuery(client, channel, input), enabled: options.enabled ?? true });
}
