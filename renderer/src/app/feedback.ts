import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels.js';
import type { Result } from '../../../shared/contract/result.js';
import type { TrashKind } from '../../../shared/domain.js';
import { errorMessage } from '../i18n/errorMessage.js';
import { useClient } from './client.js';

/**
 * Runs a call and reports a failure as a translated toast. Returns the value, or null when it
 * failed (the caller keeps what the user typed, so nothing is lost).
 */
export function useRun() {
  const client = useClient();
  const { t } = useTranslation(['common', 'errors']);
  return useCallback(
    async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C> | null> => {
      const result: Result<OutputOf<C>> = await client.call(channel, input);
      if (result.ok) return result.value;
      toast.error(errorMessage(t, result.error), { id: `error-${channel}` });
      return null;
    },
    [client, t],
  );
}

/** Deletes to the trash and offers Undo in the toast (restores from the trash). */
export function useTrashWithUndo() {
  const run = useRun();
  const { t } = useTranslation();
  return useCallback(
    async (kind: TrashKind, id: string, label: string) => {
      const channel = `${kind}.delete` as 'programme.delete';
      const done = await run(channel, { id });
      if (done === null) return false;
      toast(t('toast.deleted', { label }), {
        duration: 8000,
        action: {
          label: t('action.undo'),
          onClick: () => {
            void run('trash.restore', { kind, id }).then((restored) => {
              if (restored !== null) toast.success(t('toast.restored', { label }));
            });
          },
        },
      });
      return true;
    },
    [run, t],
  );
}
