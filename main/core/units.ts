import { AppError } from '../../shared/contract/result.js';
import type { Unit } from '../../shared/domain.js';
import type { CoreContext, HandlerMap, ReadContext } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { UNIT_COLUMNS, toUnit, type UnitRow } from './rows.js';
import { UNIT_ORDER, moveInProtocolOrder, placeNew, resetProtocolOrder } from './precedence.js';
import { likePattern, nowIso, updateColumns } from './sql.js';

export function getUnit(ctx: ReadContext, id: string): Unit {
  const row = ctx.db.prepare(`SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = ? AND u.deleted_at IS NULL`).get(id) as
    | UnitRow
    | undefined;
  if (!row) throw new AppError('not_found', { entity: 'unit', id });
  return toUnit(row);
}

function refuseDuplicateName(ctx: CoreContext, name: string, exceptId?: string) {
  const clash = ctx.db
    .prepare('SELECT id FROM unit WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(name, exceptId ?? null);
  if (clash) throw new AppError('conflict', { reason: 'unit_name_taken', name });
}

/** Every live unit, in protocol order. */
const allUnits = (ctx: CoreContext): Unit[] =>
  (ctx.db.prepare(`SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.deleted_at IS NULL ORDER BY ${UNIT_ORDER}`).all() as UnitRow[]).map(toUnit);

export const unitHandlers: HandlerMap<'unit'> = {
  'unit.list': (input, ctx) => {
    const query = input.query?.trim();
    const rows = query
      ? ctx.db
          .prepare(
            `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.deleted_at IS NULL
               AND (u.name LIKE @q ESCAPE '\\' OR u.short_name LIKE @q ESCAPE '\\') ORDER BY ${UNIT_ORDER}`,
          )
          .all({ q: likePattern(query) })
      : null;
    return rows ? (rows as UnitRow[]).map(toUnit) : allUnits(ctx);
  },

  'unit.create': (input, ctx) => {
    refuseDuplicateName(ctx, input.name);
    const id = ctx.newId();
    const at = nowIso(ctx);
    ctx.db
      .prepare(
        `INSERT INTO unit (id, name, short_name, kind, created_at, updated_at) VALUES (@id, @name, @shortName, @kind, @at, @at)`,
      )
      .run({ id, name: input.name, shortName: input.shortName ?? '', kind: input.kind ?? 'other', at });
    placeNew(ctx, 'unit', id);
    ctx.changed('unit', id);
    return getUnit(ctx, id);
  },

  'unit.update': (input, ctx) => {
    getUnit(ctx, input.id);
    if (input.name !== undefined) refuseDuplicateName(ctx, input.name, input.id);
    const sets = updateColumns(input, { name: 'name', shortName: 'short_name', kind: 'kind' });
    ctx.db.prepare(`UPDATE unit SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`).run({ ...input, at: nowIso(ctx) });
    ctx.changed('unit', input.id);
    ctx.changed('person');
    return getUnit(ctx, input.id);
  },

  'unit.move': (input, ctx) => {
    getUnit(ctx, input.id);
    moveInProtocolOrder(ctx, 'unit', input.id, input.position);
    return allUnits(ctx);
  },

  'unit.resetOrder': (_input, ctx) => {
    resetProtocolOrder(ctx, 'unit');
    return allUnits(ctx);
  },

  'unit.delete': (input, ctx) => {
    getUnit(ctx, input.id);
    softDelete(ctx, 'unit', input.id);
    return null;
  },
};
