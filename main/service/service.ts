import { channels, isAsyncChannel } from '../../shared/contract/channels.js';
import { isRoomChannel } from '../../shared/contract/channels-room.js';
import type { ChangeEvent, Topic } from '../../shared/contract/events.js';
import { AppError, type Result } from '../../shared/contract/result.js';
import { toFieldIssues } from '../../shared/contract/issues.js';
import type { Core } from '../core/core.js';
import type { AsyncHandlers, ServiceContext } from '../export/context.js';
import { htmlToPdf } from '../export/pdf/index.js';
import { createPrintQueue } from '../export/pdf/queue.js';
import { answerWithoutRoom } from './no-room.js';

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
      if (isRoomChannel(channel)) return answerWithoutRoom(channel, input);
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
