/**
 * A window keeps what it shows true to the database: change events refetch the queries that read
 * their topics, and when events were missed (a hole in their seq, an event stream that broke and
 * came back, the network back online) every query is refetched.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient, type Transport } from '../../shared/contract/client.js';
import { seqGaps, type ChangeEvent, type Topic } from '../../shared/contract/events.js';
import { invalidateOnEvents } from '../../renderer/src/app/client.js';
import { createHttpTransport, RECONNECT_MS } from '../../renderer/src/transport/http.js';

/** A transport whose events and reconnects the test sends by hand. */
function fakeTransport() {
  const events = new Set<(event: ChangeEvent) => void>();
  const reconnects = new Set<() => void>();
  const transport: Transport = {
    call: () => Promise.resolve({ ok: true, value: null }),
    subscribe(listener) {
      events.add(listener);
      return () => events.delete(listener);
    },
    onReconnect(listener) {
      reconnects.add(listener);
      return () => reconnects.delete(listener);
    },
  };
  return {
    transport,
    send: (seq: number, ...topics: Topic[]) => events.forEach((listener) => listener({ topics, ids: [], seq })),
    reconnect: () => reconnects.forEach((listener) => listener()),
  };
}

const KEYS = [['unit.list', {}], ['note.list', { sessionId: 's' }], ['settings.get', {}]] as const;

describe('a window that missed change events refetches what it shows', () => {
  let queryClient: QueryClient;
  let fake: ReturnType<typeof fakeTransport>;
  let online: EventTarget;
  let stop: () => void;

  beforeEach(async () => {
    queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    fake = fakeTransport();
    online = new EventTarget();
    stop = invalidateOnEvents(createClient(fake.transport), queryClient, online);
    await fresh();
  });
  afterEach(() => stop());

  /** Every query answered again, none marked for refetch. */
  async function fresh() {
    for (const key of KEYS) await queryClient.fetchQuery({ queryKey: key, queryFn: () => key[0], staleTime: 0 });
  }
  const invalidated = () => KEYS.filter((key) => queryClient.getQueryState(key)?.isInvalidated).map((key) => key[0]);

  it('events in order refetch only the queries that read their topics', async () => {
    fake.send(1, 'unit');
    expect(invalidated()).toEqual(['unit.list', 'note.list']);
    await fresh();
    fake.send(2, 'settings');
    expect(invalidated()).toEqual(['settings.get']);
  });

  it('a skipped seq refetches everything, whatever the event names', async () => {
    fake.send(1, 'unit');
    await fresh();
    fake.send(3, 'unit');
    expect(invalidated()).toEqual(['unit.list', 'note.list', 'settings.get']);
    await fresh();
    // Counting on from the gap: 4 follows 3.
    fake.send(4, 'settings');
    expect(invalidated()).toEqual(['settings.get']);
  });

  it('a count that started again (another process) is a gap too', async () => {
    fake.send(41, 'unit');
    await fresh();
    fake.send(1, 'settings');
    expect(invalidated()).toEqual(['unit.list', 'note.list', 'settings.get']);
  });

  it('a reconnected stream refetches everything, and its first event is not a gap', async () => {
    fake.send(1, 'unit');
    await fresh();
    fake.reconnect();
    expect(invalidated()).toEqual(['unit.list', 'note.list', 'settings.get']);
    await fresh();
    fake.send(7, 'settings');
    expect(invalidated()).toEqual(['settings.get']);
  });

  it('the network coming back refetches everything', () => {
    online.dispatchEvent(new Event('online'));
    expect(invalidated()).toEqual(['unit.list', 'note.list', 'settings.get']);
  });

  it('stops listening when unsubscribed', () => {
    stop();
    fake.send(9, 'unit');
    fake.reconnect();
    online.dispatchEvent(new Event('online'));
    expect(invalidated()).toEqual([]);
  });
});

describe('seqGaps', () => {
  it('sees a hole, a repeat and a restart, and forgets on reset', () => {
    const gaps = seqGaps();
    expect([1, 2, 3].map((seq) => gaps.missed(seq))).toEqual([false, false, false]);
    expect(gaps.missed(5)).toBe(true);
    expect(gaps.missed(5)).toBe(true);
    expect(gaps.missed(1)).toBe(true);
    gaps.reset();
    expect(gaps.missed(30)).toBe(false);
  });
});

/** Just enough of the browser's EventSource to drive the HTTP transport's stream. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  /** The browser retries by itself (CONNECTING) unless the host answered with an error (CLOSED). */
  fail(state: number) {
    this.readyState = state;
    this.onerror?.();
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

describe('the HTTP transport tells when its event stream is back', () => {
  beforeEach(() => {
    FakeEventSource.all = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('not at the first open; after a drop the browser repaired; after a stream it had to open anew', () => {
    const transport = createHttpTransport('t0ken');
    const reconnected = vi.fn();
    const events: ChangeEvent[] = [];
    const offEvents = transport.subscribe((event) => events.push(event));
    const off = transport.onReconnect!(reconnected);
    const [first] = FakeEventSource.all;
    first!.open();
    first!.onmessage?.({ data: JSON.stringify({ topics: ['unit'], ids: [], seq: 1 }) });
    expect(events.map((e) => e.seq)).toEqual([1]);
    expect(reconnected).not.toHaveBeenCalled();

    first!.fail(FakeEventSource.CONNECTING);
    first!.open();
    expect(reconnected).toHaveBeenCalledTimes(1);

    first!.fail(FakeEventSource.CLOSED);
    expect(FakeEventSource.all).toHaveLength(1);
    vi.advanceTimersByTime(RECONNECT_MS);
    expect(FakeEventSource.all).toHaveLength(2);
    FakeEventSource.all[1]!.open();
    expect(reconnected).toHaveBeenCalledTimes(2);

    offEvents();
    off();
    expect(FakeEventSource.all[1]!.readyState).toBe(FakeEventSource.CLOSED);
  });
});
