import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { catchUpSearchIndex } from '../../main/core/search-index.js';
import { migration as searchPinyinMinutes } from '../../main/db/migrations/013-search-pinyin-minutes.js';
import { migration as protocolOrder } from '../../main/db/migrations/014-protocol-order.js';
import { migration as taskFollowUp } from '../../main/db/migrations/016-task-followup.js';
import { MIGRATIONS } from '../../main/db/migrations/index.js';
import { openDatabase } from '../../main/db/open.js';
import { tempDir } from '../helpers/runtime.js';

/**
 * Every migration that reshapes data, not only the schema, gets its own test (Signal Desktop's
 * discipline): a database at version N-1 with rows, migrated by exactly step N, and its rows checked.
 * The data steps are 003 (existing rows enter the search index), 007 (every searchable row is marked
 * stale once), 009 (earlier note versions take the note's placement), 010 (chair and secretary
 * brought in step), search-pinyin-minutes (people, units and minutes marked stale for the index)
 * and protocol-order (people and units placed in protocol order). The others only add tables,
 * columns and triggers.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const at = '2026-01-01T00:00:00.000Z';

/** Opens a new database at `version - 1`, lets `seed` write rows into it, then migrates it by step `version` only. */
function migrateOneStep(version: number, seed: (db: BetterSqlite3.Database) => void): BetterSqlite3.Database {
  const dir = tempDir();
  dirs.push(dir);
  const files = { file: path.join(dir, 'convene.db'), backupDir: path.join(dir, 'backups') };
  const old = openDatabase({ ...files, migrations: MIGRATIONS.slice(0, version - 1) });
  expect(old.db.pragma('user_version', { simple: true })).toBe(version - 1);
  seed(old.db);
  old.db.close();
  const { db, versionAtOpen } = openDatabase({ ...files, migrations: MIGRATIONS.slice(0, version) });
  expect(versionAtOpen).toBe(version - 1);
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return db;
}

const DIRECTORY = `
  INSERT INTO programme (id, title, created_at, updated_at) VALUES ('p', '清源县', '${at}', '${at}');
  INSERT INTO stage (id, programme_id, title, position, created_at, updated_at) VALUES ('st', 'p', '第一阶段', 0, '${at}', '${at}');
  INSERT INTO unit (id, name, short_name, created_at, updated_at) VALUES ('u', '县发改局', '发改局', '${at}', '${at}');
  INSERT INTO unit (id, name, created_at, updated_at, deleted_at) VALUES ('u-gone', '已删除单位', '${at}', '${at}', '${at}');
  INSERT INTO person (id, name, position, unit_id, created_at, updated_at) VALUES ('x', '王芳', '局长', 'u', '${at}', '${at}');
  INSERT INTO person (id, name, created_at, updated_at) VALUES ('y', '李强', '${at}', '${at}'), ('z', '赵磊', '${at}', '${at}');
  INSERT INTO session (id, stage_id, title, theme, venue, position, created_at, updated_at)
    VALUES ('s', 'st', '座谈会', '人才', '三楼', 0, '${at}', '${at}');`;

