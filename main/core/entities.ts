/**
 * One definition per entity a user can delete: its table, what it announces when it changes, what
 * the Trash screen calls it, when it counts as in the trash, and the hooks its deletion, restoration
 * and purge need (renumbering, history, name clashes, tombstones). Its own channels (`agenda.delete`,
 * `action.restore`, …), the Trash screen's `trash.*` channels and anything else that deletes go
 * through main/core/entity-lifecycle.ts, which reads these definitions: restoring from the Trash and
 * undoing a deletion are the same code. A new entity a user can delete is added here, in one place
 * (test/unit/entities.test.ts checks that every table with a `deleted_at` column has a definition).
 */
import { AppError } from '../../shared/contract/result.js';
import { pinyinKeys } from '../../shared/pinyin.js';
import { TRASH_KINDS } from '../../shared/domain.js';
import type { SearchKind } from '../../shared/notes.js';
import type { CoreContext } from './context.js';
import { recordChange } from './action-history.js';
import { boardColumn, moveInOrder, renumberAgenda, renumberBoardColumn, sessionAgenda } from './ordering.js';
import { purgeDirectoryRow } from './purge.js';
import { nowIso } from './sql.js';
import type { SourceSpec } from './search-source.js';
import { tableSpec, type TableSpec } from './tables.js';

/** Every table a user can delete from: the kinds the Trash screen shows, and saved agenda templates. */
export const SOFT_DELETABLE = [...TRASH_KINDS, 'agenda_template'] as const;
export type SoftDeletable = (typeof SOFT_DELETABLE)[number];

/** A stored row, as `SELECT *` returns it. */
export type StoredRow = { id: string; deleted_at: string | null } & Record<string, unknown>;

export interface EntityDefinition {
  /** The table; a trash kind is its table's name. */
  table: SoftDeletable;
  /** What the Trash screen shows for a row: a column or an SQL expression. Null: not shown in the Trash. */
  trashLabel: string | null;
  /** SQL over the table: the row is in the trash (deleted and still restorable). */
  inTrash: string;
  /** Whether the table keeps `updated_at` (stamped on deletion and restoration). */
  stamped: boolean;
  /**
   * Its stored row (tables.ts): the shape, the key, the row it belongs to (its owner scope: a
   * programme's, or the directory's) and its references, which bundles carry and check and the
   * sample writes through. Null for a table no bundle carries.
   */
  rows: TableSpec | null;
  /**
   * What search finds it by, for one live row (search-index.ts indexes it, search.ts shows it).
   * The migrations' triggers mark it stale.
   */
  search?: { kind: SearchKind } & SourceSpec;
  /** Announces the row's change (topics and ids) after a deletion or a restoration. */
  announce(ctx: CoreContext, row: StoredRow): void;
  /** Refuses a deletion the entity does not allow (before anything is written). */
  beforeDelete?(ctx: CoreContext, row: StoredRow): void;
  /** What else a deletion changes (renumbering the rest, history). */
  afterDelete?(ctx: CoreContext, row: StoredRow): void;
  /** Refuses a restoration that would clash with what is live now. */
  beforeRestore?(ctx: CoreContext, row: StoredRow): void;
  /** What else a restoration changes: where the row goes back to, history. */
  afterRestore?(ctx: CoreContext, row: StoredRow): void;
  /** What a purge must do before the row goes (rows that cannot simply lose their reference). */
  beforePurge?(ctx: CoreContext, row: StoredRow): void;
  /** Removes the row for good; by default a plain DELETE (foreign keys cascade or set null). */
  purgeRow?(ctx: CoreContext, row: StoredRow): void;
}

const TRASHED = 'deleted_at IS NOT NULL';
/** Purged units and people kept as tombstones (purge.ts) are no longer in the trash. */
const TRASHED_NOT_PURGED = 'deleted_at IS NOT NULL AND purged_at IS NULL';

const text = (row: StoredRow, column: string) => row[column] as string;

const programmeOfAction = (ctx: CoreContext, actionId: string) =>
  ctx.db.prepare('SELECT programme_id FROM action_item WHERE id = ?').pluck().get(actionId) as string;

