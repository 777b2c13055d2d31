/**
 * A title made safe as a file name on Windows, macOS and Linux: no path separators, reserved or
 * control characters, no leading or trailing dots and spaces, at most 80 characters (not bytes:
 * Chinese titles stay readable). The date suffix keeps reserved device names (CON, NUL) harmless.
 */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  const short = [...cleaned].slice(0, 80).join('').trim();
  return short || 'convene';
}
