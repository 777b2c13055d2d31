/**
 * The tables of a programme and of the directory, one spec each, in the order rows are written
 * (parents first): the exact shape of a stored row, its key, the row it belongs to and the references
 * it holds. The bundle carries exactly these tables and checks every row against them; the sample
 * loader writes its rows through them (row-writer.ts); core/rows.ts derives its row types from them;
 * the entity definitions (entities.ts) name them. Adding a column to one of these tables means adding
 * it here; a test (bundle-roundtrip) compares these shapes with the live schema.
 */
import { z } from 'zod';
import { FILE_ROLES, MAX_FILE_BYTES } from '../../shared/action-files.js';
import { ACTION_STATUSES, EXTENSION_STATUSES, PRIORITIES } from '../../shared/actions.js';
import { AGENDA_KINDS, ITEM_STATUSES, PROJECTOR_MODES, SPEAKER_STATUSES } from '../../shared/agenda.js';
import { LOCALES } from '../../shared/contract/fields.js';
import {
  ATTENDANCE_ROLES,
  MINUTES_STATUSES,
  PERSON_CATEGORIES,
  PRESENCES,
  SESSION_MODES,
  SESSION_STATUSES,
  UNIT_KINDS,
} from '../../shared/domain.js';
import { DISPOSITIONS, NOTE_CATEGORIES } from '../../shared/notes.js';
import { clockTime, count, flag, id, isoDate, LINE, LONG, maybeTimestamp, NAME, order, ref, required, text, timestamp } from './row-fields.js';
import { handOrderedText, minutesDocumentText } from './minutes-document.js';
import { timeZoneName } from '../../shared/time-zone.js';

