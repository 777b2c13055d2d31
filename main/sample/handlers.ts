import type { HandlerMap } from '../core/context.js';
import { loadSample } from './load.js';

export const sampleHandlers: HandlerMap<'sample'> = {
  // loadSample records the change events itself, so the CLI path and this one report the same topics.
  'sample.load': (input, ctx) => ({ programmeId: loadSample(ctx, input.locale).programmeId }),
};
