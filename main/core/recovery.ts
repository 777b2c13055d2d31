import { AppError } from '../../shared/contract/result.js';
import type { HandlerMap } from './context.js';

/** With a healthy database there is nothing to recover; main/service/recovery.ts serves the other mode. */
export const recoveryHandlers: HandlerMap<'recovery'> = {
  'recovery.status': () => ({ mode: 'normal' }),
  'recovery.restore': () => {
    throw new AppError('invalid_state', { reason: 'not_in_recovery' });
  },
  'recovery.startEmpty': () => {
    throw new AppError('invalid_state', { reason: 'not_in_recovery' });
  },
};
