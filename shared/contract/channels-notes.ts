import { z } from 'zod';
import { PERSON_CATEGORIES } from '../domain.js';
import { DISPOSITIONS, NOTE_CATEGORIES, type Note, type NotePage, type NoteVersion, type OpinionsView, type Plan, type SearchHit } from '../notes.js';
import { channel } from './define.js';
import { id, line, longText, title } from './fields.js';

const category = z.enum(NOTE_CATEGORIES);
/** What was said: required, may span lines, bounded so a runaway paste cannot bloat the file. */
const noteText = longText.refine((s) => s.trim().length > 0, { message: 'required' });

/** The page size of `note.list` by default, and the largest a caller may ask for. */
export const NOTE_PAGE_SIZE = 200;
export const NOTE_PAGE_MAX = 500;
/** A page cursor: the capture time and database order of the last note of the previous page. */
const NOTE_CURSOR = /^[0-9T:.+\-Z]{1,40}~[0-9]{1,18}$/;

const noteFilters = z.strictObject({
  sessionId: id,
  category: category.optional(),
  speakerPersonId: id.optional(),
  important: z.boolean().optional(),
  agendaItemId: id.optional(),
});

/** Note capture, history, trash, dispositions, plans, the opinions tracker and search. */
export const noteChannels = {
  /**
   * A page of a session's notes, newest first: at most `limit` (default NOTE_PAGE_SIZE) notes older
   * than the cursor `before` (a previous page's `nextCursor`). The UI reads this, never a whole
   * session at once.
   */
  'note.list': channel<NotePage>()(
    noteFilters.extend({
      limit: z.number().int().min(1).max(NOTE_PAGE_MAX).optional(),
      before: z.string().regex(NOTE_CURSOR).optional(),
    }),
  ),
  /** Every note of a session in the order captured, for what needs them all (minutes, exports, checks). */
  'note.all': channel<Note[]>()(noteFilters),
  /**
   * `id` may come from the client: a retry after a lost answer then finds the note already saved
   * instead of saving it twice.
   */
  'note.create': channel<Note>()(
    z.strictObject({
      id: id.optional(),
      sessionId: id,
      agendaItemId: id.nullable().optional(),
      speakerPersonId: id.nullable().optional(),
      speakerName: line.optional(),
      category,
      text: noteText,
      important: z.boolean().optional(),
      /** Saved already marked as an opinion that needs an answer (disposition 'pending'). */
      opinion: z.boolean().optional(),
      capturedBy: line.optional(),
    }),
  ),
  'note.update': channel<Note>()(
    z.strictObject({
      id,
      text: noteText.optional(),
      category: category.optional(),
      speakerPersonId: id.nullable().optional(),
      speakerName: line.optional(),
      important: z.boolean().optional(),
      agendaItemId: id.nullable().optional(),
      /**
       * true marks the note as an opinion needing an answer ('pending', a disposition it has stays);
       * false removes the mark with its plan and reason (the version before keeps them).
       */
      opinion: z.boolean().optional(),
      /** The version the editor started from: a concurrent edit is refused instead of silently overwritten. */
      expectedVersion: z.number().int().min(1).optional(),
    }),
  ),
  /** One note as it is now (an editor refused for a concurrent change shows the latest, without reading every page). */
  'note.get': channel<Note>()(z.strictObject({ id })),
  'note.history': channel<NoteVersion[]>()(z.strictObject({ id })),
  'note.delete': channel<null>()(z.strictObject({ id })),
  'note.restore': channel<Note>()(z.strictObject({ id })),
  'note.setDisposition': channel<Note>()(
    z
      .strictObject({ id, disposition: z.enum(DISPOSITIONS).nullable(), planId: id.nullable().optional(), reason: line.optional() })
      .refine((s) => s.disposition !== 'declined' || Boolean(s.reason?.trim()), { message: 'reason_required', path: ['reason'] })
      .refine((s) => s.disposition !== 'to_incorporate' || Boolean(s.planId), { message: 'plan_required', path: ['planId'] }),
  ),

  'plan.list': channel<Plan[]>()(z.strictObject({ programmeId: id })),
  'plan.create': channel<Plan>()(z.strictObject({ programmeId: id, title, description: longText.optional() })),
  'plan.update': channel<Plan>()(z.strictObject({ id, title: title.optional(), description: longText.optional() })),
  'plan.delete': channel<null>()(z.strictObject({ id })),

  'opinion.list': channel<OpinionsView>()(
    z.strictObject({
      programmeId: id,
      disposition: z.enum(DISPOSITIONS).optional(),
      planId: id.optional(),
      speakerCategory: z.enum(PERSON_CATEGORIES).optional(),
      sessionId: id.optional(),
    }),
  ),

  'search.query': channel<SearchHit[]>()(
    z.strictObject({
      query: line.refine((s) => s.length > 0, { message: 'required' }),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ),
} as const;
