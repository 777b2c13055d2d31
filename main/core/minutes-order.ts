/**
 * The minutes editor's "regenerate" keeps an order the secretary made by hand. The draft lists
 * names in protocol order (排序); a secretary who reorders the 出席 line (or 列席, 请假, 缺席, 未记录)
 * means it, so saving the draft marks that list as ordered by hand (`minutes.hand_ordered`,
 * migration 013), and a regenerated draft keeps that order for those lists. Lists never reordered
 * by hand follow the directory's order as it is now.
 */
import type { MinutesDocument } from '../../shared/minutes.js';

/** A document's name lists, each under a key that survives a regenerate: `attendees:<group>`, `observers`, ... */
function nameLists(doc: MinutesDocument): Map<string, string[]> {
  const lists = new Map<string, string[]>(doc.attendees.map((g) => [`attendees:${g.group}`, g.names]));
  for (const key of ['observers', 'excused', 'absent', 'unrecorded'] as const) lists.set(key, doc[key]);
  return lists;
}

/** Whether the names both lists hold come in another order in `after`. */
function reordered(before: readonly string[], after: readonly string[]): boolean {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((name) => inAfter.has(name));
  const b = after.filter((name) => inBefore.has(name));
  return a.some((name, index) => b[index] !== name);
}

/** The keys of the lists that `after` (as saved) puts in another order than `before` (as stored). */
export function handOrderedLists(before: MinutesDocument, after: MinutesDocument): string[] {
  const old = nameLists(before);
  return [...nameLists(after)].filter(([key, names]) => old.has(key) && reordered(old.get(key)!, names)).map(([key]) => key);
}

/**
 * `fresh` with the names `previous` also holds put in `previous`'s order, in the places those names
 * take in `fresh`: a name new to the list keeps its place by precedence; one gone stays gone.
 */
export function keepOrder(fresh: readonly string[], previous: readonly string[]): string[] {
  const kept = new Set(previous);
  const count = new Map<string, number>();
  for (const name of fresh) if (kept.has(name)) count.set(name, (count.get(name) ?? 0) + 1);
  // Each name as often as `fresh` holds it (two people may share a name), in `previous`'s order.
  const queue = [...new Set(previous)].flatMap((name) => Array<string>(count.get(name) ?? 0).fill(name));
  let next = 0;
  return fresh.map((name) => (kept.has(name) ? queue[next++]! : name));
}

/** A regenerated draft, with the lists in `keys` in the order `previous` gave them by hand. */
export function keepHandOrder(fresh: MinutesDocument, previous: MinutesDocument, keys: readonly string[]): MinutesDocument {
  const old = nameLists(previous);
  const wanted = new Set(keys);
  const kept = (key: string, names: string[]) => (wanted.has(key) && old.has(key) ? keepOrder(names, old.get(key)!) : names);
  return {
    ...fresh,
    attendees: fresh.attendees.map((g) => ({ ...g, names: kept(`attendees:${g.group}`, g.names) })),
    observers: kept('observers', fresh.observers),
    excused: kept('excused', fresh.excused),
    absent: kept('absent', fresh.absent),
    unrecorded: kept('unrecorded', fresh.unrecorded),
  };
}
