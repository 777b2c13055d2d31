import type BetterSqlite3 from 'better-sqlite3';
import { TABLES, tableSpec, type TableName } from '../core/tables.js';

/**
 * Which rows this laptop's commits touched since the last flush: TEMP triggers (on this connection
 * only, gone when it closes) note (table, key) of every insert, update and delete into a TEMP table.
 * Cheaper than diffing the session after each commit: a note added costs one row here.
 */
export interface Outbox {
  /** The touched rows, and forgets them. */
  take(): { table: TableName; key: unknown[] }[];
  /** Forgets these rows (the bridge's own writes of remote changes). */
  forget(rows: readonly { table: TableName; key: unknown[] }[]): void;
  drop(): void;
}

export function openOutbox(db: BetterSqlite3.Database): Outbox {
  // No key: an outer statement's conflict clause (an upsert's) overrides a trigger's OR IGNORE, so a
  // row touched twice in one statement would fail it. take() reads each row once (DISTINCT).
  db.exec('CREATE TEMP TABLE IF NOT EXISTS sync_outbox (tbl TEXT NOT NULL, k TEXT NOT NULL)');
  for (const spec of TABLES) {
    for (const [event, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
      const key = `json_array(${spec.key.map((column) => `${row}.${column}`).join(', ')})`;
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS sync_${spec.name}_${event.toLowerCase()} AFTER ${event} ON main.${spec.name}
         BEGIN INSERT INTO sync_outbox (tbl, k) VALUES ('${spec.name}', ${key}); END`,
      );
    }
  }
  const all = db.prepare('SELECT DISTINCT tbl, k FROM temp.sync_outbox');
  const clear = db.prepare('DELETE FROM temp.sync_outbox');
  const forgetOne = db.prepare('DELETE FROM temp.sync_outbox WHERE tbl = ? AND k = ?');
  return {
    take() {
      const rows = all.all() as { tbl: TableName; k: string }[];
      if (rows.length > 0) clear.run();
      return rows.map((r) => ({ table: r.tbl, key: JSON.parse(r.k) as unknown[] }));
    },
    forget(rows) {
      for (const r of rows) forgetOne.run(r.table, JSON.stringify(r.key));
    },
    drop() {
      for (const spec of TABLES) for (const event of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS temp.sync_${spec.name}_${event}`);
      db.exec('DROP TABLE IF EXISTS temp.sync_outbox');
    },
  };
}

/** The key columns' values of a row, as the outbox holds them. */
export const keyOf = (table: TableName, row: Record<string, unknown>) => tableSpec(table).key.map((column) => row[column]);
