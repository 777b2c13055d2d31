import { useCallback, useState } from 'react';

/**
 * A polite live region: `announce(text)` makes screen readers say what just happened where it is
 * not otherwise visible in words (a stage moved). Render `region` once in the screen.
 *
 * Each announcement is a new text node (keyed by a counter), so the same sentence twice in a row is
 * read twice. No timer: the text is in the region as soon as React commits the state, in the order
 * the announcements were made (an earlier version cleared the region and set the text 50 ms later,
 * which left it empty meanwhile and let a late timer overwrite a newer sentence).
 * `testId` tells apart a region that lives beside every screen's own (the sidebar's room link).
 */
export function useAnnouncer(testId = 'announcer') {
  const [message, setMessage] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setMessage((previous) => ({ text, count: previous.count + 1 })), []);
  const region = (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      <span key={message.count}>{message.text}</span>
    </div>
  );
  return [region, announce] as const;
}
