import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';

/**
 * A removal the user can take back: a toast with Undo that runs `undo` (re-adding what was removed,
 * for things that have no trash: participants, sittings). Calls go through components/run.ts's
 * useRunResult, which tells the success of a null-valued channel from a failure.
 */
export function useUndoToast() {
  const { t } = useTranslation();
  return useCallback(
    (message: string, undo: () => Promise<unknown>) => {
      toast(message, {
        duration: 8000,
        action: { label: t('action.undo'), onClick: () => void undo() },
      });
    },
    [t],
  );
}
