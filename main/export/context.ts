import type { AsyncChannelName } from '../../shared/contract/channels-minutes.js';
import type { OutputOf, ParsedInputOf } from '../../shared/contract/channels.js';
import type { Core } from '../core/core.js';
import type { PrintQueue } from './pdf/queue.js';

/**
 * What an asynchronous handler may use: the core's database for reads, its clock, and the PDF print
 * queue. Declared here, beside the handlers, so export/ needs nothing from main/service above it.
 */
export interface ServiceContext {
  core: Core;
  now(): Date;
  /** Prints HTML to PDF, one export at a time, in the order asked. */
  pdf: PrintQueue;
}

export type AsyncHandlers = {
  [C in AsyncChannelName]: (input: ParsedInputOf<C>, ctx: ServiceContext) => Promise<OutputOf<C>>;
};
