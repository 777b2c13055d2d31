import type BetterSqlite3 from 'better-sqlite3';

/**
 * One step of the schema (Signal Desktop's discipline): the version it brings the database to and
 * what it does to get there. `up` may run SQL, code, or both (a data step that SQL cannot say well
 * is plain TypeScript over `db`). main/db/open.ts runs every pending step in ONE transaction and sets
 * `user_version` after each, so a failing step leaves the file at its old version.
 */
export interface Migration {
  /** The user_version the database has after this migration: 1..N, in list order, no gaps. */
  version: number;
  /** The file's name after its number, for messages. */
  name: string;
  up(db: BetterSqlite3.Database): void;
}
