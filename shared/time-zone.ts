/**
 * The clock of the room: a programme's meetings happen in one time zone (an IANA name, stored per
 * programme, migration 012), and what the minutes print (actual times, the date of an export) is
 * read in it, whatever zone the exporting machine is set to.
 */
import { z } from 'zod';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneName = z.string().min(1).max(64).refine(isTimeZone, { message: 'invalid_time_zone' });

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant's calendar day (YYYY-MM-DD) and clock (HH:MM, 24 h) in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}
