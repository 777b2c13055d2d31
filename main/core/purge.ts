/**
 * Purging a unit or a person that something still refers to.
 *
 * Tasks, notes, sessions, agenda items and speaker queues refer to units and people by id and show
 * their names. Deleting the row outright would blank every one of those (foreign keys set null), and
 * a queued speaker without a free-text name cannot even be blanked (a CHECK refuses it). So such a
 * row is kept as a tombstone: `purged_at` set, gone from the directory, the trash and search for
 * good, while every reader that joins by id (the board, minutes drafts, exports, bundles, history)
 * keeps showing the name it showed. We chose this over copying the name onto each referring row at
 * purge time because a copy would need a name column on eight referring columns (lead, co-units,
 * owner, note speaker and its versions, chair, secretary, attendance, presenter, queued speaker) and a
 * fallback in every reader; a tombstone needs neither and cannot drift from what was shown.
 * A row nothing refers to is deleted for real, and a tombstone goes once nothing refers to it any more.
 */
import type { CoreContext } from './context.js';

export type TombstoneTable = 'unit' | 'person';

/** Whether any row, live or trashed, refers to `x.id`: SQL over the alias `x`. */
const REFERRED: Record<TombstoneTable, string> = {
  unit: `EXISTS (SELECT 1 FROM action_item WHERE lead_unit_id = x.id)
      OR EXISTS (SELECT 1 FROM action_co_unit WHERE unit_id = x.id)
      OR EXISTS (SELECT 1 FROM person WHERE unit_id = x.id)`,
  person: `EXISTS (SELECT 1 FROM action_item WHERE owner_person_id = x.id)
      OR EXISTS (SELECT 1 FROM note WHERE speaker_person_id = x.id)
      OR EXISTS (SELECT 1 FROM note_version WHERE speaker_person_id = x.id)
      OR EXISTS (SELECT 1 FROM session WHERE chair_id = x.id OR secretary_id = x.id)
      OR EXISTS (SELECT 1 FROM attendance WHERE person_id = x.id)
      OR EXISTS (SELECT 1 FROM agenda_item WHERE presenter_id = x.id)
      OR EXISTS (SELECT 1 FROM speaker WHERE person_id = x.id)`,
};

/** Purges a trashed unit or person: a tombstone when something refers to it, else gone. */
export function purgeDirectoryRow(ctx: CoreContext, table: TombstoneTable, id: string): void {
  const referred = ctx.db.prepare(`SELECT ${REFERRED[table]} FROM ${table} x WHERE x.id = ?`).pluck().get(id) === 1;
  if (referred) ctx.db.prepare(`UPDATE ${table} SET purged_at = ? WHERE id = ?`).run(ctx.now().toISOString(), id);
  else ctx.db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
}

/**
 * Deletes the tombstones nothing refers to any more (after any purge: the last task naming a unit
 * may just have gone). People first: a person's tombstone may be what still names a unit.
 */
export function sweepTombstones(ctx: CoreContext): void {
  for (const table of ['person', 'unit'] as const) {
    ctx.db.prepare(`DELETE FROM ${table} WHERE id IN (SELECT x.id FROM ${table} x WHERE x.purged_at IS NOT NULL AND NOT (${REFERRED[table]}))`).run();
  }
}
