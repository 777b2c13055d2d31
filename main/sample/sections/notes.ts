/**
 * The plans the seminars' opinions feed into, and the notes the secretaries captured, with their
 * dispositions. Rows written directly (core/row-writer.ts) with the sample's stable ids (ids.ts), like the agenda; the search index
 * picks the notes up through its triggers. A speaker is a person of the directory, so the note's
 * free-text speaker name stays '' (as note.create leaves it).
 */
import { stampedAt, writeRow } from '../../core/row-writer.js';
import { resolved, type Section } from './section.js';

export const plans: Section = {
  name: 'plans',
  topics: ['plan'],
  load({ ctx, sample, ids, at }) {
    for (const plan of sample.plans) {
      writeRow(ctx.db, 'plan', {
        id: ids.plan(plan.key),
        programme_id: ids.programme,
        title: plan.title,
        description: plan.description,
        ...stampedAt(at),
      });
    }
  },
};

export const notes: Section = {
  name: 'notes',
  topics: ['note'],
  load({ ctx, sample, ids, at, personIds }) {
    for (const note of sample.notes) {
      writeRow(ctx.db, 'note', {
        id: ids.note(note.key),
        session_id: ids.session(note.session),
        agenda_item_id: ids.agendaItem(note.session, note.item),
        speaker_person_id: resolved(personIds, note.speaker),
        speaker_name: '',
        category: note.category,
        text: note.text,
        important: note.important ? 1 : 0,
        captured_at: note.capturedAt,
        captured_by: note.capturedBy,
        disposition: note.disposition,
        plan_id: note.plan === null ? null : ids.plan(note.plan),
        disposition_reason: note.reason,
        ...stampedAt(at),
      });
    }
  },
};
