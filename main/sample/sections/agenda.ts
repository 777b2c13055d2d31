/**
 * Each session's agenda and the speaker queues of its rounds of statements. Rows written directly (core/row-writer.ts) rather than the
 * core's insertItem/insertSpeaker: those draw random ids from ctx.newId, and the sample's rows have
 * stable ids (ids.ts). Items are placed in their sitting explicitly, so the planned times the
 * agenda view computes from the sittings' start times are the ones structure.ts was written for.
 */
import { stampedAt, writeRow } from '../../core/row-writer.js';
import { resolved, type Section } from './section.js';

export const agenda: Section = {
  name: 'agenda',
  topics: ['agenda'],
  load({ ctx, sample, ids, at, personIds }) {
    for (const session of sample.sessions) {
      session.agenda.forEach((item, position) => {
        const itemId = ids.agendaItem(session.key, item.key);
        writeRow(ctx.db, 'agenda_item', {
          id: itemId,
          session_id: ids.session(session.key),
          sitting_id: ids.sitting(session.key, item.sitting),
          position,
          kind: item.kind,
          title: item.title,
          presenter_id: item.presenter === null ? null : resolved(personIds, item.presenter),
          planned_minutes: item.plannedMinutes,
          chair_notes: item.chairNotes,
          speaker_prompt: item.speakerPrompt,
          ...stampedAt(at),
        });
        item.speakers.forEach((speaker, index) =>
          writeRow(ctx.db, 'speaker', {
            id: ids.speaker(session.key, item.key, index),
            agenda_item_id: itemId,
            position: index,
            person_id: resolved(personIds, speaker.person),
            planned_seconds: speaker.plannedSeconds,
            prompt: speaker.prompt,
            ...stampedAt(at),
          }),
        );
      });
    }
  },
};
