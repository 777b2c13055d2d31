import { AppError } from '../../shared/contract/result.js';
import type { HandlerMap } from '../core/context.js';

export const sampleHandlers: HandlerMap<'sample'> = {
  'sample.load': () => {
    throw new AppError('invalid_state');
  },
};
