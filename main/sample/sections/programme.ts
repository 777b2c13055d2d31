/** The rows one copy of the sample owns: the programme, its stages, sessions, sittings, attendance. */
import type { StageKey } from '../types.js';
import { resolved, type Section } from './section.js';

export const programme: Section = {
  name: 'programme',
  topics: ['programme'],
  load({ ctx, sample, ids, at }) {
    ctx.db
      .prepare(
        `INSERT INTO programme (id, title, description, locale, created_at, updated_at)
         VALUES (@id, @title, @description, @locale, @at, @at)`,
      )
      .run({ id: ids.programme, ...sample.programme, locale: sample.locale, at });
  },
};

export const stages: Section = {
  name: 'stages',
  topics: ['stage'],
  load({ ctx, sample, ids, at }) {
    const insert = ctx.db.prepare(
      `INSERT INTO stage (id, programme_id, position, title, audience, purpose, created_at, updated_at)
       VALUES (@id, @programmeId, @position, @title, @audience, @purpose, @at, @at)`,
    );
    sample.stages.forEach((stage, position) =>
      insert.run({
        id: ids.stage(stage.key),
        programmeId: ids.programme,
        position,
        title: stage.title,
        audience: stage.audience,
        purpose: stage.purpose,
        at,
      }),
    );
  },
};

export const sessions: Section = {
  name: 'sessions',
  topics: ['session'],
  load({ ctx, sample, ids, at, personIds }) {
    const insert = ctx.db.prepare(
      `INSERT INTO session (id, stage_id, position, title, theme, mode, venue, chair_id, secretary_id, created_at, updated_at)
       VALUES (@id, @stageId, @position, @title, @theme, @mode, @venue, @chairId, @secretaryId, @at, @at)`,
    );
    // Positions count within each stage, in the order the data lists the sessions.
    const nextPosition = new Map<StageKey, number>();
    for (const session of sample.sessions) {
      const position = nextPosition.get(session.stage) ?? 0;
      nextPosition.set(session.stage, position + 1);
      insert.run({
        id: ids.session(session.key),
        stageId: ids.stage(session.stage),
        position,
        title: session.title,
        theme: session.theme,
        mode: session.mode,
        venue: session.venue,
        chairId: resolved(personIds, session.chair),
        secretaryId: resolved(personIds, session.secretary),
        at,
      });
    }
  },
};

export const sittings: Section = {
  name: 'sittings',
  topics: ['sitting'],
  load({ ctx, sample, ids, at }) {
    const insert = ctx.db.prepare(
      `INSERT INTO sitting (id, session_id, position, date, start_time, end_time, created_at, updated_at)
       VALUES (@id, @sessionId, @position, @date, @startTime, @endTime, @at, @at)`,
    );
    for (const session of sample.sessions) {
      session.sittings.forEach((sitting, position) =>
        insert.run({ id: ids.sitting(session.key, position), sessionId: ids.session(session.key), position, ...sitting, at }),
      );
    }
  },
};

export const attendance: Section = {
  name: 'attendance',
  topics: ['attendance'],
  load({ ctx, sample, ids, at, personIds }) {
    const insert = ctx.db.prepare(
      `INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at)
       VALUES (@sessionId, @personId, @role, @presence, @at, @at)`,
    );
    for (const session of sample.sessions) {
      for (const entry of session.attendance) {
        insert.run({
          sessionId: ids.session(session.key),
          personId: resolved(personIds, entry.person),
          role: entry.role,
          presence: entry.presence,
          at,
        });
      }
    }
  },
};
