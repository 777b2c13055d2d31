import { DEFAULT_TIME_ZONE, isTimeZone } from '../../shared/time-zone.js';
import type { ReadContext } from './context.js';

/** The zone a programme's meetings happen in (migration 012); the default if the stored name is unknown here. */
export function programmeTimeZone(ctx: ReadContext, programmeId: string): string {
  const row = ctx.db.prepare('SELECT time_zone FROM programme WHERE id = ?').get(programmeId) as { time_zone: string } | undefined;
  return row && isTimeZone(row.time_zone) ? row.time_zone : DEFAULT_TIME_ZONE;
}
