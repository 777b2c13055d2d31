/**
 * Protocol order (排序) in the database: people and units keep a dense 1..N `sort_order` over the
 * live rows (migration 013 says why). Every list of people reads PERSON_ORDER, so the directory,
 * a session's participants, the minutes' 出席 line, sign-in sheets and name cards agree; moving
 * someone renumbers the list; a new person or unit is placed where the default rule
 * (shared/precedence.ts) puts them among those already placed.
 */
import type { UnitKind } from '../../shared/domain.js';
import { defaultPersonOrder, defaultUnitOrder, personRank, unitRank, type RankedPerson } from '../../shared/precedence.js';
import type { CoreContext, ReadContext } from './context.js';
import { moveInOrder } from './ordering.js';

/** ORDER BY for people (`pe`, with its live unit `pu`): their place, their unit's place, their name. NULL (not placed yet) last. */
export const PERSON_ORDER = 'pe.sort_order IS NULL, pe.sort_order, pu.sort_order IS NULL, pu.sort_order, pe.name';
/** ORDER BY for units (`u`). */
export const UNIT_ORDER = 'u.sort_order IS NULL, u.sort_order, u.name';

export type OrderedTable = 'person' | 'unit';

const ORDERED_IDS: Record<OrderedTable, string> = {
  person: `SELECT pe.id FROM person pe LEFT JOIN unit pu ON pu.id = pe.unit_id AND pu.deleted_at IS NULL
            WHERE pe.deleted_at IS NULL ORDER BY ${PERSON_ORDER}`,
  unit: `SELECT u.id FROM unit u WHERE u.deleted_at IS NULL ORDER BY ${UNIT_ORDER}`,
};

/** The live rows' ids, in protocol order. */
export function orderedIds(ctx: ReadContext, table: OrderedTable): string[] {
  return (ctx.db.prepare(ORDERED_IDS[table]).all() as { id: string }[]).map((r) => r.id);
}

/** Writes 1..N in the order given, touching only the rows whose number changes. */
function renumber(ctx: CoreContext, table: OrderedTable, ids: readonly string[]) {
  const current = new Map(
    (ctx.db.prepare(`SELECT id, sort_order FROM ${table} WHERE deleted_at IS NULL`).all() as { id: string; sort_order: number | null }[]).map(
      (r) => [r.id, r.sort_order],
    ),
  );
  const set = ctx.db.prepare(`UPDATE ${table} SET sort_order = ? WHERE id = ?`);
  ids.forEach((id, index) => {
    if (current.get(id) !== index + 1) set.run(index + 1, id);
  });
  ctx.changed(table);
  // Participant lists, sign-in sheets and the minutes' draft read people in this order.
  ctx.changed('attendance');
}

/** Moves a live person or unit to `position` (0-based) in the protocol order; returns the new order. */
export function moveInProtocolOrder(ctx: CoreContext, table: OrderedTable, id: string, position: number): string[] {
  const ids = moveInOrder(orderedIds(ctx, table), id, position);
  renumber(ctx, table, ids);
  return ids;
}

const PEOPLE = 'SELECT pe.id, pe.position, pe.category FROM person pe WHERE pe.deleted_at IS NULL ORDER BY pe.created_at, pe.rowid';
const UNITS = 'SELECT u.id, u.kind FROM unit u WHERE u.deleted_at IS NULL ORDER BY u.created_at, u.rowid';

/**
 * Places a row just made: before the first row, in the current order (hand-made or not), whose
 * default rank is after its own; so a new 副县长 lands after the last 副县长, not at the end.
 */
export function placeNew(ctx: CoreContext, table: OrderedTable, id: string) {
  placeMany(ctx, table, [{ id, place: null }]);
}

/**
 * Places rows just made, all at once (a directory import of thousands: one read and one
 * renumbering, not one per row). A row without a place goes where placeNew would put it; then,
 * from the lowest, a row with a place (排序 in the imported file, 1-based) goes to that place.
 */
export function placeMany(ctx: CoreContext, table: OrderedTable, rows: readonly { id: string; place: number | null }[]) {
  const fresh = new Set(rows.map((row) => row.id));
  const rankOf = rankings(ctx, table);
  const rank = (id: string) => rankOf.get(id) ?? Number.MAX_SAFE_INTEGER;
  const ids = insertByRank(
    orderedIds(ctx, table).filter((other) => !fresh.has(other)),
    rows.filter((row) => row.place === null).map((row) => row.id),
    rank,
  );
  const placed = rows.filter((row): row is { id: string; place: number } => row.place !== null).sort((a, b) => a.place - b.place);
  for (const row of placed) ids.splice(Math.min(Math.max(Math.round(row.place) - 1, 0), ids.length), 0, row.id);
  renumber(ctx, table, ids);
}

/**
 * What inserting each new id in turn before the first id of a higher rank gives (placeNew's rule),
 * without a scan of the list per id: that first index is where the running maximum of the ranks
 * first exceeds the new id's rank (found by bisection), and ids landing in the same gap go in rank
 * order, equals as given. Thousands of imported people in a directory of thousands stay fast.
 */
export function insertByRank(list: readonly string[], fresh: readonly string[], rank: (id: string) => number): string[] {
  const runningMax: number[] = [];
  for (const id of list) runningMax.push(Math.max(runningMax.at(-1) ?? -Infinity, rank(id)));
  const gapOf = (r: number) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (runningMax[mid]! > r) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const gaps = new Map<number, string[]>();
  fresh
    .map((id, index) => ({ id, index, rank: rank(id) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .forEach((row) => {
      const gap = gapOf(row.rank);
      const inGap = gaps.get(gap);
      if (inGap) inGap.push(row.id);
      else gaps.set(gap, [row.id]);
    });
  const result: string[] = [];
  list.forEach((id, index) => result.push(...(gaps.get(index) ?? []), id));
  result.push(...(gaps.get(list.length) ?? []));
  return result;
}

function rankings(ctx: CoreContext, table: OrderedTable): Map<string, number> {
  if (table === 'unit') {
    const units = ctx.db.prepare(UNITS).all() as { id: string; kind: UnitKind }[];
    return new Map(units.map((u) => [u.id, unitRank(u.kind)]));
  }
  const people = ctx.db.prepare(PEOPLE).all() as RankedPerson[];
  return new Map(people.map((p) => [p.id, personRank(p)]));
}

/** "Reset to default order": the default rule over the whole live list of `table`, equals in the order they were entered. */
export function resetProtocolOrder(ctx: CoreContext, table: OrderedTable) {
  const ids =
    table === 'unit'
      ? defaultUnitOrder(ctx.db.prepare(UNITS).all() as { id: string; kind: UnitKind }[])
      : defaultPersonOrder(ctx.db.prepare(PEOPLE).all() as RankedPerson[]);
  renumber(ctx, table, ids);
}
