import { z } from 'zod';

/**
 * Field schemas shared by every channel. Limits are generous for real use and small enough that a
 * hostile or runaway input cannot bloat the database.
 */
export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** Characters that have no business in user text, refused (not stripped): C0 controls except tab and newline. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/**
 * Invisible characters that change how text around them is shown: bidirectional embeddings,
 * overrides and isolates (U+202E makes "txt.exe" show as "exe.txt"), the directional marks, zero-width
 * spaces and joiners, and the byte-order mark. A name carrying one can pass for another, so no text
 * field takes them, nor does a bundle (its rows are checked by these schemas).
 */
const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s), { message: 'control_character' })
    .refine((s) => !INVISIBLE_CONTROLS.test(s), { message: 'invisible_control' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'lone_surrogate' });
}

/** A name or title: trimmed, required, one line. */
export const title = text(200)
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { message: 'required' })
  .refine((s) => !/[\r\n]/.test(s), { message: 'single_line' });

/** A short optional line (position, venue, theme). */
export const line = text(500).transform((s) => s.trim());

/** Longest 发文字号 (文号) a document takes, e.g. 清政督〔2026〕3号: one short line under the 版头. */
export const DOC_NUMBER_MAX = 60;

/** A document number (发文字号): optional, one short line, trimmed. */
export const docNumber = text(DOC_NUMBER_MAX)
  .transform((s) => s.trim())
  .refine((s) => !/[\t\r\n]/.test(s), { message: 'single_line' });

/** Longer free text (description, purpose, notes). */
export const longText = text(20_000);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'invalid_date' });

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const position = z.number().int().min(0).max(100_000);

export const LOCALES = ['zh-CN', 'en'] as const;
export const locale = z.enum(LOCALES);
export type Locale = (typeof LOCALES)[number];

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });
