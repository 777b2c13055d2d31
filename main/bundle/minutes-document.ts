import { z } from 'zod';
import { minutesDocument } from '../../shared/contract/channels-minutes.js';

/** Stored minutes are JSON text; a bundle's must be what `minutes.update` would have accepted. */
export const minutesDocumentText = z
  .string()
  .max(5_000_000)
  .refine((s) => {
    try {
      return minutesDocument.safeParse(JSON.parse(s)).success;
    } catch {
      return false;
    }
  }, { message: 'invalid_format' });
