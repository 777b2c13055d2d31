import type { TFunction } from 'i18next';
import { CallError } from '../../../shared/contract/client.js';
import type { AppErrorPayload, FieldIssue } from '../../../shared/contract/result.js';

/**
 * Turns a failed call into one sentence in the UI language: the code's message with its params,
 * entity and reason names translated, and for validation the fields and what is wrong with them.
 * Never a stack, never raw English from the server. The punctuation around the details comes from
 * the language's own resources (errors:format), so Chinese reads “输入有误（标题：不能超过 200 个字）。”.
 */
export function errorMessage(t: TFunction, error: AppErrorPayload | unknown): string {
  const payload = toPayload(error);
  const params: Record<string, string | number> = { ...(payload.params ?? {}) };
  if (typeof params.entity === 'string') params.entity = t(`errors:entity.${params.entity}` as never, { defaultValue: params.entity });
  for (const key of ['from', 'to'] as const) {
    if (typeof params[key] === 'string') params[key] = t(`errors:status.${params[key]}` as never, { defaultValue: params[key] });
  }
  if (typeof params.reason === 'string') params.reason = t(`errors:reason.${params.reason}` as never, { ...params, defaultValue: params.reason });
  const message = t(`errors:code.${payload.code}` as never, params) as string;
  if (!payload.issues?.length) return message;
  const details = payload.issues.map((issue) => issueDetail(t, issue)).join((t('errors:format.separator' as never) as string));
  if (payload.code === 'validation') return t('errors:format.invalid' as never, { details }) as string;
  return t('errors:format.more' as never, { message: message.replace(/[。.]$/, ''), details }) as string;
}

/** What is wrong with one field, without the field's name: for showing beside the field itself. */
export function issueText(t: TFunction, issue: FieldIssue): string {
  const params = issue.limit === undefined ? {} : { limit: issue.limit };
  return t(`errors:issue.${issue.code}` as never, { ...params, defaultValue: issue.code }) as string;
}

/**
 * A failed call's words for the field it was about (shown under that field): only what is wrong,
 * since the field's label is right there; an error that is not about a field says it in full.
 */
export function fieldErrorText(t: TFunction, error: AppErrorPayload | unknown): string {
  const payload = toPayload(error);
  const issues = payload.issues?.filter((issue) => issue.path) ?? [];
  return issues.length ? issues.map((issue) => issueText(t, issue)).join((t('errors:format.separator' as never) as string)) : errorMessage(t, payload);
}

/** "Field: what is wrong", or just what is wrong when it already names the field (“期限：请填写期限” repeats it). */
function issueDetail(t: TFunction, issue: FieldIssue): string {
  const what = issueText(t, issue);
  const field = issue.path ? (t(`errors:field.${issue.path.split('.')[0]}` as never, { defaultValue: '' }) as string) : '';
  if (!field || what.toLowerCase().includes(field.toLowerCase())) return what;
  return t('errors:format.detail' as never, { field, issue: what }) as string;
}

function toPayload(error: unknown): AppErrorPayload {
  if (error instanceof CallError) return error.payload;
  return isPayload(error) ? error : { code: 'internal' };
}

function isPayload(value: unknown): value is AppErrorPayload {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
