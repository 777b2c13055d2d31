import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result.js';
import { listBackups, rotateBackup } from '../../main/db/backup.js';
import { CONVENE_APPLICATION_ID, describeApplicationId } from '../../main/db/identity.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../main/db/migrations/index.js';
import { openDatabase, quickCheck } from '../../main/db/open.js';
import { tempDir } from '../helpers/runtime.js';

const dirs: string[] = [];
function freshDir() {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function paths(dir: string) {
  return { file: path.join(dir, 'convene.db'), backupDir: path.join(dir, 'backups') };
}

describe('opening the database', () => {
  it('creates a new database at the latest version with WAL, foreign keys, FULL sync, idle-time checkpoints and STRICT tables', () => {
    const dir = freshDir();
    const { db, versionAtOpen, migrationBackup } = openDatabase(paths(dir));
    expect(versionAtOpen).toBe(0);
    expect(migrationBackup).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10000);
    // FTS5's virtual table and its shadow tables are created by SQLite itself and cannot be STRICT.
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_fts_%'")
      .all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\bSTRICT\b/);
    db.close();
  });

  it('numbers migrations 1..N in order', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.version).toBe(index + 1));
  });

  it.each([
    ['a gap', [1, 3]],
    ['a repeat', [1, 2, 2]],
    ['a swap', [2, 1]],
    ['a list not starting at 1', [0, 1]],
  ])('refuses a migration list with %s before touching the file', (_what, versions) => {
    const dir = freshDir();
    const ran: number[] = [];
    const list: Migration[] = versions.map((version, index) => ({
      version,
      name: `step-${index}`,
      up: (db) => {
        ran.push(version);
        db.exec(`CREATE TABLE step_${index} (x INTEGER) STRICT;`);
      },
    }));
    expect(() => openDatabase({ ...paths(dir), migrations: list })).toThrow(/versions must be 1\.\.N, in order, without gaps/);
    expect(ran).toEqual([]);
    expect(fs.existsSync(paths(dir).file)).toBe(false);
  });

  it('runs a code step in the same transaction as the SQL steps: when it throws, nothing of either stays', () => {
    const dir = freshDir();
    const v1 = MIGRATIONS.slice(0, 1);
    const first = openDatabase({ ...paths(dir), migrations: v1 });
    first.db.prepare("INSERT INTO setting (key, value) VALUES ('marker', '\"before\"')").run();
    first.db.close();
    const steps: Migration[] = [
      ...v1,
      { version: 2, name: 'sql-step', up: (db) => db.exec('CREATE TABLE added (x INTEGER) STRICT;') },
      {
        version: 3,
        name: 'code-step',
        up: (db) => {
          // Code that reshapes data row by row, then fails half-way.
          db.prepare("UPDATE setting SET value = '\"after\"' WHERE key = 'marker'").run();
          throw new Error('step failed');
        },
      },
    ];
    expect(() => openDatabase({ ...paths(dir), migrations: steps })).toThrow('step failed');
    const db = new Database(paths(dir).file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'added'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT value FROM setting WHERE key = 'marker'").pluck().get()).toBe('"before"');
    db.close();
  });

  it('reopens an up-to-date database without a backup', () => {
    const dir = freshDir();
    openDatabase(paths(dir)).db.close();
    const again = openDatabase(paths(dir));
    expect(again.versionAtOpen).toBe(LATEST_VERSION);
    expect(again.migrationBackup).toBeNull();
    again.db.close();
    expect(listBackups(paths(dir).backupDir)).toHaveLength(0);
  });

  it('takes a backup before migrating an existing database, and the backup holds the old data', () => {
    const dir = freshDir();
    const v1 = MIGRATIONS.slice(0, 1);
    const first = openDatabase({ ...paths(dir), migrations: v1 });
    first.db.prepare("INSERT INTO setting (key, value) VALUES ('marker', '\"before\"')").run();
    first.db.close();
    const extra: Migration[] = [...v1, { version: 2, name: 'test-step', up: (db) => db.exec('CREATE TABLE extra (x INTEGER) STRICT;') }];
    const second = openDatabase({ ...paths(dir), migrations: extra });
    expect(second.versionAtOpen).toBe(1);
    expect(second.migrationBackup).not.toBeNull();
    expect(second.db.pragma('user_version', { simple: true })).toBe(2);
    second.db.close();
    const backup = new Database(second.migrationBackup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare("SELECT value FROM setting WHERE key = 'marker'").pluck().get()).toBe('"before"');
    backup.close();
  });

  it('applies all pending migrations in one transaction: a failing step leaves the old version intact', () => {
    const dir = freshDir();
    const v1 = MIGRATIONS.slice(0, 1);
    openDatabase({ ...paths(dir), migrations: v1 }).db.close();
    const broken: Migration[] = [
      ...v1,
      { version: 2, name: 'good', up: (db) => db.exec('CREATE TABLE good (x INTEGER) STRICT;') },
      { version: 3, name: 'bad', up: (db) => db.exec('CREATE TABLE broken (x NOT_A_TYPE) STRICT;') },
    ];
    expect(() => openDatabase({ ...paths(dir), migrations: broken })).toThrow();
    const db = new Database(paths(dir).file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'good'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database from a newer version with a clear error and leaves it byte-identical', () => {
    const dir = freshDir();
    const { file } = paths(dir);
    const future = new Database(file);
    future.pragma('journal_mode = DELETE');
    future.exec("CREATE TABLE future_thing (x TEXT) STRICT; INSERT INTO future_thing VALUES ('from the future');");
    future.pragma(`application_id = ${CONVENE_APPLICATION_ID}`);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.close();
    const before = fs.readFileSync(file);
    const filesBefore = fs.readdirSync(dir).sort();
    let caught: unknown;
    try {
      openDatabase(paths(dir));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('database_future');
    expect((caught as AppError).params).toMatchObject({ found: LATEST_VERSION + 5, supported: LATEST_VERSION });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('refuses a damaged file with database_corrupt and does not overwrite it', () => {
    const dir = freshDir();
    const { file } = paths(dir);
    fs.writeFileSync(file, Buffer.from('this is not a database, but it is long enough to look like a file'.repeat(100)));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(paths(dir))).toThrow(expect.objectContaining({ code: 'database_corrupt' }));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('quick_check reads every problem row, and a database with damaged pages is refused at open', () => {
    const dir = freshDir();
    const { file } = paths(dir);
    const { db } = openDatabase(paths(dir));
    expect(quickCheck(db)).toEqual([]);
    const insert = db.prepare("INSERT INTO setting (key, value) VALUES (?, '\"some value to fill pages with\"')");
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`key-${i}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Leaf pages of the setting table (dbstat is compiled into better-sqlite3's SQLite).
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'setting' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    db.close();
    // Zero part of the cell area of a few pages in the middle of the file: quick_check then answers
    // several rows (found by experiment; damaging page headers makes it throw instead).
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (const page of leaves.slice(5, 9)) bytes.fill(0, (page - 1) * pageSize + 200, (page - 1) * pageSize + 250);
    fs.writeFileSync(file, bytes);
    const damaged = new Database(file, { readonly: true });
    const problems = quickCheck(damaged);
    damaged.close();
    expect(problems.length).toBeGreaterThan(1);
    expect(() => openDatabase(paths(dir))).toThrow(expect.objectContaining({ code: 'database_corrupt' }));
  });

  it("marks a new database as Convene's with its application_id", () => {
    const dir = freshDir();
    const { db } = openDatabase(paths(dir));
    expect(db.pragma('application_id', { simple: true })).toBe(CONVENE_APPLICATION_ID);
    expect(describeApplicationId(CONVENE_APPLICATION_ID)).toBe("0x434e564e ('CNVN')");
    db.close();
  });

  it('recognises a Convene database from before the application_id by its tables and marks it, its backup too', () => {
    const dir = freshDir();
    const v1 = MIGRATIONS.slice(0, 1);
    const first = openDatabase({ ...paths(dir), migrations: v1 });
    first.db.pragma('application_id = 0');
    first.db.close();
    const second = openDatabase({ ...paths(dir), migrations: MIGRATIONS.slice(0, 2) });
    expect(second.versionAtOpen).toBe(1);
    expect(second.db.pragma('application_id', { simple: true })).toBe(CONVENE_APPLICATION_ID);
    second.db.close();
    const backup = new Database(second.migrationBackup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
    expect(listBackups(paths(dir).backupDir).map((b) => b.file)).toEqual([second.migrationBackup]);
  });

  it('sends a user_version below zero down the damaged path, untouched', () => {
    const dir = freshDir();
    const { file } = paths(dir);
    const { db } = openDatabase(paths(dir));
    db.pragma('user_version = -1');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(paths(dir))).toThrow(expect.objectContaining({ code: 'database_corrupt', params: expect.objectContaining({ detail: 'user_version -1' }) }));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a SQLite file that is not Convene's, whatever its user_version, and leaves it byte for byte", () => {
    for (const [version, appId] of [
      [0, 0],
      [3, 0],
      [LATEST_VERSION, 0x46534c31],
    ] as const) {
      const dir = freshDir();
      const { file } = paths(dir);
      const foreign = new Database(file);
      foreign.exec("CREATE TABLE invoice (n INTEGER); INSERT INTO invoice VALUES (42);");
      foreign.pragma(`user_version = ${version}`);
      foreign.pragma(`application_id = ${appId}`);
      foreign.close();
      const before = fs.readFileSync(file);
      expect(() => openDatabase(paths(dir))).toThrow(expect.objectContaining({ code: 'database_foreign' }));
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['convene.db']);
    }
  });

  it('starts a missing or 0-byte database as new when there is no backup (a first start), and refuses to when there are backups', () => {
    const dir = freshDir();
    const { file, backupDir } = paths(dir);
    fs.writeFileSync(file, '');
    const first = openDatabase(paths(dir));
    expect(first.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    rotateBackup(first.db, backupDir, 'manual', new Date(Date.UTC(2027, 0, 1)));
    first.db.close();
    fs.rmSync(file);
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    expect(() => openDatabase(paths(dir))).toThrow(expect.objectContaining({ code: 'database_empty', params: expect.objectContaining({ state: 'missing', backups: 1 }) }));
    expect(fs.existsSync(file)).toBe(false);
    fs.writeFileSync(file, '');
    expect(() => openDatabase(paths(dir))).toThrow(expect.objectContaining({ code: 'database_empty', params: expect.objectContaining({ state: 'empty' }) }));
    expect(fs.statSync(file).size).toBe(0);
    const chosen = openDatabase({ ...paths(dir), allowEmpty: true });
    expect(chosen.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    chosen.db.close();
  });
});
