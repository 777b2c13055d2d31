import { useCallback, useState } from 'react';

/**
 * A polite live region: `announce(text)` makes screen readers say what just happened where it is
 * not otherwise visible in words (a stage moved). Render `region` once in the screen.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clearing first makes the same sentence twice in a row be read twice.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  const region = (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
  return [region, announce] as const;
}
