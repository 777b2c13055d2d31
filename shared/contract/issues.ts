import type { z } from 'zod';
import type { FieldIssue } from './result.js';

/**
 * One zod issue as the UI receives it: its field path, a stable code, and for a length or size
 * limit the limit itself, so the message can say it ("不能超过 200 个字", not just "内容过长").
 * Custom refinements carry their stable code in `message` (e.g. end_before_start). Used by the core
 * (what a refused call returns) and by forms (what is checked before sending), so both say the same.
 */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'custom') return { path, code: issue.message };
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const kind = LIMIT_KINDS[issue.origin];
    if (kind && Number.isFinite(limit)) return { path, code: `${issue.code}_${kind}`, limit };
  }
  return { path, code: issue.code };
}

/** A refused parse as the caller receives it: the first 20 issues (a hostile input must not make the answer huge). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map(fieldIssue);
}

/** What a limit counts: characters of a text, items of a list, or a number's value. */
const LIMIT_KINDS: Record<string, 'text' | 'items' | 'number' | undefined> = {
  string: 'text',
  array: 'items',
  set: 'items',
  number: 'number',
  int: 'number',
  bigint: 'number',
};
