import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isTypingOrInDialog } from '../../components/shortcuts.js';

export const SEARCH_INPUT_ID = 'search-input';

/** Whether a key press is the search shortcut: `/` outside any field, or Ctrl+K / Cmd+K anywhere. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.altKey || event.repeat) return false;
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey) return false;
  return !isTypingOrInDialog(event.target);
}

/** Listens on every page: the shortcut opens the search screen, or focuses its box when already there. */
export function SearchShortcut() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      const input = document.getElementById(SEARCH_INPUT_ID);
      if (pathname === '/search' && input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      } else {
        void navigate('/search');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname]);
  return null;
}
