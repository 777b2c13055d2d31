import { z } from 'zod';
import { MAX_DUE_SOON_DAYS } from '../actions.js';
import { actionChannels } from './channels-actions.js';
import { agendaChannels } from './channels-agenda.js';
import { bundleChannels } from './channels-bundle.js';
import { calendarChannels } from './channels-calendar.js';
import { directoryChannels, directoryFileChannels } from './channels-directory.js';
import { followupChannels, followupFileChannels } from './channels-followup.js';
import { exportChannels, minutesChannels, type AsyncChannelName } from './channels-minutes.js';
import { recoveryChannels } from './channels-recovery.js';
import { roomChannels, type RoomChannelName } from './channels-room.js';
import { noteChannels } from './channels-notes.js';
import { channel } from './define.js';
import { byId, clockTime, empty, id, isoDate, line, locale, longText, position, title } from './fields.js';
import {
  ATTENDANCE_ROLES,
  PERSON_CATEGORIES,
  PRESENCES,
  REFERABLE_KINDS,
  SESSION_MODES,
  TRASH_KINDS,
  UNIT_KINDS,
  type AppInfo,
  type BackupInfo,
  type Participant,
  type References,
  type Person,
  type Programme,
  type ProgrammeDetail,
  type ProgrammeSummary,
  type Session,
  type SessionDetail,
  type Settings,
  type Sitting,
  type Stage,
  type TrashItem,
  type Unit,
} from '../domain.js';

const sittingInput = z
  .strictObject({ date: isoDate, startTime: clockTime, endTime: clockTime })
  .refine((s) => s.startTime < s.endTime, { message: 'end_before_start', path: ['endTime'] });

const role = z.enum(ATTENDANCE_ROLES);
const presence = z.enum(PRESENCES);
const category = z.enum(PERSON_CATEGORIES);

/**
 * Every call the UI can make, declared once. Adding a channel here and a handler in main/core is all
 * it takes: transports, the typed client and the hostile-input tests pick it up from this map.
 */
