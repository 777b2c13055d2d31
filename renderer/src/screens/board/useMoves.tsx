import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { moveRefusal, type ActionItem, type ActionStatus } from '../../../../shared/actions.js';
import { useClient } from '../../app/client.js';
import { useChoice } from '../../components/ConfirmDialog.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { moveVerdict } from './model.js';

/** The last move made on this board, to take back. */
interface LastMove {
  id: string;
  title: string;
  from: ActionStatus;
  /** The card's programme-wide position in its old column (the server's dense 0..n-1). */
  position: number;
  to: ActionStatus;
}

export interface BoardMoves {
  /** The confirmation dialog, to render. */
  dialog: ReactNode;
  /**
   * Asks the transition rule about a move before it is made: a refused move is explained (the same
   * words the core would use) and not sent; accepting with required contents unticked asks first.
   * Resolves true when the move may go ahead.
   */
  guard: (action: ActionItem, to: ActionStatus) => Promise<boolean>;
  /** A move the server took: it becomes the one Undo (toast button, Ctrl+Z) takes back. */
  moved: (before: ActionItem, to: ActionStatus) => void;
  /** Takes back the last move: status and position as they were; the core records it in the history. */
  undo: () => Promise<void>;
}

/**
 * Focuses the card once it is drawn in the column it went back to (until the refetched list is
 * drawn, the card is still in the column it is leaving, and focusing that one would be lost), and
 * scrolls it into view.
 */
function focusIn(id: string, status: ActionStatus, frames = 30) {
  window.requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-status="${CSS.escape(status)}"] [data-card-id="${CSS.escape(id)}"]`);
    if (!card) {
      if (frames > 0) focusIn(id, status, frames - 1);
      return;
    }
    card.focus();
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

/**
 * Every way of moving a task on the board (keyboard, drag, the detail panel's status list) goes
 * through these: one rule (shared/actions.ts checkMove), one confirmation, one Undo.
 */
export function useBoardMoves(announce: (text: string) => void): BoardMoves {
  const { t } = useTranslation(['board', 'common']);
  const { t: te } = useTranslation(['common', 'errors']);
  const client = useClient();
  const queryClient = useQueryClient();
  const [dialog, choose] = useChoice<'accept'>();
  const last = useRef<LastMove | null>(null);

  const guard = useCallback(
    async (action: ActionItem, to: ActionStatus) => {
      const verdict = moveVerdict(action, to);
      if (!verdict.ok) {
        toast.error(errorMessage(te, { code: 'invalid_state', params: moveRefusal(action.status, to, verdict.reason) }), { id: 'error-action.move' });
        return false;
      }
      if (verdict.confirm === null) return true;
      const status = t(`status.${to}`);
      const answer = await choose({
        title: t('confirmAccept.title', { status }),
        body: t('confirmAccept.body', { title: action.title, count: verdict.unchecked, total: action.checklist.length, status }),
        choices: [{ value: 'accept', label: t('confirmAccept.confirm', { status }), primary: true }],
      });
      return answer === 'accept';
    },
    [t, te, choose],
  );

  const undo = useCallback(async () => {
    const move = last.current;
    if (!move) {
      announce(t('undoMove.nothing'));
      return;
    }
    last.current = null;
    // Undo pressed in the toast: the focus has left the toast already (app/AppToaster.tsx), so sonner
    // cannot hand it back later, over the card focused below.
    toast.dismiss('board-move');
    const result = await client.call('action.move', { id: move.id, status: move.from, position: move.position, undo: true });
    if (!result.ok) {
      toast.error(errorMessage(te, result.error), { id: 'error-action.move' });
      return;
    }
    await queryClient.invalidateQueries({ queryKey: ['action.list'] });
    announce(t('undoMove.done', { title: move.title, status: t(`status.${move.from}`) }));
    focusIn(move.id, move.from);
  }, [client, queryClient, announce, t, te]);

  const moved = useCallback(
    (before: ActionItem, to: ActionStatus) => {
      last.current = { id: before.id, title: before.title, from: before.status, position: Math.max(0, Math.round(before.boardPosition)), to };
      // Reorders within a column are taken back with Ctrl+Z too, but only a change of status is worth a toast.
      if (before.status === to) return;
      toast(t('undoMove.moved', { title: before.title, status: t(`status.${to}`) }), {
        id: 'board-move',
        duration: 8000,
        action: { label: t('common:action.undo'), onClick: () => void undo() },
      });
    },
    [t, undo],
  );

  return { dialog, guard, moved, undo };
}
