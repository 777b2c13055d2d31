/**
 * Each session's agenda and the speaker queues of its rounds of statements. Plain SQL rather than the
 * core's insertItem/insertSpeaker: those draw random ids from ctx.newId, and the sample's rows have
 * stable ids (ids.ts). Items are placed in their sitting explicitly, so the planned times the
 * agenda view computes from the sittings' start times are the ones structure.ts was written for.
 */
import { resolved, type Section } from './section.js';

export const agenda: Section = {
  name: 'agenda',
  topics: ['agenda'],
  load({ ctx, sample, ids, at, personIds }) {
    const insertItem = ctx.db.prepare(
      `INSERT INTO agenda_item (id, session_id, sitting_id, position, kind, title, presenter_id, planned_minutes,
                                chair_notes, speaker_prompt, created_at, updated_at)
       VALUES (@id, @sessionId, @sittingId, @position, @kind, @title, @presenterId, @plannedMinutes,
               @chairNotes, @speakerPrompt, @at, @at)`,
    );
    const insertSpeaker = ctx.db.prepare(
      `INSERT INTO speaker (id, agenda_item_id, position, person_id, planned_seconds, prompt, created_at, updated_at)
       VALUES (@id, @itemId, @position, @personId, @plannedSeconds, @prompt, @at, @at)`,
    );
    for (const session of sample.sessions) {
      session.agenda.forEach((item, position) => {
        const itemId = ids.agendaItem(session.key, item.key);
        insertItem.run({
          id: itemId,
          sessionId: ids.session(session.key),
          sittingId: ids.sitting(session.key, item.sitting),
          position,
          kind: item.kind,
          title: item.title,
          presenterId: item.presenter === null ? null : resolved(personIds, item.presenter),
          plannedMinutes: item.plannedMinutes,
          chairNotes: item.chairNotes,
          speakerPrompt: item.speakerPrompt,
          at,
        });
        item.speakers.forEach((speaker, index) =>
          insertSpeaker.run({
            id: ids.speaker(session.key, item.key, index),
            itemId,
            position: index,
            personId: resolved(personIds, speaker.person),
            plannedSeconds: speaker.plannedSeconds,
            prompt: speaker.prompt,
            at,
          }),
        );
      });
    }
  },
};
