import type { TFunction } from 'i18next';
import { CallError } from '../../../shared/contract/client.js';
import type { AppErrorPayload } from '../../../shared/contract/result.js';

/**
 * Turns a failed call into one sentence in the UI language: the code's message with its params,
 * entity and reason names translated, and for validation the fields and what is wrong with them.
 * Never a stack, never raw English from the server.
 */
export function errorMessage(t: TFunction, error: AppErrorPayload | unknown): string {
  const payload: AppErrorPayload =
    error instanceof CallError ? error.payload : isPayload(error) ? error : { code: 'internal' };
  const params: Record<string, string | number> = { ...(payload.params ?? {}) };
  if (typeof params.entity === 'string') params.entity = t(`errors:entity.${params.entity}` as never, { defaultValue: params.entity });
  for (const key of ['from', 'to'] as const) {
    if (typeof params[key] === 'string') params[key] = t(`errors:status.${params[key]}` as never, { defaultValue: params[key] });
  }
  if (typeof params.reason === 'string') params.reason = t(`errors:reason.${params.reason}` as never, { ...params, defaultValue: params.reason });
  let message = t(`errors:code.${payload.code}` as never, params) as string;
  if (payload.issues?.length) {
    const details = payload.issues.map((issue) => {
      const field = issue.path ? t(`errors:field.${issue.path.split('.')[0]}` as never, { defaultValue: issue.path }) : '';
      const what = t(`errors:issue.${issue.code}` as never, { defaultValue: issue.code });
      return field ? `${field}: ${what}` : what;
    });
    message += ` (${details.join('; ')})`;
  }
  return message;
}

function isPayload(value: unknown): value is AppErrorPayload {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
