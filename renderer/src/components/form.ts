import { useCallback, useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { TFunction } from 'i18next';
import { channels, type ChannelName, type InputOf, type OutputOf } from '../../../shared/contract/channels.js';
import { fieldIssue } from '../../../shared/contract/issues.js';
import type { AppErrorPayload, FieldIssue } from '../../../shared/contract/result.js';
import { useClient } from '../app/client.js';
import { errorMessage, issueText } from '../i18n/errorMessage.js';

/** Translated messages by dotted field path ("title", "sittings.0.endTime"). */
export type FieldErrors = Record<string, string>;

export type Submitted<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function toFieldErrors(t: TFunction, issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (errors[issue.path] === undefined) errors[issue.path] = issueText(t, issue);
  }
  return errors;
}

/**
 * Submits a form through a channel. The input is first checked against the contract's own zod
 * schema (the same one main/ enforces), so a missing title is reported beside the field at once and
 * nothing is sent. A call that fails anyway returns the field errors it carried, shown beside their
 * fields (a toast would say it away from the field, or over it); an error about no field in
 * particular is a toast, unless `placeError` names where the form shows it: the field an error
 * code concerns (a wrong room code under the code), or '' for the form itself (a dialog, whose
 * modal layer would cover a toast). The caller keeps what the user typed either way.
 */
export function useSubmit(placeError?: (error: AppErrorPayload) => string | undefined) {
  const client = useClient();
  const { t } = useTranslation(['common', 'errors']);
  return useCallback(
    async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Submitted<OutputOf<C>>> => {
      const parsed = channels[channel].input.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => {
          const value = valueAt(input, issue.path);
          const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
          return empty ? { path: issue.path.map(String).join('.'), code: 'required' } : fieldIssue(issue);
        });
        return { ok: false, errors: toFieldErrors(t, issues) };
      }
      const result = await client.call(channel, input);
      if (result.ok) return { ok: true, value: result.value };
      const issues = result.error.issues ?? [];
      const place = issues.some((issue) => issue.path) ? undefined : placeError?.(result.error);
      if (place !== undefined) return { ok: false, errors: { [place]: errorMessage(t, result.error) } };
      if (!issues.some((issue) => issue.path)) toast.error(errorMessage(t, result.error), { id: `error-${channel}` });
      return { ok: false, errors: toFieldErrors(t, issues) };
    },
    [client, t, placeError],
  );
}

/** After a failed submit, moves focus to the first field marked invalid in the form. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: FieldErrors) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
