/**
 * The calendar day (YYYY-MM-DD) of an instant on this machine's clock and time zone: the day the
 * people in the room call today. Not toISOString's UTC day, which in China is still yesterday until
 * 08:00. Everything that says "today" (overdue and due-soon tasks, a rule's base date, an export's
 * subtitle and file names) asks this.
 */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
