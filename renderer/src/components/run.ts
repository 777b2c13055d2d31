import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels.js';
import type { TrashKind } from '../../../shared/domain.js';
import { useClient } from '../app/client.js';
import { errorMessage } from '../i18n/errorMessage.js';

/*
 * Calls that report failure as a translated toast and say whether they succeeded: a channel whose
 * success value is null (*.delete, trash.restore, attendance.remove) cannot use a null-for-failure
 * convention. app/feedback.ts's useRun builds on useRunResult for the common case.
 */

export type RunResult<T> = { ok: true; value: T } | { ok: false };

/** Runs a call; a failure becomes a translated error toast. */
export function useRunResult() {
  const client = useClient();
  const { t } = useTranslation(['common', 'errors']);
  return useCallback(
    async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<RunResult<OutputOf<C>>> => {
      const result = await client.call(channel, input);
      if (result.ok) return { ok: true, value: result.value };
      toast.error(errorMessage(t, result.error), { id: `error-${channel}` });
      return { ok: false };
    },
    [client, t],
  );
}

/** Deletes to the trash and offers Undo in a toast (restores from the trash). Resolves true when deleted. */
export function useTrashWithUndo() {
  const run = useRunResult();
  const { t } = useTranslation();
  return useCallback(
    async (kind: TrashKind, id: string, label: string) => {
      const channel = `${kind}.delete` as 'programme.delete';
      const done = await run(channel, { id });
      if (!done.ok) return false;
      toast(t('toast.deleted', { label }), {
        duration: 8000,
        action: {
          label: t('action.undo'),
          onClick: () => {
            void run('trash.restore', { kind, id }).then((restored) => {
              if (restored.ok) toast.success(t('toast.restored', { label }));
            });
          },
        },
      });
      return true;
    },
    [run, t],
  );
}
