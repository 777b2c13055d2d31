import { z } from 'zod';
import { clockTime, id, isoDate, longText } from '../../shared/contract/fields.js';

/**
 * Field schemas for rows as they are stored (not as a user types them): nothing is trimmed or
 * rewritten, so a row reads back exactly as it left the other laptop. Bounds are those of the
 * channels that write the rows, so a bundle cannot bring in what the app itself would refuse.
 */
export { clockTime, id, isoDate };

export const ref = id.nullable();

/** Stored text up to `max` characters, with the channels' checks on control characters and surrogates. */
export const text = (max: number) => z.string().max(max).pipe(longText);
export const required = (max: number) => z.string().min(1).max(max).pipe(longText);

export const NAME = 200;
export const LINE = 500;
export const LONG = 20_000;

/** Timestamps are written by `Date#toISOString` everywhere in main. */
export const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
export const maybeTimestamp = timestamp.nullable();

export const flag = z.union([z.literal(0), z.literal(1)]);
export const count = (max: number) => z.number().int().min(0).max(max);
/** Orderings: generous, since board positions and appended lists only grow. */
export const order = count(1_000_000_000);