/** How a progress report reads in its task's history: its date and its text. */
export const progressLine = (row: { date: string; text: string }) => `${row.date} ${row.text}`;
const progressText = (row: StoredRow) => progressLine({ date: text(row, 'date'), text: text(row, 'text') });

/**
 * An opinion "to be incorporated" must name its plan (a CHECK), so the plan's foreign key cannot
 * simply set it null: an opinion whose plan is gone for good is pending again.
 */
function releaseOpinions(ctx: CoreContext, of: 'plan' | 'programme', id: string) {
  ctx.db
    .prepare(
      `UPDATE note SET disposition = 'pending', plan_id = NULL
        WHERE disposition = 'to_incorporate' AND plan_id IN (SELECT id FROM plan WHERE ${of === 'plan' ? 'id' : 'programme_id'} = ?)`,
    )
    .run(id);
  ctx.changed('note');
}

export const ENTITIES: { readonly [T in SoftDeletable]: EntityDefinition & { table: T } } = {
  programme: {
    table: 'programme',
    trashLabel: 'title',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('programme'),
    announce: (ctx, row) => ctx.changed('programme', row.id),
    beforePurge: (ctx, row) => releaseOpinions(ctx, 'programme', row.id),
  },
  stage: {
    table: 'stage',
    trashLabel: 'title',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('stage'),
    announce: (ctx, row) => ctx.changed('stage', row.id, text(row, 'programme_id')),
  },
  session: {
    table: 'session',
    trashLabel: 'title',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('session'),
    search: {
      kind: 'session',
      sql: `SELECT title, theme || ' ' || venue AS body FROM session WHERE id = ? AND deleted_at IS NULL`,
    },
    announce: (ctx, row) => ctx.changed('session', row.id),
  },
  unit: {
    table: 'unit',
    trashLabel: 'name',
    inTrash: TRASHED_NOT_PURGED,
    stamped: true,
    rows: tableSpec('unit'),
    search: {
      kind: 'unit',
      sql: `SELECT name AS title, short_name AS body FROM unit WHERE id = ? AND deleted_at IS NULL`,
      // Also by the pinyin of its name and short name, as the pickers find it ("gxj": 工信局).
      words: (row) => ({ ...row, keys: [pinyinKeys(row.title), pinyinKeys(row.body)].filter(Boolean).join(' ') }),
    },
    // People show their unit; attendance lists show both.
    announce: (ctx, row) => {
      ctx.changed('unit', row.id);
      ctx.changed('person');
      ctx.changed('attendance');
    },
    beforeRestore: (ctx, row) => {
      const name = text(row, 'name');
      const clash = ctx.db.prepare('SELECT 1 FROM unit WHERE name = ? AND deleted_at IS NULL').get(name);
      if (clash) throw new AppError('conflict', { reason: 'unit_name_taken', name });
    },
    purgeRow: (ctx, row) => purgeDirectoryRow(ctx, 'unit', row.id),
  },
  person: {
    table: 'person',
    trashLabel: 'name',
    inTrash: TRASHED_NOT_PURGED,
    stamped: true,
    rows: tableSpec('person'),
    // A person is found by name, position and unit ("工信" finds the industry bureau's people), and by
    // the pinyin of the name, full or initials ("wf" finds 王芳), as the pickers find them.
    search: {
      kind: 'person',
      sql: `SELECT p.name AS title, p.position || ' ' || coalesce((SELECT u.name FROM unit u WHERE u.id = p.unit_id), '') AS body
              FROM person p WHERE p.id = ? AND p.deleted_at IS NULL`,
      words: (row) => ({ ...row, keys: pinyinKeys(row.title, { person: true }) }),
    },
    announce: (ctx, row) => {
      ctx.changed('person', row.id);
      ctx.changed('attendance');
    },
    purgeRow: (ctx, row) => purgeDirectoryRow(ctx, 'person', row.id),
  },
  agenda_item: {
    table: 'agenda_item',
    trashLabel: 'title',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('agenda_item'),
    announce: (ctx, row) => ctx.changed('agenda', text(row, 'session_id'), row.id),
    beforeDelete: (_ctx, row) => {
      if (row.status === 'running') throw new AppError('invalid_state', { reason: 'item_running' });
    },
    // The rest close up; the deleted item keeps its position, which is where it goes back to.
    afterDelete: (ctx, row) => renumberAgenda(ctx, sessionAgenda(ctx, text(row, 'session_id'))),
    afterRestore: (ctx, row) =>
      renumberAgenda(ctx, moveInOrder(sessionAgenda(ctx, text(row, 'session_id')), row.id, row.position as number)),
  },
  note: {
    table: 'note',
    trashLabel: 'substr(text, 1, 80)',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('note'),
    search: {
      kind: 'note',
      sql: `SELECT speaker_name AS title, text AS body FROM note WHERE id = ? AND deleted_at IS NULL`,
    },
    announce: (ctx, row) => ctx.changed('note', text(row, 'session_id'), row.id),
  },
  plan: {
    table: 'plan',
    trashLabel: 'title',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('plan'),
    // The opinions list shows each opinion's plan.
    announce: (ctx, row) => {
      ctx.changed('plan', text(row, 'programme_id'), row.id);
      ctx.changed('note');
    },
    beforePurge: (ctx, row) => releaseOpinions(ctx, 'plan', row.id),
  },
  action_item: {
    table: 'action_item',
    trashLabel: 'title',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('action_item'),
    search: {
      kind: 'action',
      sql: `SELECT title, description || ' ' || deliverable AS body FROM action_item WHERE id = ? AND deleted_at IS NULL`,
    },
    // A note shows the tasks made from it.
    announce: (ctx, row) => {
      ctx.changed('action', text(row, 'programme_id'), row.id);
      if (row.note_id) ctx.changed('note');
    },
    // Every change of a task is in its history (deleted, restored); its column closes up, and a
    // restored task goes to the end of its column (its old place may be taken by then).
    afterDelete: (ctx, row) => {
      recordChange(ctx, row.id, 'deleted', null, nowIso(ctx));
      renumberBoardColumn(ctx, boardColumn(ctx, text(row, 'programme_id'), text(row, 'status')));
    },
    afterRestore: (ctx, row) => {
      const column = boardColumn(ctx, text(row, 'programme_id'), text(row, 'status')).filter((id) => id !== row.id);
      ctx.db.prepare('UPDATE action_item SET board_position = ? WHERE id = ?').run(column.length, row.id);
      recordChange(ctx, row.id, 'restored', null, nowIso(ctx));
    },
  },
  // A progress report (督办): its task's history says it was deleted or restored, with its text.
  action_progress: {
    table: 'action_progress',
    trashLabel: 'text',
    inTrash: TRASHED,
    stamped: true,
    rows: tableSpec('action_progress'),
    announce: (ctx, row) => ctx.changed('action', programmeOfAction(ctx, text(row, 'action_id')), text(row, 'action_id')),
    afterDelete: (ctx, row) => recordChange(ctx, text(row, 'action_id'), 'progressDeleted', progressText(row), null),
    afterRestore: (ctx, row) => recordChange(ctx, text(row, 'action_id'), 'progressRestored', null, progressText(row)),
  },
  // A file of a progress report or of the deliverable: its task's history names it; its bytes stay.
  action_file: {
    table: 'action_file',
    trashLabel: 'name',
    inTrash: TRASHED,
    stamped: false,
    rows: tableSpec('action_file'),
    announce: (ctx, row) => ctx.changed('action', programmeOfAction(ctx, text(row, 'action_id')), text(row, 'action_id')),
    afterDelete: (ctx, row) => recordChange(ctx, text(row, 'action_id'), 'fileDeleted', text(row, 'name'), null),
    afterRestore: (ctx, row) => recordChange(ctx, text(row, 'action_id'), 'fileRestored', null, text(row, 'name')),
  },
  agenda_template: {
    table: 'agenda_template',
    // Saved templates are not shown in the Trash (yet): deleting one is final for the user.
    trashLabel: null,
    inTrash: TRASHED,
    stamped: false,
    rows: null,
    announce: (ctx, row) => ctx.changed('template', row.id),
  },
};
