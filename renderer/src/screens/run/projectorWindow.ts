/**
 * Opens the projector view. Inside Electron the shell opens its own projector window (full screen on
 * the second display when one is connected, following displays being plugged in and out) through
 * `window.convene.openProjector`. In a browser: a new window on `#/projector/<id>` of this page;
 * opened from this tab, it inherits a copy of this tab's sessionStorage and with it the access token.
 * Returns the URL when the window could not be opened (pop-up blocked), null when it opened.
 */
export function openProjectorWindow(sessionId: string): string | null {
  const bridge = window.convene;
  if (bridge?.openProjector) {
    // The shell validates the id and cannot be blocked like a pop-up; a refusal is a bug, logged.
    void bridge.openProjector(sessionId).then((result) => {
      if (!result.ok) console.error('[convene] openProjector refused', result.error);
    });
    return null;
  }
  const url = `${window.location.pathname}${window.location.search}#/projector/${encodeURIComponent(sessionId)}`;
  const opened = window.open(url, `convene-projector-${sessionId}`, 'popup,width=1280,height=720');
  if (opened) {
    opened.focus();
    return null;
  }
  return `${window.location.origin}${url}`;
}
