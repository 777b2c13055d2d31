/** The rows one copy of the sample owns: the programme, its stages, sessions, sittings, attendance. */
import { stampedAt, writeRow } from '../../core/row-writer.js';
import type { StageKey } from '../types.js';
import { resolved, type Section } from './section.js';

export const programme: Section = {
  name: 'programme',
  topics: ['programme'],
  load({ ctx, sample, ids, at }) {
    writeRow(ctx.db, 'programme', { id: ids.programme, ...sample.programme, locale: sample.locale, ...stampedAt(at) });
  },
};

export const stages: Section = {
  name: 'stages',
  topics: ['stage'],
  load({ ctx, sample, ids, at }) {
    sample.stages.forEach((stage, position) =>
      writeRow(ctx.db, 'stage', {
        id: ids.stage(stage.key),
        programme_id: ids.programme,
        position,
        title: stage.title,
        audience: stage.audience,
        purpose: stage.purpose,
        ...stampedAt(at),
      }),
    );
  },
};

export const sessions: Section = {
  name: 'sessions',
  topics: ['session'],
  load({ ctx, sample, ids, at, personIds }) {
    // Positions count within each stage, in the order the data lists the sessions.
    const nextPosition = new Map<StageKey, number>();
    for (const session of sample.sessions) {
      const position = nextPosition.get(session.stage) ?? 0;
      nextPosition.set(session.stage, position + 1);
      writeRow(ctx.db, 'session', {
        id: ids.session(session.key),
        stage_id: ids.stage(session.stage),
        position,
        title: session.title,
        theme: session.theme,
        mode: session.mode,
        venue: session.venue,
        chair_id: resolved(personIds, session.chair),
        secretary_id: resolved(personIds, session.secretary),
        ...stampedAt(at),
      });
    }
  },
};

export const sittings: Section = {
  name: 'sittings',
  topics: ['sitting'],
  load({ ctx, sample, ids, at }) {
    for (const session of sample.sessions) {
      session.sittings.forEach((sitting, position) =>
        writeRow(ctx.db, 'sitting', {
          id: ids.sitting(session.key, position),
          session_id: ids.session(session.key),
          position,
          date: sitting.date,
          start_time: sitting.startTime,
          end_time: sitting.endTime,
          ...stampedAt(at),
        }),
      );
    }
  },
};

export const attendance: Section = {
  name: 'attendance',
  topics: ['attendance'],
  load({ ctx, sample, ids, at, personIds }) {
    for (const session of sample.sessions) {
      for (const entry of session.attendance) {
        writeRow(ctx.db, 'attendance', {
          session_id: ids.session(session.key),
          person_id: resolved(personIds, entry.person),
          role: entry.role,
          presence: entry.presence,
          ...stampedAt(at),
        });
      }
    }
  },
};
