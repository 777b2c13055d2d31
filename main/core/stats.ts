import type { SpeakingTotal } from '../../shared/agenda.js';
import type { HandlerMap } from './context.js';
import { getProgramme } from './programmes.js';
import { getSession } from './sessions.js';

/** Seconds spoken per person (or free-text name) over one session or a whole programme. */
export const statsHandlers: HandlerMap<'stats'> = {
  'stats.speakingTime': (input, ctx): SpeakingTotal[] => {
    if (input.sessionId) getSession(ctx, input.sessionId);
    if (input.programmeId) getProgramme(ctx, input.programmeId);
    const scope = input.sessionId
      ? 'ai.session_id = @sessionId'
      : 'ai.session_id IN (SELECT s.id FROM session s JOIN stage st ON st.id = s.stage_id WHERE st.programme_id = @programmeId AND s.deleted_at IS NULL AND st.deleted_at IS NULL)';
    const rows = ctx.db
      .prepare(
        `SELECT sp.person_id AS personId, coalesce(pe.name, sp.free_name) AS name, u.name AS unitName,
                sum(unixepoch(coalesce(sh.ended_at, @now), 'subsec') - unixepoch(sh.started_at, 'subsec')) AS seconds,
                count(DISTINCT sp.id) AS speeches
           FROM speech sh
           JOIN speaker sp ON sp.id = sh.speaker_id
           JOIN agenda_item ai ON ai.id = sp.agenda_item_id AND ai.deleted_at IS NULL
           LEFT JOIN person pe ON pe.id = sp.person_id
           LEFT JOIN unit u ON u.id = pe.unit_id AND u.deleted_at IS NULL
          WHERE ${scope}
          GROUP BY coalesce(sp.person_id, 'free:' || sp.free_name)
         HAVING seconds > 0
          ORDER BY seconds DESC`,
      )
      .all({ sessionId: input.sessionId ?? null, programmeId: input.programmeId ?? null, now: ctx.now().toISOString() }) as SpeakingTotal[];
    return rows.map((r) => ({ ...r, seconds: Math.round(r.seconds) }));
  },
};
