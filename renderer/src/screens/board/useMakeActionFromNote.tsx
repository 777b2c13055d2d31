import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { ActionItem } from '../../../../shared/actions.js';
import { useRunResult } from '../../components/run.js';
import { ActionPanel } from './ActionPanel.js';
import { actionHref } from './links.js';

export interface NoteRef {
  id: string;
  /** The task already made from this note (Note.actionId): opened instead of making a second one. */
  actionId?: string | null;
}

/**
 * For the capture panel's "turn this note into a task" key:
 *
 *   const { make, panel } = useMakeActionFromNote();
 *   // on the key: void make(note)          (note: { id, actionId } — a Note will do)
 *   // in the JSX:  {panel}
 *
 * `make` calls action.fromNote (a proposed task linked to the note) and opens the task's detail panel
 * over the current screen, so the secretary can set the lead unit, the due rule and the rest without
 * leaving the meeting; Escape closes it and focus goes back to where it was. A note that already has
 * a task opens that task. With `{ navigate: true }` it goes to the board with the task open instead.
 * Resolves the task, or null when the call failed (the error is shown as a toast).
 */
export function useMakeActionFromNote(): {
  make: (note: NoteRef, options?: { navigate?: boolean }) => Promise<ActionItem | { id: string } | null>;
  panel: ReactNode;
} {
  const { t } = useTranslation('board');
  const run = useRunResult();
  const navigate = useNavigate();
  const [open, setOpen] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const make = useCallback(
    async (note: NoteRef, options: { navigate?: boolean } = {}) => {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (note.actionId) {
        toast(t('fromNote.exists'));
        if (options.navigate) {
          const existing = await run('action.get', { id: note.actionId });
          if (existing.ok) navigate(actionHref(existing.value));
        } else setOpen(note.actionId);
        return { id: note.actionId };
      }
      const made = await run('action.fromNote', { noteId: note.id });
      if (!made.ok) return null;
      const action = made.value;
      toast.success(t('fromNote.made', { title: action.title }), {
        action: { label: t('fromNote.open'), onClick: () => navigate(actionHref(action)) },
      });
      if (options.navigate) navigate(actionHref(action));
      else setOpen(action.id);
      return action;
    },
    [run, navigate, t],
  );

  const panel = open ? (
    <ActionPanel
      actionId={open}
      onClose={() => {
        setOpen(null);
        const target = returnFocus.current;
        window.requestAnimationFrame(() => target?.isConnected && target.focus());
      }}
    />
  ) : null;

  return { make, panel };
}
