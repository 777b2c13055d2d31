import * as Y from 'yjs';
import type { TableName } from '../core/tables.js';

/**
 * The fields whose losing value is kept where the app shows history: a note's edited fields (its
 * versions, note_version) and a task's (its history lines, action_history).
 */
export const KEPT_ON_LOSS: Partial<Record<TableName, readonly string[]>> = {
  note: ['text', 'category', 'important', 'agenda_item_id', 'speaker_person_id', 'speaker_name', 'disposition', 'plan_id', 'disposition_reason'],
  action_item: ['title', 'description', 'deliverable', 'priority', 'status'],
};

/** `table/key` → column → the value that was current here and lost to a concurrent write. */
export type Losses = Map<string, Map<string, unknown>>;

interface MapItem {
  id: Y.ID;
  origin: Y.ID | null;
  left: MapItem | null;
  content: { getContent(): unknown[] };
}

/**
 * Read in 'afterTransaction' (before Yjs collects the deleted values): for each kept field a remote
 * transaction changed, the value that was current here before it. It was lost, rather than edited
 * further, when the winning write did not see it: the winner's origin (the value its writer
 * replaced) is not that item. A same-field conflict, decided by Yjs's rule the same way everywhere.
 */
export function concurrentLosses(tr: Y.Transaction, tableOf: (type: object) => TableName | undefined): Losses {
  const losses: Losses = new Map();
  for (const [type, columns] of tr.changed) {
    const item = type._item;
    const table = item ? tableOf(item.parent as object) : undefined;
    const kept = table ? KEPT_ON_LOSS[table] : undefined;
    if (!kept || !item?.parentSub) continue;
    const map = (type as unknown as { _map: Map<string, MapItem> })._map;
    for (const column of columns) {
      if (column === null || !kept.includes(column)) continue;
      const winner = map.get(column);
      if (!winner || winner.id.clock < (tr.beforeState.get(winner.id.client) ?? 0)) continue;
      let before = winner.left;
      while (before && before.id.clock >= (tr.beforeState.get(before.id.client) ?? 0)) before = before.left;
      if (!before || !Y.isDeleted(tr.deleteSet, before.id)) continue;
      const sawIt = winner.origin !== null && Y.compareIDs(winner.origin, before.id);
      if (sawIt) continue;
      const path = `${table}/${item.parentSub}`;
      losses.set(path, (losses.get(path) ?? new Map()).set(column, before.content.getContent()[0]));
    }
  }
  return losses;
}
