import { AppError } from '../../shared/contract/result.js';
import type { TrashItem, TrashKind } from '../../shared/domain.js';
import type { Topic } from '../../shared/contract/events.js';
import type { CoreContext, HandlerMap } from './context.js';
import { purgeDirectoryRow, sweepTombstones } from './purge.js';

/** Purged units and people kept as tombstones (purge.ts) are no longer in the trash. */
const inTrash = (kind: TrashKind) => (kind === 'unit' || kind === 'person' ? 'deleted_at IS NOT NULL AND purged_at IS NULL' : 'deleted_at IS NOT NULL');

/** The change topic of each kind of row. */
const TOPIC_OF: Record<TrashKind, Topic> = {
  programme: 'programme',
  stage: 'stage',
  session: 'session',
  unit: 'unit',
  person: 'person',
  agenda_item: 'agenda',
  note: 'note',
  plan: 'plan',
  action_item: 'action',
};

/** What the trash shows for each kind of row: the column (or expression) that names it. */
const LABEL_COLUMN: Record<TrashKind, string> = {
  programme: 'title',
  stage: 'title',
  session: 'title',
  unit: 'name',
  person: 'name',
  agenda_item: 'title',
  note: 'substr(text, 1, 80)',
  plan: 'title',
  action_item: 'title',
};

function requireTrashed(ctx: CoreContext, kind: TrashKind, id: string) {
  const row = ctx.db.prepare(`SELECT 1 FROM ${kind} WHERE id = ? AND ${inTrash(kind)}`).get(id);
  if (!row) throw new AppError('not_found', { entity: kind, id });
}

export const trashHandlers: HandlerMap<'trash'> = {
  'trash.list': (_input, ctx) => {
    const parts = (Object.keys(LABEL_COLUMN) as TrashKind[]).map(
      (kind) => `SELECT '${kind}' AS kind, id, ${LABEL_COLUMN[kind]} AS label, deleted_at FROM ${kind} WHERE ${inTrash(kind)}`,
    );
    const rows = ctx.db.prepare(`${parts.join(' UNION ALL ')} ORDER BY deleted_at DESC`).all() as {
      kind: TrashKind;
      id: string;
      label: string;
      deleted_at: string;
    }[];
    return rows.map((r): TrashItem => ({ kind: r.kind, id: r.id, label: r.label, deletedAt: r.deleted_at }));
  },

  'trash.restore': (input, ctx) => {
    requireTrashed(ctx, input.kind, input.id);
    if (input.kind === 'unit') {
      const { name } = ctx.db.prepare('SELECT name FROM unit WHERE id = ?').get(input.id) as { name: string };
      const clash = ctx.db.prepare('SELECT 1 FROM unit WHERE name = ? AND deleted_at IS NULL').get(name);
      if (clash) throw new AppError('conflict', { reason: 'unit_name_taken', name });
    }
    ctx.db.prepare(`UPDATE ${input.kind} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(ctx.now().toISOString(), input.id);
    ctx.changed(TOPIC_OF[input.kind], input.id);
    if (input.kind === 'plan') ctx.changed('note');
    ctx.changed('trash');
    if (input.kind === 'person' || input.kind === 'unit') ctx.changed('attendance');
    return null;
  },

  'trash.purge': (input, ctx) => {
    requireTrashed(ctx, input.kind, input.id);
    if (input.kind === 'plan' || input.kind === 'programme') {
      // An opinion "to be incorporated" must name its plan (a CHECK), so the plan's foreign key
      // cannot simply set it null: an opinion whose plan is gone for good is pending again.
      ctx.db
        .prepare(
          `UPDATE note SET disposition = 'pending', plan_id = NULL
            WHERE disposition = 'to_incorporate' AND plan_id IN (SELECT id FROM plan WHERE ${input.kind === 'plan' ? 'id' : 'programme_id'} = ?)`,
        )
        .run(input.id);
      ctx.changed('note');
    }
    if (input.kind === 'unit' || input.kind === 'person') {
      // What a task or a note showed stays: a tombstone while anything refers to it (purge.ts).
      purgeDirectoryRow(ctx, input.kind, input.id);
    } else {
      // Foreign keys cascade (stages, sessions, sittings, attendance, tasks) or set null.
      ctx.db.prepare(`DELETE FROM ${input.kind} WHERE id = ?`).run(input.id);
    }
    sweepTombstones(ctx);
    ctx.changed('trash');
    return null;
  },
};
