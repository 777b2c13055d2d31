import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { useClient } from '../../app/client.js';
import { errorMessage } from '../../i18n/errorMessage.js';

/**
 * Turns a note into a proposed action item linked to it (action.fromNote): Ctrl+Enter in the
 * capture line, T on a note in the list. The toast offers the way to the session's task board.
 */
export function useMakeAction(sessionId: string) {
  const client = useClient();
  const navigate = useNavigate();
  const { t } = useTranslation(['common', 'errors']);
  return useCallback(
    async (noteId: string): Promise<boolean> => {
      const result = await client.call('action.fromNote', { noteId });
      if (!result.ok) {
        toast.error(errorMessage(t, result.error), { id: 'error-action.fromNote' });
        return false;
      }
      toast.success(t('toast.actionMade', { title: result.value.title }), {
        action: { label: t('toast.openBoard'), onClick: () => void navigate(`/sessions/${sessionId}/board?action=${result.value.id}`) },
      });
      return true;
    },
    [client, navigate, sessionId, t],
  );
}
