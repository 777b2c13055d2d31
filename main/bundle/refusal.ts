import { AppError, type FieldIssue } from '../../shared/contract/result.js';

/**
 * Why a bundle is refused; each is an `errors:reason.*` key, so the UI says it in the user's language.
 * - not_convene: not a zip, or a zip that is not a Convene bundle (other files, another format)
 * - damaged: truncated or altered on the way (unreadable zip, checksum mismatch, broken manifest)
 * - newer: written by a newer Convene (format or schema version); params found / supported
 * - too_large: sizes a real bundle never has (a zip bomb)
 * - invalid: intact, but its rows are not what Convene writes; `issues` say where
 */
export type BundleRefusal = 'bundle_not_convene' | 'bundle_damaged' | 'bundle_newer' | 'bundle_too_large' | 'bundle_invalid';

export function refuse(reason: BundleRefusal, params: Record<string, string | number> = {}, issues?: FieldIssue[]): AppError {
  return new AppError('invalid_state', { reason, ...params }, issues);
}
