import { z } from 'zod';
import { minutesDocument } from '../../shared/contract/channels-minutes.js';
import { upgradeMinutesDocument } from '../../shared/minutes.js';

/**
 * Stored minutes are JSON text; a bundle's must be what `minutes.update` would have accepted, once
 * read as the app reads stored minutes (an older bundle's document in the shape before 列席/分送).
 */
export const minutesDocumentText = z
  .string()
  .max(5_000_000)
  .refine((s) => {
    try {
      return minutesDocument.safeParse(upgradeMinutesDocument(JSON.parse(s))).success;
    } catch {
      return false;
    }
  }, { message: 'invalid_format' });

/** The minutes' `hand_ordered` (migration 013): a JSON array of list keys such as "attendees:县领导". */
export const handOrderedText = z
  .string()
  .max(100_000)
  .refine((s) => {
    try {
      return z.array(z.string().max(600)).max(100).safeParse(JSON.parse(s)).success;
    } catch {
      return false;
    }
  }, { message: 'invalid_format' });