describe('data migrations', () => {
  it('003 puts the sessions, people and units that existed into the search index (not the trashed ones)', () => {
    const db = migrateOneStep(3, (old) => old.exec(DIRECTORY));
    const rows = db.prepare('SELECT kind, ref_id AS id, title, body FROM search_index ORDER BY kind, ref_id').all();
    expect(rows).toEqual([
      { kind: 'person', id: 'x', title: '王芳', body: '局长 县发改局' },
      { kind: 'person', id: 'y', title: '李强', body: ' ' },
      { kind: 'person', id: 'z', title: '赵磊', body: ' ' },
      { kind: 'session', id: 's', title: '座谈会', body: '人才 三楼' },
      { kind: 'unit', id: 'u', title: '县发改局', body: '发改局' },
    ]);
    db.close();
  });

  it('007 marks every live searchable row stale once, oldest first, so the new index is rebuilt from them', () => {
    const db = migrateOneStep(7, (old) =>
      old.exec(`${DIRECTORY}
        INSERT INTO note (id, session_id, category, text, captured_at, created_at, updated_at)
          VALUES ('n', 's', 'idea', '人才公寓', '${at}', '${at}', '${at}');
        INSERT INTO note (id, session_id, category, text, captured_at, created_at, updated_at, deleted_at)
          VALUES ('n-gone', 's', 'idea', '已删除', '${at}', '${at}', '${at}', '${at}');
        INSERT INTO action_item (id, programme_id, title, created_at, updated_at) VALUES ('a', 'p', '建设人才公寓', '${at}', '${at}');`),
    );
    const marks = db.prepare('SELECT kind, ref_id AS id FROM search_stale ORDER BY seq').all();
    expect(marks).toEqual([
      { kind: 'unit', id: 'u' },
      { kind: 'person', id: 'x' },
      { kind: 'person', id: 'y' },
      { kind: 'person', id: 'z' },
      { kind: 'session', id: 's' },
      { kind: 'action', id: 'a' },
      { kind: 'note', id: 'n' },
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'").pluck().get()).toBe(0);
    db.close();
  });

  it('009 gives every earlier note version the note’s agenda item and opinion mark, the best that is known', () => {
    const db = migrateOneStep(9, (old) =>
      old.exec(`${DIRECTORY}
        INSERT INTO agenda_item (id, session_id, position, kind, title, planned_minutes, created_at, updated_at)
          VALUES ('i', 's', 0, 'discussion', '交流发言', 30, '${at}', '${at}');
        INSERT INTO plan (id, programme_id, title, created_at, updated_at) VALUES ('plan', 'p', '人才计划', '${at}', '${at}');
        INSERT INTO note (id, session_id, agenda_item_id, category, text, disposition, plan_id, version, captured_at, created_at, updated_at)
          VALUES ('n', 's', 'i', 'suggestion', '建人才公寓', 'to_incorporate', 'plan', 3, '${at}', '${at}', '${at}');
        INSERT INTO note (id, session_id, category, text, disposition, disposition_reason, version, captured_at, created_at, updated_at)
          VALUES ('m', 's', 'criticism', '审批太慢', 'declined', '已另行办理', 2, '${at}', '${at}', '${at}');
        INSERT INTO note (id, session_id, category, text, version, captured_at, created_at, updated_at)
          VALUES ('o', 's', 'idea', '办夜市', 2, '${at}', '${at}', '${at}');
        INSERT INTO note_version (note_id, version, text, category, speaker_name, important, edited_at) VALUES
          ('n', 1, '建公寓', 'idea', '', 0, '${at}'), ('n', 2, '建人才房', 'suggestion', '', 0, '${at}'),
          ('m', 1, '审批慢', 'criticism', '', 0, '${at}'),
          ('o', 1, '夜市', 'idea', '', 0, '${at}');`),
    );
    const versions = db
      .prepare('SELECT note_id, version, text, agenda_item_id, disposition, plan_id, disposition_reason FROM note_version ORDER BY note_id, version')
      .all();
    expect(versions).toEqual([
      { note_id: 'm', version: 1, text: '审批慢', agenda_item_id: null, disposition: 'declined', plan_id: null, disposition_reason: '已另行办理' },
      { note_id: 'n', version: 1, text: '建公寓', agenda_item_id: 'i', disposition: 'to_incorporate', plan_id: 'plan', disposition_reason: '' },
      { note_id: 'n', version: 2, text: '建人才房', agenda_item_id: 'i', disposition: 'to_incorporate', plan_id: 'plan', disposition_reason: '' },
      { note_id: 'o', version: 1, text: '夜市', agenda_item_id: null, disposition: null, plan_id: null, disposition_reason: '' },
    ]);
    db.close();
  });

  it('010 brings chair and secretary in step: a field without a role, a role without a field, two chairs, one person as both', () => {
    const db = migrateOneStep(10, (old) =>
      old.exec(`${DIRECTORY}
        -- s: the fields are set, the people are not participants (or have another role).
        UPDATE session SET chair_id = 'x', secretary_id = 'y' WHERE id = 's';
        INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at) VALUES ('s', 'y', 'speaker', 'present', '${at}', '${at}');
        -- s2: roles without fields, and two chairs (the earlier one wins).
        INSERT INTO session (id, stage_id, title, position, created_at, updated_at) VALUES ('s2', 'st', 'B', 1, '${at}', '${at}');
        INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at) VALUES
          ('s2', 'x', 'chair', 'invited', '2026-01-01T00:00:01.000Z', '${at}'), ('s2', 'y', 'chair', 'present', '2026-01-01T00:00:02.000Z', '${at}'),
          ('s2', 'z', 'secretary', 'invited', '${at}', '${at}');
        -- s3: one person as chair and secretary: the chair wins.
        INSERT INTO session (id, stage_id, title, position, chair_id, secretary_id, created_at, updated_at) VALUES ('s3', 'st', 'C', 2, 'z', 'z', '${at}', '${at}');`),
    );
    const sessions = db.prepare('SELECT id, chair_id AS chair, secretary_id AS secretary FROM session ORDER BY id').all();
    expect(sessions).toEqual([
      { id: 's', chair: 'x', secretary: 'y' },
      { id: 's2', chair: 'x', secretary: 'z' },
      { id: 's3', chair: 'z', secretary: null },
    ]);
    const attendance = db.prepare('SELECT session_id AS session, person_id AS person, role, presence FROM attendance ORDER BY session_id, person_id').all();
    expect(attendance).toEqual([
      { session: 's', person: 'x', role: 'chair', presence: 'invited' },
      { session: 's', person: 'y', role: 'secretary', presence: 'present' },
      { session: 's2', person: 'x', role: 'chair', presence: 'invited' },
      { session: 's2', person: 'y', role: 'attendee', presence: 'present' },
      { session: 's2', person: 'z', role: 'secretary', presence: 'invited' },
      { session: 's3', person: 'z', role: 'chair', presence: 'invited' },
    ]);
    db.close();
  });

  it('search-pinyin-minutes keeps the index and its marks, takes minutes as a kind, and marks people, units and minutes stale once', () => {
    const version = searchPinyinMinutes.version;
    const db = migrateOneStep(version, (old) => {
      old.exec(`${DIRECTORY}
        INSERT INTO minutes (session_id, version, status, locale, document, created_at, updated_at, approved_at) VALUES
          ('s', 1, 'approved', 'zh-CN', '{"title":"座谈会会议纪要","closing":"抓好督办落实"}', '${at}', '${at}', '${at}'),
          ('s', 2, 'draft', 'zh-CN', '{"title":"座谈会会议纪要","decisions":["督办到位"]}', '${at}', '${at}', NULL);`);
      // The index as the version before left it: caught up, then one save not yet indexed.
      catchUpSearchIndex(old);
      old.prepare("UPDATE person SET position = '副局长' WHERE id = 'x'").run();
    });
    const entries = db.prepare('SELECT id, kind, ref_id AS ref FROM search_entry ORDER BY id').all();
    expect(entries.map((e) => (e as { kind: string }).kind)).toEqual(['unit', 'person', 'person', 'person', 'session']);
    const marks = db.prepare('SELECT kind, ref_id AS id FROM search_stale ORDER BY seq').all();
    expect(marks).toEqual([
      { kind: 'person', id: 'x' },
      { kind: 'unit', id: 'u' },
      { kind: 'person', id: 'x' },
      { kind: 'person', id: 'y' },
      { kind: 'person', id: 'z' },
      { kind: 'minutes', id: 's' },
    ]);
    // The index rows kept their ids (they are search_fts's rows): catching up finds them by key.
    catchUpSearchIndex(db);
    expect(db.prepare('SELECT id, kind, ref_id AS ref FROM search_entry WHERE kind <> ? ORDER BY id').all('minutes')).toEqual(entries);
    const found = (term: string) =>
      db.prepare('SELECT e.kind, e.ref_id AS id FROM search_fts f JOIN search_entry e ON e.id = f.rowid WHERE search_fts MATCH ? ORDER BY e.id').all(`"${term}"`);
    expect(found('wangfang')).toEqual([{ kind: 'person', id: 'x' }]);
    expect(found('督办到位')).toEqual([{ kind: 'minutes', id: 's' }]);
    // Saving minutes marks them stale from now on.
    db.prepare("UPDATE minutes SET document = '{}' WHERE session_id = 's' AND version = 2").run();
    expect(db.prepare('SELECT kind, ref_id AS id FROM search_stale').all()).toEqual([{ kind: 'minutes', id: 's' }]);
    db.close();
  });

  it('protocol-order places every person and unit in protocol order by the default rule, equals as entered, the trashed after the live', () => {
    const later = '2026-01-02T00:00:00.000Z';
    const db = migrateOneStep(protocolOrder.version, (old) =>
      old.exec(`${DIRECTORY}
        INSERT INTO unit (id, name, kind, created_at, updated_at) VALUES
          ('town', '城关镇', 'township', '${at}', '${at}'), ('gov', '县政府', 'government', '${later}', '${later}'), ('party', '县委', 'party', '${later}', '${later}');
        INSERT INTO person (id, name, position, category, unit_id, created_at, updated_at) VALUES
          ('vice-2', '赵国栋', '副县长', 'leadership', 'gov', '${later}', '${later}'),
          ('head', '李长根', '县委副书记、县长', 'leadership', 'gov', '${later}', '${later}'),
          ('secretary', '江辰', '县委书记', 'other', 'party', '${later}', '${later}'),
          ('mayor', '韩雪', '城关镇党委副书记、镇长', 'township_leader', 'town', '${at}', '${at}'),
          ('vice-1', '马文博', 'Deputy County Head', 'leadership', 'gov', '${at}', '${at}');
        INSERT INTO person (id, name, position, category, created_at, updated_at, deleted_at) VALUES ('gone', '已删除', '县委书记', 'leadership', '${at}', '${at}', '${at}');
        INSERT INTO minutes (session_id, version, locale, document, created_at, updated_at) VALUES ('s', 1, 'zh-CN', '{}', '${at}', '${at}');`),
    );
    const order = (table: string) => db.prepare(`SELECT id FROM ${table} ORDER BY sort_order`).pluck().all();
    // x (局长, other: a department head), y and z (nothing known) follow the leaders and the township head.
    expect(order('person')).toEqual(['secretary', 'head', 'vice-1', 'vice-2', 'x', 'mayor', 'y', 'z', 'gone']);
    expect(db.prepare('SELECT sort_order FROM person ORDER BY sort_order').pluck().all()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // u (kind left at "other") after the township.
    expect(order('unit')).toEqual(['party', 'gov', 'town', 'u', 'u-gone']);
    expect(db.prepare('SELECT hand_ordered FROM minutes').pluck().all()).toEqual(['[]']);
    db.close();
  });

  it('task-followup keeps every task’s due date as the current one, with no original until an extension is approved', () => {
    const db = migrateOneStep(taskFollowUp.version, (old) => {
      old.exec(DIRECTORY);
      old.exec(`INSERT INTO action_item (id, programme_id, title, due_date, created_at, updated_at) VALUES
        ('a1', 'p', '起草政策', '2027-03-01', '${at}', '${at}'), ('a2', 'p', '无期限', NULL, '${at}', '${at}')`);
    });
    expect(db.prepare('SELECT id, due_date, original_due_date FROM action_item ORDER BY id').all()).toEqual([
      { id: 'a1', due_date: '2027-03-01', original_due_date: null },
      { id: 'a2', due_date: null, original_due_date: null },
    ]);
    expect(db.prepare('SELECT count(*) FROM action_progress').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM action_extension').pluck().get()).toBe(0);
    db.close();
  });
});
