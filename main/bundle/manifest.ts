import { z } from 'zod';
import { id } from '../../shared/contract/fields.js';
import { toFieldIssues } from '../../shared/contract/issues.js';
import { timestamp } from '../core/row-fields.js';
import { FORMAT, FORMAT_VERSION } from './format.js';
import { refuse } from './refusal.js';
import { TABLE_NAMES, type TableName } from '../core/tables.js';

export const SCOPE_KINDS = ['session', 'programme'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

const counts = z.strictObject(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, z.number().int().min(0)])) as Record<TableName, z.ZodNumber>,
);

export const manifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1),
  /** The exporting database's user_version: rows of a newer schema may hold what this one cannot. */
  schemaVersion: z.number().int().min(1),
  exportedAt: timestamp,
  scope: z.strictObject({ kind: z.enum(SCOPE_KINDS), id }),
  appVersion: z.string().max(64),
  counts,
  /** Of data.json's bytes: truncation or a flipped byte inside the data is caught here. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * Parses manifest.json in the order that gives the most useful refusal: not ours at all, then
 * newer than this app, then damaged.
 */
export function readManifest(text: string, supportedSchema: number): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw refuse('bundle_damaged');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT) throw refuse('bundle_not_convene');
  const { formatVersion, schemaVersion } = raw as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    throw refuse('bundle_newer', { found: formatVersion, supported: FORMAT_VERSION });
  }
  if (typeof schemaVersion === 'number' && schemaVersion > supportedSchema) {
    throw refuse('bundle_newer', { found: schemaVersion, supported: supportedSchema });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw refuse('bundle_damaged', {}, prefixed('manifest', toFieldIssues(parsed.error)));
  return parsed.data;
}

export function prefixed(prefix: string, issues: { path: string; code: string }[]) {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));
}
