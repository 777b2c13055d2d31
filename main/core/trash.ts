import { TRASH_KINDS, type TrashItem, type TrashKind } from '../../shared/domain.js';
import type { HandlerMap } from './context.js';
import { ENTITIES } from './entities.js';
import { purge, restoreFromTrash } from './entity-lifecycle.js';

/** The Trash screen: every kind's trashed rows, named by its definition (entities.ts), newest first. */
export const trashHandlers: HandlerMap<'trash'> = {
  'trash.list': (_input, ctx) => {
    const parts = TRASH_KINDS.map((kind) => {
      const { table, trashLabel, inTrash } = ENTITIES[kind];
      return `SELECT '${kind}' AS kind, id, ${trashLabel} AS label, deleted_at FROM ${table} WHERE ${inTrash}`;
    });
    const rows = ctx.db.prepare(`${parts.join(' UNION ALL ')} ORDER BY deleted_at DESC`).all() as {
      kind: TrashKind;
      id: string;
      label: string;
      deleted_at: string;
    }[];
    return rows.map((r): TrashItem => ({ kind: r.kind, id: r.id, label: r.label, deletedAt: r.deleted_at }));
  },

  'trash.restore': (input, ctx) => {
    restoreFromTrash(ctx, input.kind, input.id);
    return null;
  },

  'trash.purge': (input, ctx) => {
    purge(ctx, input.kind, input.id);
    return null;
  },
};
