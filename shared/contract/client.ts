import type { ChannelName, InputOf, OutputOf } from './channels.js';
import type { ChangeEvent } from './events.js';
import type { AppErrorPayload, Result } from './result.js';

/**
 * What a transport must provide: move a call and its result, and deliver change events. The
 * Electron preload and the HTTP client both implement this; the UI never knows which it has.
 */
export interface Transport {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /**
   * Told when the event stream came back after a break (an SSE reconnect): events sent meanwhile
   * are lost, so the window refetches what it shows. Absent where the stream cannot break (IPC).
   */
  onReconnect?(listener: () => void): () => void;
}

/** A failed call surfaced to UI code that prefers exceptions (TanStack Query does). */
export class CallError extends Error {
  readonly payload: AppErrorPayload;
  readonly channel: string;
  constructor(channel: string, payload: AppErrorPayload) {
    super(`${channel}: ${payload.code}`);
    this.name = 'CallError';
    this.channel = channel;
    this.payload = payload;
  }
}

export interface Client {
  /** Returns the typed Result: the caller decides what a failure means. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Returns the value or throws CallError: for query functions. */
  get<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /** The transport's onReconnect, or never called when it has none. */
  onReconnect(listener: () => void): () => void;
}

export function createClient(transport: Transport): Client {
  const call = async <C extends ChannelName>(channel: C, input: InputOf<C>) =>
    (await transport.call(channel, input)) as Result<OutputOf<C>>;
  return {
    call,
    async get(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new CallError(channel, result.error);
      return result.value;
    },
    subscribe: (listener) => transport.subscribe(listener),
    onReconnect: (listener) => transport.onReconnect?.(listener) ?? (() => {}),
  };
}
