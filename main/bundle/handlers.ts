import type { HandlerMap } from '../core/context.js';
import { exportBundle } from './export.js';
import { importBundle } from './import.js';

/** Session bundles, served by the core: export reads in its transaction, import writes all or nothing in it. */
export const bundleHandlers: HandlerMap<'bundle'> = {
  'bundle.export': (input, ctx) => exportBundle(ctx, input),
  'bundle.import': (input, ctx) => importBundle(ctx, Buffer.from(input.base64, 'base64'), input.author || undefined),
};
