import type { AllHandlers } from '../core/context.js';
import { coreHandlers } from '../core/handlers.js';
import { bundleHandlers } from '../bundle/handlers.js';
import { sampleHandlers } from '../sample/handlers.js';

/**
 * Every synchronous channel of the contract, exactly once (the type fails to check if one is
 * missing): the core's own, and those of the areas built on it (bundles, the sample workshop).
 * Gathered here, above them all, so the core imports nothing that imports it.
 */
export const handlers: AllHandlers = {
  ...coreHandlers,
  ...bundleHandlers,
  ...sampleHandlers,
};
