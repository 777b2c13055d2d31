import { z } from 'zod';
import type { BundleImportResult, ExportedFile } from '../minutes.js';
import { channel } from './define.js';
import { id, line } from './fields.js';

/**
 * The largest bundle a call may carry, as base64 (~67 MB of file). Far above a real programme
 * (10,000 notes zip to well under 1 MB), small enough that one call cannot exhaust memory.
 */
export const MAX_BUNDLE_BASE64 = 90_000_000;
/** The largest `.convene` file whose base64 fits that limit: checked on the file's size before it is read. */
export const MAX_BUNDLE_BYTES = Math.floor(MAX_BUNDLE_BASE64 / 4) * 3;

/** Standard base64 with padding, nothing else: Buffer.from would silently skip stray characters. */
const base64 = z
  .string()
  .min(4)
  .max(MAX_BUNDLE_BASE64)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), { message: 'invalid_format' });

/** Session bundles: one session or a whole programme in a `.convene` file, carried between laptops. */
export const bundleChannels = {
  'bundle.export': channel<ExportedFile>()(
    z
      .strictObject({ sessionId: id.optional(), programmeId: id.optional() })
      .refine((s) => Boolean(s.sessionId) !== Boolean(s.programmeId), { message: 'one_scope', path: ['sessionId'] }),
  ),
  /**
   * All or nothing, idempotent (rows keep their ids). `author`, when given, is who took the notes of
   * this bundle: it fills `captured_by` of its notes that have none, so merged notes keep an author.
   */
  'bundle.import': channel<BundleImportResult>()(z.strictObject({ base64, author: line.optional() })),
} as const;
