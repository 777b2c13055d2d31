/**
 * Loads the built-in sample workshop in one language. What ids it gets, and what a second load does,
 * is decided in ids.ts; what it reuses from the shared directory, in sections/directory.ts.
 */
import type { Locale } from '../../shared/contract/fields.js';
import type { CoreContext } from '../core/context.js';
import { sampleData } from './data/index.js';
import { chooseCopy, copyIds } from './ids.js';
import { actions } from './sections/actions.js';
import { agenda } from './sections/agenda.js';
import { people, units } from './sections/directory.js';
import { minutes } from './sections/minutes.js';
import { notes, plans } from './sections/notes.js';
import { attendance, programme, sessions, sittings, stages } from './sections/programme.js';
import type { Section, SectionContext } from './sections/section.js';

/**
 * In the order they are written: each may use what the ones before it resolved (the minutes read all
 * of it). A new part of the sample is a new section appended here.
 */
export const SECTIONS: readonly Section[] = [
  units,
  people,
  programme,
  stages,
  sessions,
  sittings,
  attendance,
  agenda,
  plans,
  notes,
  actions,
  minutes,
];

export interface LoadResult {
  programmeId: string;
  /** false when a live copy of the sample was already there and is returned as it is. */
  created: boolean;
}

/**
 * Returns the live sample programme in `locale`, creating a copy when there is none. Atomic on its
 * own: inside the core dispatcher's transaction this is a savepoint; called directly (the CLI), it is
 * a transaction of its own. Records change events for every topic it wrote to.
 */
export function loadSample(ctx: CoreContext, locale: Locale): LoadResult {
  return ctx.db.transaction((): LoadResult => {
    const { copy, live } = chooseCopy(ctx.db, locale);
    const ids = copyIds(locale, copy);
    if (live) return { programmeId: ids.programme, created: false };
    const context: SectionContext = {
      ctx,
      sample: sampleData(locale),
      ids,
      at: ctx.now().toISOString(),
      unitIds: new Map(),
      personIds: new Map(),
    };
    for (const section of SECTIONS) section.load(context);
    for (const topic of new Set(SECTIONS.flatMap((section) => section.topics))) ctx.changed(topic, ids.programme);
    return { programmeId: ids.programme, created: true };
  })();
}
