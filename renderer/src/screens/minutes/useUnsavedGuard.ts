import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';

/**
 * While `dirty`, leaving asks first: closing or reloading the page gets the browser's own question
 * (beforeunload), and a click on an in-app link (sidebar, breadcrumb) waits for `ask()`; on yes the
 * navigation goes ahead. The app uses a HashRouter, which cannot block the Back button; the editor
 * keeps a local copy of unsaved edits for that case (see useLocalBackup).
 */
export function useUnsavedGuard(dirty: boolean, ask: () => Promise<boolean>) {
  const navigate = useNavigate();
  const latest = useRef({ dirty, ask });
  useEffect(() => {
    latest.current = { dirty, ask };
  });

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines want a returnValue; the text itself is never shown.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!latest.current.dirty || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
      const href = anchor.getAttribute('href') ?? '';
      if (!href.startsWith('#/') || href === window.location.hash) return;
      // Ahead of React Router's own handler (document capture runs before the root's listeners).
      event.preventDefault();
      event.stopPropagation();
      void latest.current.ask().then((leave) => {
        if (!leave) return;
        latest.current.dirty = false;
        navigate(href.slice(1));
      });
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [navigate]);
}
