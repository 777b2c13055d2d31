import type { AsyncChannelName } from '../../shared/contract/channels-minutes.js';
import { channels, isAsyncChannel, type OutputOf, type ParsedInputOf } from '../../shared/contract/channels.js';
import type { ChangeEvent, Topic } from '../../shared/contract/events.js';
import { AppError, type Result } from '../../shared/contract/result.js';
import { toFieldIssues, type Core } from '../core/core.js';
import { htmlToPdf } from '../export/pdf/index.js';
import { createPrintQueue, type PrintQueue } from '../export/pdf/queue.js';

/** What an asynchronous handler may use: the core's database for reads, its clock, and the PDF print queue. */
export interface ServiceContext {
  core: Core;
  now(): Date;
  /** Prints HTML to PDF, one export at a time, in the order asked. */
  pdf: PrintQueue;
}

export type AsyncHandlers = {
  [C in AsyncChannelName]: (input: ParsedInputOf<C>, ctx: ServiceContext) => Promise<OutputOf<C>>;
};

/**
 * What transports serve: every channel of the contract. Synchronous channels go straight to the
 * core (validated, one transaction, events after commit); asynchronous ones (exports: Word,
 * spreadsheets, PDF) are validated here, read through the core, then rendered off the transaction.
 */
export interface Service {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  announce(topics: Topic[]): void;
  readonly core: Core;
}

export function createService(
  core: Core,
  handlers: AsyncHandlers,
  options: { now?: () => Date; log?: (m: string, e: unknown) => void; printPdf?: (html: string) => Promise<Buffer> } = {},
): Service {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));
  // Headless Chromium (CLI, HTTP host) unless Electron passes its own printer; either way, one at a time.
  const pdf = createPrintQueue(options.printPdf ?? htmlToPdf, () => core.announce(['export']));
  return {
    core,
    subscribe: (listener) => core.subscribe(listener),
    announce: (topics) => core.announce(topics),
    async call(channel, input) {
      if (!isAsyncChannel(channel)) return core.call(channel, input);
      const parsed = channels[channel].input.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: { code: 'validation', issues: toFieldIssues(parsed.error) } };
      }
      try {
        const handler = handlers[channel] as (input: unknown, ctx: ServiceContext) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data, { core, now, pdf }) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        log(`handler ${channel} failed`, error);
        return { ok: false, error: { code: 'internal' } };
      }
    },
  };
}
