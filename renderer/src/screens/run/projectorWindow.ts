import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { urlWithToken } from '../../transport/http.js';

/**
 * Opens the projector view wherever the app runs. Inside Electron the shell opens its own projector
 * window (full screen on the second display when one is connected, following displays being plugged
 * in and out) through `window.convene.openProjector`. In a browser: a new tab (the session tabs'
 * link) or a pop-up window (the Run view's button) on `#/projector/<id>` of this page, given this
 * tab's access the way the first tab got it (the token in the URL it opens with, which the new page
 * takes and clears from its address bar); a tab opened without it would only show "no access".
 * Returns the URL when the window could not be opened (pop-up blocked), null when it opened.
 */
export function openProjectorWindow(sessionId: string, as: 'tab' | 'popup' = 'popup'): string | null {
  const bridge = window.convene;
  if (bridge?.openProjector) {
    // The shell validates the id and cannot be blocked like a pop-up; a refusal is a bug, logged.
    void bridge.openProjector(sessionId).then((result) => {
      if (!result.ok) console.error('[convene] openProjector refused', result.error);
    });
    return null;
  }
  const route = `#/projector/${encodeURIComponent(sessionId)}`;
  const url = urlWithToken(window.location, window.sessionStorage, route) ?? route;
  const opened = window.open(url, `convene-projector-${sessionId}`, as === 'popup' ? 'popup,width=1280,height=720' : undefined);
  if (opened) {
    opened.focus();
    return null;
  }
  // Shown to the user: without the token, which stays in this tab.
  return `${window.location.origin}${window.location.pathname}${route}`;
}

/** The projector's opening from a control the user pressed: a blocked pop-up is said, with the way round it. */
export function useOpenProjector(as: 'tab' | 'popup'): (sessionId: string) => void {
  const { t } = useTranslation('run');
  return (sessionId) => {
    const blocked = openProjectorWindow(sessionId, as);
    if (blocked) toast.error(t('projector.blocked', { url: blocked }), { duration: 15000 });
  };
}