export const channels = {
  'app.info': channel<AppInfo>()(empty),

  'programme.list': channel<ProgrammeSummary[]>()(empty),
  'programme.get': channel<ProgrammeDetail>()(byId),
  'programme.create': channel<Programme>()(
    z.strictObject({ title, description: longText.optional(), locale: locale.optional() }),
  ),
  'programme.update': channel<Programme>()(
    z.strictObject({ id, title: title.optional(), description: longText.optional(), locale: locale.optional() }),
  ),
  'programme.delete': channel<null>()(byId),

  'stage.create': channel<Stage>()(
    z.strictObject({ programmeId: id, title, audience: longText.optional(), purpose: longText.optional() }),
  ),
  'stage.update': channel<Stage>()(
    z.strictObject({ id, title: title.optional(), audience: longText.optional(), purpose: longText.optional() }),
  ),
  'stage.move': channel<Stage[]>()(z.strictObject({ id, position })),
  'stage.delete': channel<null>()(byId),

  'session.get': channel<SessionDetail>()(byId),
  'session.create': channel<Session>()(
    z.strictObject({
      stageId: id,
      title,
      theme: line.optional(),
      mode: z.enum(SESSION_MODES).optional(),
      venue: line.optional(),
      chairId: id.nullable().optional(),
      secretaryId: id.nullable().optional(),
      sittings: z.array(sittingInput).max(20).optional(),
    }),
  ),
  'session.update': channel<Session>()(
    z.strictObject({
      id,
      title: title.optional(),
      theme: line.optional(),
      mode: z.enum(SESSION_MODES).optional(),
      venue: line.optional(),
      chairId: id.nullable().optional(),
      secretaryId: id.nullable().optional(),
    }),
  ),
  'session.delete': channel<null>()(byId),

  'sitting.add': channel<Sitting>()(
    z.strictObject({ sessionId: id, date: isoDate, startTime: clockTime, endTime: clockTime }).refine(
      (s) => s.startTime < s.endTime,
      { message: 'end_before_start', path: ['endTime'] },
    ),
  ),
  'sitting.update': channel<Sitting>()(
    z.strictObject({ id, date: isoDate.optional(), startTime: clockTime.optional(), endTime: clockTime.optional() }),
  ),
  'sitting.remove': channel<null>()(byId),

  'unit.list': channel<Unit[]>()(z.strictObject({ query: line.optional() })),
  'unit.create': channel<Unit>()(
    z.strictObject({ name: title, shortName: line.optional(), kind: z.enum(UNIT_KINDS).optional() }),
  ),
  'unit.update': channel<Unit>()(
    z.strictObject({ id, name: title.optional(), shortName: line.optional(), kind: z.enum(UNIT_KINDS).optional() }),
  ),
  'unit.delete': channel<null>()(byId),
  /** Protocol order (排序): moves a unit to `position` (0-based) among the live units; returns them in order. */
  'unit.move': channel<Unit[]>()(z.strictObject({ id, position })),
  /** Puts every unit back in the default order (shared/precedence.ts). */
  'unit.resetOrder': channel<Unit[]>()(empty),

  'person.list': channel<Person[]>()(
    z.strictObject({ query: line.optional(), unitId: id.optional(), category: category.optional() }),
  ),
  'person.create': channel<Person>()(
    z.strictObject({ name: title, position: line.optional(), unitId: id.nullable().optional(), category: category.optional() }),
  ),
  'person.update': channel<Person>()(
    z.strictObject({
      id,
      name: title.optional(),
      position: line.optional(),
      unitId: id.nullable().optional(),
      category: category.optional(),
    }),
  ),
  'person.delete': channel<null>()(byId),
  /** Protocol order (排序): moves a person to `position` (0-based) among the live people; returns them in order. */
  'person.move': channel<Person[]>()(z.strictObject({ id, position })),
  /** Puts everyone back in the default order (shared/precedence.ts). */
  'person.resetOrder': channel<Person[]>()(empty),

  /** Adds people (one, many, a whole unit or category); people already attending are left as they are. */
  'attendance.add': channel<Participant[]>()(
    z.strictObject({
      sessionId: id,
      personIds: z.array(id).max(2_000).optional(),
      unitId: id.optional(),
      category: category.optional(),
      role: role.optional(),
    }),
  ),
  'attendance.update': channel<Participant>()(
    z.strictObject({ sessionId: id, personId: id, role: role.optional(), presence: presence.optional() }),
  ),
  'attendance.remove': channel<null>()(z.strictObject({ sessionId: id, personId: id })),

  'trash.list': channel<TrashItem[]>()(empty),
  'trash.restore': channel<null>()(z.strictObject({ kind: z.enum(TRASH_KINDS), id })),
  'trash.purge': channel<null>()(z.strictObject({ kind: z.enum(TRASH_KINDS), id })),
  /** What still refers to a live programme, stage, unit or person: deleting it asks first, naming these. */
  'refs.of': channel<References>()(z.strictObject({ kind: z.enum(REFERABLE_KINDS), id })),

  'settings.get': channel<Settings>()(empty),
  'settings.update': channel<Settings>()(
    z.strictObject({
      language: locale.nullable().optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
      /** 临期: due within this many working days. */
      dueSoonDays: z.number().int().min(1).max(MAX_DUE_SOON_DAYS).optional(),
    }),
  ),

  'sample.load': channel<{ programmeId: string }>()(z.strictObject({ locale })),

  'backup.create': channel<BackupInfo>()(empty),
  'backup.list': channel<BackupInfo[]>()(empty),

  ...agendaChannels,
  ...noteChannels,
  ...actionChannels,
  ...minutesChannels,
  ...recoveryChannels,
  ...exportChannels,
  ...bundleChannels,
  ...directoryChannels,
  ...directoryFileChannels,
  ...followupChannels,
  ...followupFileChannels,
  ...calendarChannels,
  ...roomChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/** Channels the synchronous core serves; the others (exports) are served by main/service, the room's by main/room. */
export type SyncChannelName = Exclude<ChannelName, AsyncChannelName | RoomChannelName>;
export const ASYNC_CHANNEL_NAMES = [...Object.keys(exportChannels), ...Object.keys(directoryFileChannels), ...Object.keys(followupFileChannels)] as AsyncChannelName[];
export function isAsyncChannel(name: string): name is AsyncChannelName {
  return (ASYNC_CHANNEL_NAMES as string[]).includes(name);
}

export type InputOf<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Channels[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Channels[C]['output'], undefined>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}
