import { AppError } from '../../shared/contract/result.js';
import type { AsyncHandlers } from '../service/service.js';

/** Exports: Word, spreadsheets, CSV, Markdown, HTML and PDF of minutes, tasks, opinions and agendas. */
export const exportHandlers: AsyncHandlers = {
  'export.render': async () => {
    throw new AppError('invalid_state', { reason: 'format_unavailable' });
  },
};
