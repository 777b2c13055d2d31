/**
 * Opens the projector view. In a browser: a new window on `#/projector/<id>` of this page; opened from
 * this tab, it inherits a copy of this tab's sessionStorage and with it the access token. Inside
 * Electron the shell will open its own projector window (on the second display); until it offers that
 * through the bridge, the same call is made, and the shell decides.
 * Returns the URL when the window could not be opened (pop-up blocked), null when it opened.
 */
export function openProjectorWindow(sessionId: string): string | null {
  const url = `${window.location.pathname}${window.location.search}#/projector/${encodeURIComponent(sessionId)}`;
  const opened = window.open(url, `convene-projector-${sessionId}`, 'popup,width=1280,height=720');
  if (opened) {
    opened.focus();
    return null;
  }
  return `${window.location.origin}${url}`;
}