export const TABLE_NAMES = [
  'programme',
  'stage',
  'unit',
  'person',
  'session',
  'sitting',
  'attendance',
  'agenda_item',
  'speaker',
  'speech',
  'run_state',
  'plan',
  'note',
  'note_version',
  'action_item',
  'action_co_unit',
  'action_check',
  'action_history',
  'action_progress',
  'action_extension',
  'action_file',
  'minutes',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A stored row: column name to value, exactly as `SELECT *` returns it. */
export type Row = Record<string, unknown>;

export interface TableSpec {
  name: TableName;
  /** The primary key's columns: what makes two rows "the same row" on two laptops. */
  key: readonly string[];
  row: z.ZodType<Row> & { shape: Record<string, z.ZodType> };
  /**
   * The row this one belongs to (a note's session, a stage's programme): it must travel in the same
   * bundle, so a bundle can only ever add to the programme it carries.
   */
  owner?: { column: string; table: TableName };
  /** Other references: to a row in the bundle or one already on this laptop. */
  refs?: Readonly<Record<string, TableName>>;
  /** References the database does not enforce (history keeps a speaker who may since be purged). */
  loose?: Readonly<Record<string, TableName>>;
  /** The key is a local counter, not the row's identity on another laptop (history.ts matches by content). */
  localKey?: true;
}

/**
 * The directory (units, people) is shared by every programme: a bundle carries the entries its rows
 * name, matched to the entries here (directory-match.ts). Every other row belongs to one programme.
 */
export const DIRECTORY: ReadonlySet<TableName> = new Set(['unit', 'person']);

const stamps = { created_at: timestamp, updated_at: timestamp };
const trashable = { ...stamps, deleted_at: maybeTimestamp };
/** A purged unit or person still named by what refers to it (migration 012); absent in older bundles. */
const tombstone = { purged_at: maybeTimestamp.optional() };
/** Protocol order (排序, migration 013); absent in older bundles (the row is then placed after the placed ones). */
const protocolOrder = { sort_order: order.nullable().optional() };

/** Typed as written, so each table's row type can be read off its shape (StoredRowOf below). */
const SPECS = [
  {
    name: 'programme',
    key: ['id'],
    row: z.strictObject({
      id,
      title: required(NAME),
      description: text(LONG),
      locale: z.enum(LOCALES),
      /** Migration 012; absent in older bundles (the column's default then applies). */
      time_zone: timeZoneName.optional(),
      ...trashable,
    }),
  },
  {
    name: 'stage',
    key: ['id'],
    row: z.strictObject({
      id,
      programme_id: id,
      position: order,
      title: required(NAME),
      audience: text(LONG),
      purpose: text(LONG),
      ...trashable,
    }),
    owner: { column: 'programme_id', table: 'programme' },
  },
  {
    name: 'unit',
    key: ['id'],
    row: z.strictObject({ id, name: required(NAME), short_name: text(LINE), kind: z.enum(UNIT_KINDS), ...trashable, ...tombstone, ...protocolOrder }),
  },
  {
    name: 'person',
    key: ['id'],
    row: z.strictObject({
      id,
      name: required(NAME),
      position: text(LINE),
      unit_id: ref,
      category: z.enum(PERSON_CATEGORIES),
      ...trashable,
      ...tombstone,
      ...protocolOrder,
    }),
    refs: { unit_id: 'unit' },
  },
  {
    name: 'session',
    key: ['id'],
    row: z.strictObject({
      id,
      stage_id: id,
      position: order,
      title: required(NAME),
      theme: text(LINE),
      mode: z.enum(SESSION_MODES),
      venue: text(LINE),
      chair_id: ref,
      secretary_id: ref,
      status: z.enum(SESSION_STATUSES),
      minutes_status: z.enum(MINUTES_STATUSES),
      ...trashable,
    }),
    owner: { column: 'stage_id', table: 'stage' },
    refs: { chair_id: 'person', secretary_id: 'person' },
  },
  {
    name: 'sitting',
    key: ['id'],
    row: z
      .strictObject({ id, session_id: id, position: order, date: isoDate, start_time: clockTime, end_time: clockTime, ...stamps })
      .refine((r) => r.start_time < r.end_time, { message: 'end_before_start', path: ['end_time'] }),
    owner: { column: 'session_id', table: 'session' },
  },
  {
    name: 'attendance',
    key: ['session_id', 'person_id'],
    row: z.strictObject({
      session_id: id,
      person_id: id,
      role: z.enum(ATTENDANCE_ROLES),
      presence: z.enum(PRESENCES),
      ...stamps,
    }),
    owner: { column: 'session_id', table: 'session' },
    refs: { person_id: 'person' },
  },
  {
    name: 'agenda_item',
    key: ['id'],
    row: z.strictObject({
      id,
      session_id: id,
      sitting_id: ref,
      position: order,
      kind: z.enum(AGENDA_KINDS),
      title: required(NAME),
      presenter_id: ref,
      presenter_name: text(LINE),
      planned_minutes: count(1440),
      chair_notes: text(LONG),
      speaker_prompt: text(LINE),
      status: z.enum(ITEM_STATUSES),
      actual_start: maybeTimestamp,
      actual_end: maybeTimestamp,
      ...trashable,
    }),
    owner: { column: 'session_id', table: 'session' },
    refs: { sitting_id: 'sitting', presenter_id: 'person' },
  },
  {
    name: 'speaker',
    key: ['id'],
    row: z
      .strictObject({
        id,
        agenda_item_id: id,
        position: order,
        person_id: ref,
        free_name: text(NAME),
        planned_seconds: count(86_400),
        prompt: text(LINE),
        status: z.enum(SPEAKER_STATUSES),
        is_interjection: flag,
        // Added by migration 010: a bundle from before it has no such column (the countdown shows).
        hide_countdown: flag.default(0),
        ...stamps,
      })
      .refine((r) => r.person_id !== null || r.free_name !== '', { message: 'speaker_required', path: ['person_id'] }),
    owner: { column: 'agenda_item_id', table: 'agenda_item' },
    refs: { person_id: 'person' },
  },
  {
    name: 'speech',
    key: ['id'],
    row: z
      .strictObject({ id, speaker_id: id, started_at: timestamp, ended_at: maybeTimestamp })
      .refine((r) => r.ended_at === null || r.ended_at >= r.started_at, { message: 'end_before_start', path: ['ended_at'] }),
    owner: { column: 'speaker_id', table: 'speaker' },
  },
  {
    name: 'run_state',
    key: ['session_id'],
    row: z.strictObject({
      session_id: id,
      current_item_id: ref,
      current_speaker_id: ref,
      paused_at: maybeTimestamp,
      projector_mode: z.enum(PROJECTOR_MODES),
      break_until: maybeTimestamp,
      projector_message: text(LINE),
      // Added by migration 010; a bundle from before it has none: one sitting, not adjourned, countdown shown.
      adjourned_at: maybeTimestamp.default(null),
      sitting_no: z.number().int().min(1).max(1000).default(1),
      hide_countdown: flag.default(0),
      updated_at: timestamp,
    }),
    owner: { column: 'session_id', table: 'session' },
    refs: { current_item_id: 'agenda_item', current_speaker_id: 'speaker' },
  },
  {
    name: 'plan',
    key: ['id'],
    row: z.strictObject({ id, programme_id: id, title: required(NAME), description: text(LONG), ...trashable }),
    owner: { column: 'programme_id', table: 'programme' },
  },
  {
    name: 'note',
    key: ['id'],
    row: z
      .strictObject({
        id,
        session_id: id,
        agenda_item_id: ref,
        speaker_person_id: ref,
        speaker_name: text(LINE),
        category: z.enum(NOTE_CATEGORIES),
        text: required(LONG),
        important: flag,
        captured_at: timestamp,
        captured_by: text(LINE),
        disposition: z.enum(DISPOSITIONS).nullable(),
        plan_id: ref,
        disposition_reason: text(LINE),
        version: count(1_000_000).min(1),
        ...trashable,
      })
      .refine((r) => r.disposition !== 'declined' || r.disposition_reason !== '', { message: 'reason_required', path: ['disposition_reason'] })
      .refine((r) => r.disposition !== 'to_incorporate' || r.plan_id !== null, { message: 'plan_required', path: ['plan_id'] }),
    owner: { column: 'session_id', table: 'session' },
    refs: { agenda_item_id: 'agenda_item', speaker_person_id: 'person', plan_id: 'plan' },
  },
  {
    name: 'note_version',
    key: ['note_id', 'version'],
    row: z.strictObject({
      note_id: id,
      version: count(1_000_000).min(1),
      text: text(LONG),
      category: z.enum(NOTE_CATEGORIES),
      speaker_person_id: ref,
      speaker_name: text(LINE),
      important: flag,
      edited_at: timestamp,
      // Since schema 9; a bundle from before has none of them: where it stood is not known.
      agenda_item_id: ref.default(null),
      disposition: z.enum(DISPOSITIONS).nullable().default(null),
      plan_id: ref.default(null),
      disposition_reason: text(LINE).default(''),
    }),
    owner: { column: 'note_id', table: 'note' },
    loose: { speaker_person_id: 'person', agenda_item_id: 'agenda_item', plan_id: 'plan' },
  },
  {
    name: 'action_item',
    key: ['id'],
    row: z.strictObject({
      id,
      programme_id: id,
      session_id: ref,
      agenda_item_id: ref,
      note_id: ref,
      title: required(NAME),
      description: text(LONG),
      deliverable: text(LONG),
      lead_unit_id: ref,
      owner_person_id: ref,
      due_date: isoDate.nullable(),
      due_rule: text(LINE),
      status: z.enum(ACTION_STATUSES),
      priority: z.enum(PRIORITIES),
      board_position: order,
      ...trashable,
      // Since schema 15 (follow-up): the due date before the first approved extension.
      original_due_date: isoDate.nullable().default(null),
    }),
    owner: { column: 'programme_id', table: 'programme' },
    refs: { session_id: 'session', agenda_item_id: 'agenda_item', note_id: 'note', lead_unit_id: 'unit', owner_person_id: 'person' },
  },
  {
    name: 'action_co_unit',
    key: ['action_id', 'unit_id'],
    row: z.strictObject({ action_id: id, unit_id: id, position: order }),
    owner: { column: 'action_id', table: 'action_item' },
    refs: { unit_id: 'unit' },
  },
  {
    name: 'action_check',
    key: ['id'],
    row: z.strictObject({ id, action_id: id, position: order, text: required(NAME), done: flag }),
    owner: { column: 'action_id', table: 'action_item' },
  },
  {
    // `id` is a local counter, not a stable id: the importer matches history by content (history.ts).
    name: 'action_history',
    key: ['id'],
    row: z.strictObject({
      id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
      action_id: id,
      at: timestamp,
      field: required(NAME),
      old_value: text(LONG).nullable(),
      new_value: text(LONG).nullable(),
    }),
    owner: { column: 'action_id', table: 'action_item' },
    localKey: true,
  },
  {
    name: 'action_progress',
    key: ['id'],
    row: z.strictObject({
      id,
      action_id: id,
      date: isoDate,
      text: required(LONG),
      reporter_unit_id: ref,
      reporter_person_id: ref,
      ...trashable,
    }),
    owner: { column: 'action_id', table: 'action_item' },
    refs: { reporter_unit_id: 'unit', reporter_person_id: 'person' },
  },
  {
    name: 'action_extension',
    key: ['id'],
    row: z.strictObject({
      id,
      action_id: id,
      requested_date: isoDate,
      reason: required(LONG),
      status: z.enum(EXTENSION_STATUSES),
      created_at: timestamp,
      decided_at: maybeTimestamp,
      decision_note: text(LONG),
    }),
    owner: { column: 'action_id', table: 'action_item' },
  },
  {
    // The bytes travel beside the rows in a bundle (files/<sha256>); the row only names them.
    name: 'action_file',
    key: ['id'],
    row: z.strictObject({
      id,
      action_id: id,
      progress_id: ref,
      role: z.enum(FILE_ROLES),
      name: required(NAME),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: count(MAX_FILE_BYTES),
      mime: required(NAME),
      created_at: timestamp,
      deleted_at: maybeTimestamp,
    }),
    owner: { column: 'action_id', table: 'action_item' },
    refs: { progress_id: 'action_progress' },
  },
  {
    name: 'minutes',
    key: ['session_id', 'version'],
    row: z
      .strictObject({
        session_id: id,
        version: count(100_000).min(1),
        status: z.enum(MINUTES_STATUSES),
        locale: z.enum(LOCALES),
        document: minutesDocumentText,
        /** Migration 013: the name lists reordered by hand (a JSON array of list keys); absent in older bundles. */
        hand_ordered: handOrderedText.optional(),
        ...stamps,
        approved_at: maybeTimestamp,
      })
      .refine((r) => r.status === 'draft' || r.approved_at !== null, { message: 'check', path: ['approved_at'] }),
    owner: { column: 'session_id', table: 'session' },
  },
] as const satisfies readonly TableSpec[];

export const TABLES: readonly TableSpec[] = SPECS;

export const TABLE_BY_NAME = new Map<TableName, TableSpec>(TABLES.map((spec) => [spec.name, spec]));

type SpecOf<N extends TableName> = Extract<(typeof SPECS)[number], { name: N }>;
/** A stored row of one table, typed from its shape above (core/rows.ts picks its columns from these). */
export type StoredRowOf<N extends TableName> = z.output<SpecOf<N>['row']>;
/** What may be written into one table: its columns, each optional (an absent one takes the column's default). */
export type NewRowOf<N extends TableName> = Partial<z.input<SpecOf<N>['row']>>;

export function tableSpec(name: TableName): TableSpec {
  return TABLE_BY_NAME.get(name)!;
}

/** Every reference a row of `spec` holds, owner first: column, target table and how strict. */
export function referencesOf(spec: TableSpec): { column: string; table: TableName; kind: 'owner' | 'ref' | 'loose' }[] {
  return [
    ...(spec.owner ? [{ ...spec.owner, kind: 'owner' as const }] : []),
    ...Object.entries(spec.refs ?? {}).map(([column, table]) => ({ column, table, kind: 'ref' as const })),
    ...Object.entries(spec.loose ?? {}).map(([column, table]) => ({ column, table, kind: 'loose' as const })),
  ];
}

/** The identity of a row across laptops: its key columns' values. */
export function rowKey(spec: TableSpec, row: Row): string {
  return spec.key.length === 1 ? String(row[spec.key[0]!]) : JSON.stringify(spec.key.map((column) => row[column]));
}
