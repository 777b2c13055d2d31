/**
 * The approved minutes of the sessions that have met. Drafted by the same code as minutes.generate
 * (so they read exactly as a secretary's would, in the sample's language), with the chair's closing
 * requirements, then stored as version 1, approved, and the session's minutes status says so, as
 * minutes.approve leaves it. The session's own status stays as it is (minutes.approve does not touch it
 * either), so the sample's Stage 1 can still be run for practice. Runs last: the draft reads every
 * section before it.
 */
import { draftMinutes } from '../../core/minutes-draft.js';
import { writeRow } from '../../core/row-writer.js';
import type { Section } from './section.js';

export const minutes: Section = {
  name: 'minutes',
  topics: ['minutes', 'session'],
  load({ ctx, sample, ids }) {
    const approved = ctx.db.prepare("UPDATE session SET minutes_status = 'approved' WHERE id = ?");
    for (const entry of sample.minutes) {
      const sessionId = ids.session(entry.session);
      const document = { ...draftMinutes(ctx, sessionId, sample.locale), closing: entry.closing };
      const at = entry.approvedAt;
      writeRow(ctx.db, 'minutes', {
        session_id: sessionId,
        version: 1,
        status: 'approved',
        locale: sample.locale,
        document: JSON.stringify(document),
        created_at: at,
        updated_at: at,
        approved_at: at,
      });
      approved.run(sessionId);
    }
  },
};
