import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportedFile, type ExportProgress, type MinutesVersion, type MinutesView } from '../minutes.js';
import type { directoryFileChannels } from './channels-directory.js';
import type { followupFileChannels } from './channels-followup.js';
import { channel } from './define.js';
import { docNumber, id, isoDate, line, locale, longText } from './fields.js';

const shortList = (schema: z.ZodType, max = 500) => z.array(schema).max(max);
const text = line;

/** The editable minutes document (see shared/minutes.ts); every string bounded, every list bounded. */
export const minutesDocument = z.strictObject({
  title: text,
  docNumber: text,
  time: text,
  venue: text,
  chair: text,
  recorder: text,
  attendees: shortList(z.strictObject({ group: text, names: shortList(text, 2000) }), 50),
  observers: shortList(text, 2000),
  excused: shortList(text, 2000),
  absent: shortList(text, 2000),
  unrecorded: shortList(text, 2000),
  agenda: shortList(z.strictObject({ title: text, presenter: text, planned: text, actual: text }), 200),
  discussion: shortList(
    z.strictObject({
      item: text,
      speakers: shortList(z.strictObject({ speaker: text, unit: text, points: shortList(longText, 2000) }), 500),
    }),
    200,
  ),
  decisions: shortList(longText, 500),
  actions: shortList(
    z.strictObject({ no: z.number().int().min(0).max(100_000), task: text, lead: text, co: text, deadline: text, deliverable: longText, status: text }),
    10_000,
  ),
  closing: longText,
  distribution: longText,
  copyTo: longText,
  issuer: text,
  /** Empty: the day of the export. */
  issueDate: z.union([z.literal(''), isoDate]),
});

export const minutesChannels = {
  'minutes.get': channel<MinutesView>()(z.strictObject({ sessionId: id })),
  /** One version as it was stored (an approved one as it was approved). */
  'minutes.version': channel<MinutesVersion>()(z.strictObject({ sessionId: id, version: z.number().int().min(1) })),
  /** Drafts the minutes from the session as it stands; refuses to overwrite approved minutes. */
  'minutes.generate': channel<MinutesVersion>()(z.strictObject({ sessionId: id, locale: locale.optional() })),
  'minutes.update': channel<MinutesVersion>()(z.strictObject({ sessionId: id, version: z.number().int().min(1), document: minutesDocument })),
  'minutes.approve': channel<MinutesVersion>()(z.strictObject({ sessionId: id, version: z.number().int().min(1) })),
  /** Starts a new draft from the approved minutes (they stay approved and locked). */
  'minutes.newVersion': channel<MinutesVersion>()(z.strictObject({ sessionId: id })),

} as const;

/**
 * Calls whose work is asynchronous (Word and spreadsheet writers, printing to PDF). They are served
 * by main/service, which reads the data through the core in one transaction and then renders.
 */
export const exportChannels = {
  'export.render': channel<ExportedFile>()(
    z
      .strictObject({
        kind: z.enum(EXPORT_KINDS),
        format: z.enum(EXPORT_FORMATS),
        sessionId: id.optional(),
        programmeId: id.optional(),
        locale: locale.optional(),
        /** Minutes only: the stored version to export (any approved one, or the latest); the latest when absent. */
        version: z.number().int().min(1).max(100_000).optional(),
        /** The follow-up digest and ledger: the day they are as of (default: today in the programme's zone). */
        asOf: isoDate.optional(),
        /** The follow-up ledger of one lead unit only. */
        unitId: id.optional(),
        /** The follow-up digest only: its 发文字号 (文号), printed centred above the red line; none when empty. */
        docNumber: docNumber.optional(),
        /** Chosen by the caller to follow a PDF export through the queue (export.progress). */
        jobId: id.optional(),
      })
      .refine((s) => Boolean(s.sessionId) !== Boolean(s.programmeId), { message: 'one_scope', path: ['sessionId'] }),
  ),
  /** Where the PDF export started with this jobId stands; asked again on each `export` change event. */
  'export.progress': channel<ExportProgress>()(z.strictObject({ jobId: id })),
} as const;

/** Served by main/service off the core's transaction: exports, and the directory's spreadsheet files. */
export type AsyncChannelName = keyof typeof exportChannels | keyof typeof directoryFileChannels | keyof typeof followupFileChannels;
