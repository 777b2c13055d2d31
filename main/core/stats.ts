import { PRESENTER_KINDS, type SpeakingTotal } from '../../shared/agenda.js';
import type { HandlerMap } from './context.js';
import { getProgramme } from './programmes.js';
import { getSession } from './sessions.js';

/**
 * Seconds spoken per person (or free-text name) over one session or a whole programme: the speech
 * intervals of the speaker queues, plus the presenters of presentations and summaries, who hold the
 * floor while their item runs and nobody from its queue speaks (the item's time, less its queue's
 * speeches and a pause in progress). A pause that has ended is not recorded, so it still counts.
 */
export const statsHandlers: HandlerMap<'stats'> = {
  'stats.speakingTime': (input, ctx): SpeakingTotal[] => {
    if (input.sessionId) getSession(ctx, input.sessionId);
    if (input.programmeId) getProgramme(ctx, input.programmeId);
    const scope = input.sessionId
      ? 'ai.session_id = @sessionId'
      : 'ai.session_id IN (SELECT s.id FROM session s JOIN stage st ON st.id = s.stage_id WHERE st.programme_id = @programmeId AND s.deleted_at IS NULL AND st.deleted_at IS NULL)';
    const params = { sessionId: input.sessionId ?? null, programmeId: input.programmeId ?? null, now: ctx.now().toISOString() };
    const speeches = ctx.db
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
          GROUP BY coalesce(sp.person_id, 'free:' || sp.free_name)`,
      )
      .all(params) as SpeakingTotal[];
    const kinds = PRESENTER_KINDS.map((kind) => `'${kind}'`).join(', ');
    const presenters = ctx.db
      .prepare(
        `SELECT ai.presenter_id AS personId, coalesce(pe.name, trim(ai.presenter_name)) AS name, u.name AS unitName,
                max(0, unixepoch(coalesce(ai.actual_end, @now), 'subsec') - unixepoch(ai.actual_start, 'subsec')
                  - coalesce((SELECT sum(unixepoch(coalesce(sh.ended_at, @now), 'subsec') - unixepoch(sh.started_at, 'subsec'))
                                FROM speech sh JOIN speaker sp ON sp.id = sh.speaker_id WHERE sp.agenda_item_id = ai.id), 0)
                  - coalesce((SELECT unixepoch(@now, 'subsec') - unixepoch(rs.paused_at, 'subsec')
                                FROM run_state rs WHERE rs.current_item_id = ai.id AND rs.paused_at IS NOT NULL AND ai.actual_end IS NULL), 0)) AS seconds,
                1 AS speeches
           FROM agenda_item ai
           LEFT JOIN person pe ON pe.id = ai.presenter_id
           LEFT JOIN unit u ON u.id = pe.unit_id AND u.deleted_at IS NULL
          WHERE ${scope} AND ai.deleted_at IS NULL AND ai.kind IN (${kinds}) AND ai.actual_start IS NOT NULL
            AND (ai.presenter_id IS NOT NULL OR trim(ai.presenter_name) <> '')`,
      )
      .all(params) as SpeakingTotal[];
    const totals = new Map<string, SpeakingTotal>();
    for (const row of [...speeches, ...presenters]) {
      const key = row.personId ?? `free:${row.name}`;
      const seen = totals.get(key);
      if (seen) totals.set(key, { ...seen, seconds: seen.seconds + row.seconds, speeches: seen.speeches + row.speeches });
      else totals.set(key, { ...row });
    }
    return [...totals.values()]
      .filter((r) => r.seconds > 0)
      .sort((a, b) => b.seconds - a.seconds)
      .map((r) => ({ ...r, seconds: Math.round(r.seconds) }));
  },
};
