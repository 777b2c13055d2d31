import { z } from 'zod';
import {
  ACTION_STATUSES,
  PRIORITIES,
  type ActionDetail,
  type ActionExtension,
  type ActionItem,
  type ActionProgress,
  type UnitObligations,
} from '../actions.js';
import { FILE_ROLES, MAX_FILE_BYTES, type ActionFile } from '../action-files.js';
import { channel } from './define.js';
import { id, isoDate, line, longText, position, title } from './fields.js';

const status = z.enum(ACTION_STATUSES);
const priority = z.enum(PRIORITIES);
const coUnitIds = z.array(id).max(50);
const checkText = title;
/** A report's or a request's text: required, kept as typed apart from the ends' white space. */
const report = longText.transform((s) => s.trim()).refine((s) => s.length > 0, { message: 'required' });

/**
 * A file's bytes as standard base64 (Buffer.from would skip stray characters). Up to half again the
 * size limit passes here: the handler checks the decoded size, so its refusal names the limit in MB.
 */
const fileBase64 = z
  .string()
  .max(Math.ceil((MAX_FILE_BYTES * 1.5) / 3) * 4)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), { message: 'invalid_format' });

/** Editable fields of an action; `dueRule` is parsed against the session's date, `dueDate` is taken as given. */
const fields = {
  title: title.optional(),
  description: longText.optional(),
  deliverable: longText.optional(),
  leadUnitId: id.nullable().optional(),
  coUnitIds: coUnitIds.optional(),
  ownerId: id.nullable().optional(),
  dueRule: line.optional(),
  dueDate: isoDate.nullable().optional(),
  priority: priority.optional(),
};

/** Action items, the board, checklists, due rules and the unit view. */
export const actionChannels = {
  'action.list': channel<ActionItem[]>()(
    z
      .strictObject({
        programmeId: id.optional(),
        sessionId: id.optional(),
        stageId: id.optional(),
        /** As lead or as co-operating unit. */
        unitId: id.optional(),
        ownerId: id.optional(),
        status: status.optional(),
        overdue: z.boolean().optional(),
      })
      .refine((s) => Boolean(s.programmeId || s.sessionId), { message: 'one_scope', path: ['programmeId'] }),
  ),
  'action.get': channel<ActionDetail>()(z.strictObject({ id })),
  'action.create': channel<ActionItem>()(
    z
      .strictObject({
        programmeId: id.optional(),
        sessionId: id.optional(),
        agendaItemId: id.optional(),
        noteId: id.optional(),
        status: status.optional(),
        checklist: z.array(checkText).max(50).optional(),
        ...fields,
        title,
      })
      .refine((s) => Boolean(s.programmeId || s.sessionId), { message: 'one_scope', path: ['programmeId'] }),
  ),
  /** One key in the capture panel: the note becomes a proposed action linked to it. */
  'action.fromNote': channel<ActionItem>()(z.strictObject({ noteId: id })),
  'action.update': channel<ActionItem>()(z.strictObject({ id, ...fields })),
  /**
   * Moves a card: to another status column (checked by shared/actions.ts checkMove) and/or position.
   * `undo`: this move takes back the task's latest status change (allowed even where the rule would
   * not lead, only as that exact step back; recorded in the history as an undo). `reason`: why an
   * accepted (closed, 办结) task is reopened; required to leave accepted, kept in the history.
   */
  'action.move': channel<ActionItem>()(z.strictObject({ id, status, position, undo: z.boolean().optional(), reason: longText.optional() })),
  'action.delete': channel<null>()(z.strictObject({ id })),
  'action.restore': channel<ActionItem>()(z.strictObject({ id })),
  'action.checkAdd': channel<ActionItem>()(z.strictObject({ actionId: id, text: checkText })),
  'action.checkUpdate': channel<ActionItem>()(z.strictObject({ id, text: checkText.optional(), done: z.boolean().optional() })),
  'action.checkRemove': channel<ActionItem>()(z.strictObject({ id })),
  /** Previews a spoken due rule without saving: the detail panel shows the date as the user types. */
  'action.parseDue': channel<{ date: string; rule: string; baseDate: string }>()(
    z.strictObject({ rule: line, sessionId: id.optional() }),
  ),
  /** Follow-up (督办): a progress report (进展) on a task, by a unit and/or person (either may be left out). */
  'action.progressAdd': channel<ActionProgress>()(
    z.strictObject({ actionId: id, date: isoDate, text: report, reporterUnitId: id.nullable().optional(), reporterPersonId: id.nullable().optional() }),
  ),
  /** To the Trash (restorable there or by Undo); the history keeps the report's text. */
  'action.progressDelete': channel<null>()(z.strictObject({ id })),
  'action.progressRestore': channel<ActionProgress>()(z.strictObject({ id })),
  /** An extension request (延期申请): a date later than the current due date, and why. */
  'action.extensionRequest': channel<ActionExtension>()(z.strictObject({ actionId: id, requestedDate: isoDate, reason: report })),
  /** The office approves (the due date moves; the original stays visible) or refuses a pending request. */
  'action.extensionDecide': channel<ActionExtension>()(z.strictObject({ id, approve: z.boolean(), note: longText.optional() })),
  /**
   * A file for a progress report (role 'progress', with its progressId) or the deliverable: at most
   * MAX_FILE_BYTES, its name cleaned (shared/action-files.ts cleanFileName), its hash computed in main.
   */
  'action.attachFile': channel<ActionFile>()(
    z.strictObject({
      actionId: id,
      progressId: id.optional(),
      role: z.enum(FILE_ROLES),
      name: line,
      base64: fileBase64,
    }),
  ),
  /** A file's bytes, to save or open. */
  'action.fileBytes': channel<{ name: string; mime: string; base64: string }>()(z.strictObject({ id })),
  'action.fileDelete': channel<null>()(z.strictObject({ id })),
  'action.fileRestore': channel<ActionFile>()(z.strictObject({ id })),
  'action.forUnit': channel<UnitObligations>()(z.strictObject({ unitId: id, programmeId: id.optional() })),
} as const;
