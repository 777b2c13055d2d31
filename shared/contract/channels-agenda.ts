import { z } from 'zod';
import {
  AGENDA_KINDS,
  PROJECTOR_MODES,
  type AgendaItem,
  type AgendaTemplate,
  type AgendaView,
  type RunState,
  type Speaker,
  type SpeakingTotal,
} from '../agenda.js';
import { channel } from './define.js';
import { id, line, locale, longText, position, title } from './fields.js';

const kind = z.enum(AGENDA_KINDS);
const minutes = z.number().int().min(0).max(1440);
const seconds = z.number().int().min(0).max(86_400);
const bySession = z.strictObject({ sessionId: id });
// Bounded: the format allows any number of fraction digits, and a break's end is stored as given.
const isoInstant = z.iso.datetime({ offset: true }).max(40);

/** Who speaks: a person from the directory, or a free-text name for someone who is not in it. */
const who = { personId: id.optional(), freeName: title.optional() };
const hasWho = (s: { personId?: string | undefined; freeName?: string | undefined }) => Boolean(s.personId || s.freeName);

/** Agenda editor, speaker queues, templates, run mode, projector, speaking-time totals. */
export const agendaChannels = {
  'agenda.list': channel<AgendaView>()(bySession),
  'agenda.create': channel<AgendaItem>()(
    z.strictObject({
      sessionId: id,
      kind,
      title,
      plannedMinutes: minutes,
      presenterId: id.nullable().optional(),
      presenterName: line.optional(),
      chairNotes: longText.optional(),
      speakerPrompt: line.optional(),
      sittingId: id.nullable().optional(),
      position: position.optional(),
    }),
  ),
  'agenda.update': channel<AgendaItem>()(
    z.strictObject({
      id,
      kind: kind.optional(),
      title: title.optional(),
      plannedMinutes: minutes.optional(),
      presenterId: id.nullable().optional(),
      presenterName: line.optional(),
      chairNotes: longText.optional(),
      speakerPrompt: line.optional(),
      sittingId: id.nullable().optional(),
    }),
  ),
  /** Moves an item to `position` among the session's items (0-based); optionally into another sitting. */
  'agenda.move': channel<AgendaItem[]>()(z.strictObject({ id, position, sittingId: id.nullable().optional() })),
  'agenda.delete': channel<null>()(z.strictObject({ id })),
  'agenda.restore': channel<AgendaItem>()(z.strictObject({ id })),
  'agenda.applyTemplate': channel<AgendaItem[]>()(
    z.strictObject({ sessionId: id, templateId: id, replace: z.boolean().optional() }),
  ),

  'template.list': channel<AgendaTemplate[]>()(z.strictObject({ locale: locale.optional() })),
  'template.saveFromSession': channel<AgendaTemplate>()(z.strictObject({ sessionId: id, name: title })),
  'template.delete': channel<null>()(z.strictObject({ id })),

  'speaker.add': channel<Speaker>()(
    z
      .strictObject({ agendaItemId: id, ...who, plannedSeconds: seconds.optional(), prompt: line.optional(), position: position.optional() })
      .refine(hasWho, { message: 'speaker_required', path: ['personId'] }),
  ),
  'speaker.update': channel<Speaker>()(
    z.strictObject({ id, plannedSeconds: seconds.optional(), prompt: line.optional(), hideCountdown: z.boolean().optional() }),
  ),
  'speaker.move': channel<Speaker[]>()(z.strictObject({ id, position })),
  'speaker.remove': channel<null>()(z.strictObject({ id })),

  'run.state': channel<RunState>()(bySession),
  'run.start': channel<RunState>()(bySession),
  'run.end': channel<RunState>()(bySession),
  /** Ends the current sitting; the session stays live until the next sitting resumes it. */
  'run.endSitting': channel<RunState>()(bySession),
  /** Resumes an adjourned session: the next sitting begins. */
  'run.nextSitting': channel<RunState>()(bySession),
  /** Reopens an ended session (live again, between sittings). */
  'run.reopen': channel<RunState>()(bySession),
  /** Hides (or shows again) the countdown on the projector for the whole session. */
  'run.countdown': channel<RunState>()(z.strictObject({ sessionId: id, hidden: z.boolean() })),
  'run.startItem': channel<RunState>()(z.strictObject({ sessionId: id, itemId: id })),
  'run.next': channel<RunState>()(bySession),
  'run.pause': channel<RunState>()(bySession),
  'run.resume': channel<RunState>()(bySession),
  'run.skip': channel<RunState>()(z.strictObject({ sessionId: id, speakerId: id })),
  'run.interject': channel<RunState>()(
    z.strictObject({ sessionId: id, ...who, hideCountdown: z.boolean().optional() }).refine(hasWho, { message: 'speaker_required', path: ['personId'] }),
  ),
  'run.projector': channel<RunState>()(
    z.strictObject({
      sessionId: id,
      mode: z.enum(PROJECTOR_MODES),
      breakUntil: isoInstant.nullable().optional(),
      message: line.optional(),
    }),
  ),

  'stats.speakingTime': channel<SpeakingTotal[]>()(
    z
      .strictObject({ sessionId: id.optional(), programmeId: id.optional() })
      .refine((s) => Boolean(s.sessionId) !== Boolean(s.programmeId), { message: 'one_scope', path: ['sessionId'] }),
  ),
} as const;
