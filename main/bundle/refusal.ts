import { AppError, type FieldIssue } from '../../shared/contract/result.js';
import { LIMITS } from './format.js';

/**
 * Why a bundle is refused; each is an `errors:reason.*` key, so the UI says it in the user's language.
 * - not_convene: not a zip, or a zip that is not a Convene bundle (other files, another format)
 * - damaged: truncated or altered on the way (unreadable zip, checksum mismatch, broken manifest)
 * - newer: written by a newer Convene (format or schema version); params found / supported
 * - too_large: sizes a real bundle never has (a zip bomb)
 * - too_many_rows: declares more rows than a real programme has (an amplification bomb); param limit
 * - invalid: intact, but its rows are not what Convene writes; `issues` say where
 */
export type BundleRefusal = 'bundle_not_convene' | 'bundle_damaged' | 'bundle_newer' | 'bundle_too_large' | 'bundle_too_many_rows' | 'bundle_invalid';

export function refuse(reason: BundleRefusal, params: Record<string, string | number> = {}, issues?: FieldIssue[]): AppError {
  return new AppError('invalid_state', { reason, ...params }, issues);
}

/**
 * What is wrong with a bundle's rows, kept to the first LIMITS.issues: a bundle with millions of
 * wrong rows is refused at the cost of one with twenty. Checks stop early once `full`.
 */
export class RowIssues {
  readonly list: FieldIssue[] = [];

  get full(): boolean {
    return this.list.length >= LIMITS.issues;
  }

  add(path: string, code: string, limit?: number): void {
    if (!this.full) this.list.push(limit === undefined ? { path, code } : { path, code, limit });
  }

  /** Refuses the bundle (as invalid) when anything was found. */
  refuseIfAny(): void {
    if (this.list.length > 0) throw refuse('bundle_invalid', {}, this.list);
  }
}
