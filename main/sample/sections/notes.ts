/**
 * The plans the seminars' opinions feed into, and the notes the secretaries captured, with their
 * dispositions. Plain SQL with the sample's stable ids (ids.ts), like the agenda; the search index
 * picks the notes up through its triggers. A speaker is a person of the directory, so the note's
 * free-text speaker name stays '' (as note.create leaves it).
 */
import { resolved, type Section } from './section.js';

export const plans: Section = {
  name: 'plans',
  topics: ['plan'],
  load({ ctx, sample, ids, at }) {
    const insert = ctx.db.prepare(
      `INSERT INTO plan (id, programme_id, title, description, created_at, updated_at)
       VALUES (@id, @programmeId, @title, @description, @at, @at)`,
    );
    for (const plan of sample.plans) {
      insert.run({ id: ids.plan(plan.key), programmeId: ids.programme, title: plan.title, description: plan.description, at });
    }
  },
};

export const notes: Section = {
  name: 'notes',
  topics: ['note'],
  load({ ctx, sample, ids, at, personIds }) {
    const insert = ctx.db.prepare(
      `INSERT INTO note (id, session_id, agenda_item_id, speaker_person_id, speaker_name, category, text, important,
                         captured_at, captured_by, disposition, plan_id, disposition_reason, created_at, updated_at)
       VALUES (@id, @sessionId, @itemId, @speakerId, '', @category, @text, @important,
               @capturedAt, @capturedBy, @disposition, @planId, @reason, @at, @at)`,
    );
    for (const note of sample.notes) {
      insert.run({
        id: ids.note(note.key),
        sessionId: ids.session(note.session),
        itemId: ids.agendaItem(note.session, note.item),
        speakerId: resolved(personIds, note.speaker),
        category: note.category,
        text: note.text,
        important: note.important ? 1 : 0,
        capturedAt: note.capturedAt,
        capturedBy: note.capturedBy,
        disposition: note.disposition,
        planId: note.plan === null ? null : ids.plan(note.plan),
        reason: note.reason,
        at,
      });
    }
  },
};
