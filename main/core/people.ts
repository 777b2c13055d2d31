import { AppError } from '../../shared/contract/result.js';
import type { Person } from '../../shared/domain.js';
import type { CoreContext, HandlerMap } from './context.js';
import { softDelete } from './entity-lifecycle.js';
import { PERSON_COLUMNS, PERSON_UNIT_JOIN, toPerson, type PersonRow } from './rows.js';
import { PERSON_ORDER, moveInProtocolOrder, placeNew, resetProtocolOrder } from './precedence.js';
import { likePattern, nowIso, requireLive, updateColumns } from './sql.js';

export function getPerson(ctx: CoreContext, id: string): Person {
  const row = ctx.db
    .prepare(`SELECT ${PERSON_COLUMNS} FROM person pe ${PERSON_UNIT_JOIN} WHERE pe.id = ? AND pe.deleted_at IS NULL`)
    .get(id) as PersonRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'person', id });
  return toPerson(row);
}

/** Every live person, in protocol order. */
function allPeople(ctx: CoreContext): Person[] {
  const rows = ctx.db
    .prepare(`SELECT ${PERSON_COLUMNS} FROM person pe ${PERSON_UNIT_JOIN} WHERE pe.deleted_at IS NULL ORDER BY ${PERSON_ORDER}`)
    .all() as PersonRow[];
  return rows.map(toPerson);
}

export const personHandlers: HandlerMap<'person'> = {
  'person.list': (input, ctx) => {
    const where = ['pe.deleted_at IS NULL'];
    const params: Record<string, string> = {};
    const query = input.query?.trim();
    if (query) {
      where.push(`(pe.name LIKE @q ESCAPE '\\' OR pe.position LIKE @q ESCAPE '\\' OR pu.name LIKE @q ESCAPE '\\')`);
      params.q = likePattern(query);
    }
    if (input.unitId) {
      where.push('pe.unit_id = @unitId');
      params.unitId = input.unitId;
    }
    if (input.category) {
      where.push('pe.category = @category');
      params.category = input.category;
    }
    const rows = ctx.db
      .prepare(`SELECT ${PERSON_COLUMNS} FROM person pe ${PERSON_UNIT_JOIN} WHERE ${where.join(' AND ')} ORDER BY ${PERSON_ORDER}`)
      .all(params) as PersonRow[];
    return rows.map(toPerson);
  },

  'person.create': (input, ctx) => {
    if (input.unitId) requireLive(ctx, 'unit', input.unitId);
    const id = ctx.newId();
    const at = nowIso(ctx);
    ctx.db
      .prepare(
        `INSERT INTO person (id, name, position, unit_id, category, created_at, updated_at)
         VALUES (@id, @name, @position, @unitId, @category, @at, @at)`,
      )
      .run({
        id,
        name: input.name,
        position: input.position ?? '',
        unitId: input.unitId ?? null,
        category: input.category ?? 'other',
        at,
      });
    placeNew(ctx, 'person', id);
    ctx.changed('person', id);
    return getPerson(ctx, id);
  },

  'person.update': (input, ctx) => {
    getPerson(ctx, input.id);
    if (input.unitId) requireLive(ctx, 'unit', input.unitId);
    const sets = updateColumns(input, { name: 'name', position: 'position', unitId: 'unit_id', category: 'category' });
    ctx.db.prepare(`UPDATE person SET ${[...sets, 'updated_at = @at'].join(', ')} WHERE id = @id`).run({ ...input, at: nowIso(ctx) });
    ctx.changed('person', input.id);
    ctx.changed('attendance');
    return getPerson(ctx, input.id);
  },

  'person.move': (input, ctx) => {
    getPerson(ctx, input.id);
    moveInProtocolOrder(ctx, 'person', input.id, input.position);
    return allPeople(ctx);
  },

  'person.resetOrder': (_input, ctx) => {
    resetProtocolOrder(ctx, 'person');
    return allPeople(ctx);
  },

  'person.delete': (input, ctx) => {
    getPerson(ctx, input.id);
    softDelete(ctx, 'person', input.id);
    return null;
  },
};
