import type BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchUpSearchIndex, staleCount } from '../../main/core/search-index.js';
import { migration as searchPinyinMinutes } from '../../main/db/migrations/013-search-pinyin-minutes.js';
import { openDatabase } from '../../main/db/open.js';
import { dataPaths } from '../../main/db/paths.js';
import { MIGRATIONS } from '../../main/db/migrations/index.js';
import type { MinutesVersion } from '../../shared/minutes.js';
import type { Note, SearchHit } from '../../shared/notes.js';
import { pinyinKeys } from '../../shared/pinyin.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * The search index catches up after saves (migration 7, main/core/search-index.ts). These tests hold
 * it to one promise: whatever was saved, edited, trashed or restored, and however far the background
 * catch-up got, a search answers exactly what a plain substring scan of the live data would.
 */

const runtimes: TestRuntime[] = [];
afterEach(() => runtimes.splice(0).forEach((rt) => rt.cleanup()));

function fresh(dataDir?: string): TestRuntime {
  const rt = testRuntime(dataDir ? { dataDir } : {});
  runtimes.push(rt);
  return rt;
}

function caller(rt: TestRuntime) {
  return <T>(channel: string, input: unknown): T => ok(rt.core.call(channel, input)) as T;
}

function seedSession(rt: TestRuntime): string {
  const call = caller(rt);
  const programme = call<{ id: string }>('programme.create', { title: '清源县' });
  const stage = call<{ id: string }>('stage.create', { programmeId: programme.id, title: '专题研讨' });
  return call<{ id: string }>('session.create', { stageId: stage.id, title: '座谈会' }).id;
}

const AT = '2026-01-01T00:00:00.000Z';
const OLD_SESSION = `
  INSERT INTO programme (id, title, created_at, updated_at) VALUES ('p', '清源县', '${AT}', '${AT}');
  INSERT INTO stage (id, programme_id, title, position, created_at, updated_at) VALUES ('st', 'p', '第一阶段', 0, '${AT}', '${AT}');
  INSERT INTO session (id, stage_id, title, position, created_at, updated_at) VALUES ('s', 'st', '座谈会', 0, '${AT}', '${AT}');`;

/** A data folder whose database stopped at `version` holding `sql`'s rows (`settle` run on it last), opened by today's app. */
function upgradedFrom(version: number, sql: string, settle?: (db: BetterSqlite3.Database) => void): TestRuntime {
  const dir = tempDir();
  const paths = dataPaths(dir);
  const old = openDatabase({ file: paths.databaseFile, backupDir: paths.backupDir, migrations: MIGRATIONS.slice(0, version) });
  old.db.exec(sql);
  settle?.(old.db);
  old.db.close();
  return fresh(dir);
}

const hitIds = (hits: SearchHit[], kind: SearchHit['kind']) =>
  hits
    .filter((h) => h.kind === kind)
    .map((h) => h.id)
    .sort();

describe('search index catch-up', () => {
  it('finds one- and two-character terms at the very end of a value, and a one-character name', () => {
    const rt = fresh();
    const call = caller(rt);
    const session = seedSession(rt);
    const wang = call<{ id: string }>('person.create', { name: '王芳', position: '', category: 'other' });
    const note = call<Note>('note.create', { sessionId: session, category: 'idea', text: '关键是引进人才' });
    expect(hitIds(call('search.query', { query: '人才' }), 'note')).toEqual([note.id]);
    expect(hitIds(call('search.query', { query: '才' }), 'note')).toEqual([note.id]);
    expect(hitIds(call('search.query', { query: '王芳' }), 'person')).toEqual([wang.id]);
    expect(hitIds(call('search.query', { query: '芳' }), 'person')).toEqual([wang.id]);
    expect(hitIds(call('search.query', { query: '引进 才' }), 'note')).toEqual([note.id]);
    expect(hitIds(call('search.query', { query: '人才 王' }), 'note')).toEqual([]);
  });

  it('follows edits, trash and restore; a save leaves a stale mark that the search clears', () => {
    const rt = fresh();
    const call = caller(rt);
    const session = seedSession(rt);
    const note = call<Note>('note.create', { sessionId: session, category: 'idea', text: '营商环境要优化' });
    expect(staleCount(rt.core.db)).toBeGreaterThan(0);
    expect(hitIds(call('search.query', { query: '营商' }), 'note')).toEqual([note.id]);
    expect(staleCount(rt.core.db)).toBe(0);

    call('note.update', { id: note.id, text: '人才政策要落实' });
    expect(hitIds(call('search.query', { query: '营商' }), 'note')).toEqual([]);
    expect(hitIds(call('search.query', { query: '人才政策' }), 'note')).toEqual([note.id]);
    call('note.delete', { id: note.id });
    expect(hitIds(call('search.query', { query: '人才' }), 'note')).toEqual([]);
    call('note.restore', { id: note.id });
    expect(hitIds(call('search.query', { query: '人才' }), 'note')).toEqual([note.id]);
  });

  it('matches a very common character (hundreds of trigrams start with it) by its occurrences, alone and with other terms', () => {
    const rt = fresh();
    const call = caller(rt);
    const session = seedSession(rt);
    // 300 notes "的" + two different characters: 300 trigrams start with 的, more than one OR group holds.
    const ids: string[] = [];
    for (let n = 0; n < 300; n++) {
      const a = String.fromCodePoint(0x4e00 + (n % 20));
      const b = String.fromCodePoint(0x4e80 + Math.floor(n / 20));
      const text = n % 50 === 0 ? `的${a}${b}，营商环境` : `的${a}${b}`;
      ids.push(call<Note>('note.create', { sessionId: session, category: 'idea', text }).id);
    }
    const newest = hitIds(call('search.query', { query: '的', limit: 200 }), 'note');
    expect(newest).toEqual(ids.slice(-200).sort());
    expect(hitIds(call('search.query', { query: '的 营商环境', limit: 200 }), 'note')).toEqual(ids.filter((_, n) => n % 50 === 0).sort());
    expect(hitIds(call('search.query', { query: '营商 的', limit: 200 }), 'note')).toEqual(ids.filter((_, n) => n % 50 === 0).sort());
    expect(call('search.query', { query: '的 猫' })).toEqual([]);
  });

  it('leaves nothing behind in the index when a programme is purged from the trash (cascaded deletes mark too)', () => {
    const rt = fresh();
    const call = caller(rt);
    const session = seedSession(rt);
    call('note.create', { sessionId: session, category: 'idea', text: '人才引进' });
    expect(hitIds(call('search.query', { query: '人才' }), 'note')).toHaveLength(1);
    const programmeId = call<{ id: string }[]>('programme.list', {})[0]!.id;
    call('programme.delete', { id: programmeId });
    call('trash.purge', { kind: 'programme', id: programmeId });
    expect(call('search.query', { query: '人才' })).toEqual([]);
    expect(rt.core.db.prepare('SELECT count(*) FROM search_entry').pluck().get()).toBe(0);
  });

  it('catches up on its own a moment after a change, in batches', async () => {
    const rt = fresh();
    const session = seedSession(rt);
    const call = caller(rt);
    for (let i = 0; i < 3; i++) call('note.create', { sessionId: session, category: 'idea', text: `第${i}条意见` });
    expect(staleCount(rt.core.db)).toBeGreaterThan(0);
    await vi.waitFor(() => expect(staleCount(rt.core.db)).toBe(0), { timeout: 10_000, interval: 50 });
    expect(rt.core.db.prepare("SELECT count(*) FROM search_entry WHERE kind = 'note'").pluck().get()).toBe(3);
  });

  it('keeps the stale marks of a save across a restart, and the next search finds the note', () => {
    const dir = tempDir();
    const first = testRuntime({ dataDir: dir });
    const session = seedSession(first);
    const note = caller(first)<Note>('note.create', { sessionId: session, category: 'idea', text: '低空经济' });
    // Closed before the idle catch-up ran, as a crash would leave it.
    first.close({ backup: false });
    const again = fresh(dir);
    expect(staleCount(again.core.db)).toBeGreaterThan(0);
    expect(hitIds(caller(again)('search.query', { query: '低空' }), 'note')).toEqual([note.id]);
  });

  it('indexes what a version-6 database held when it is upgraded', () => {
    const rt = upgradedFrom(6, `${OLD_SESSION}
      INSERT INTO note (id, session_id, category, text, captured_at, created_at, updated_at)
        VALUES ('n', 's', 'idea', '人才公寓', '${AT}', '${AT}', '${AT}');`);
    const call = caller(rt);
    expect(hitIds(call('search.query', { query: '人才' }), 'note')).toEqual(['n']);
    expect(hitIds(call('search.query', { query: '人才公寓' }), 'note')).toEqual(['n']);
    expect(hitIds(call('search.query', { query: '座谈' }), 'session')).toEqual(['s']);
  });

  it('answers what a substring scan of the live data answers, whatever was done and however far the catch-up got', () => {
    // A small alphabet, so that random terms of one to four characters often hit.
    const chars = ['人', '才', '企', '业', '王', '芳', '税', 'a', 'B', '5', 'g'];
    const word = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
    type Op =
      | { op: 'note'; text: string }
      | { op: 'edit'; at: number; text: string }
      | { op: 'trash'; at: number }
      | { op: 'restore'; at: number }
      | { op: 'person'; name: string; unit: number }
      | { op: 'renameUnit'; at: number; name: string }
      | { op: 'catchUp'; max: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ op: fc.constant('note' as const), text }),
      fc.record({ op: fc.constant('edit' as const), at: fc.nat(), text }),
      fc.record({ op: fc.constant('trash' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('restore' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('person' as const), name: word, unit: fc.nat() }),
      fc.record({ op: fc.constant('renameUnit' as const), at: fc.nat(), name: word }),
      fc.record({ op: fc.constant('catchUp' as const), max: fc.integer({ min: 1, max: 3 }) }),
    );
    const query = fc.array(word, { minLength: 1, maxLength: 2 }).map((a) => a.join(' '));
    let runs = 0;
    let checked = 0;

    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.array(query, { minLength: 1, maxLength: 4 }), (ops, queries) => {
        const rt = testRuntime();
        try {
          const call = caller(rt);
          const session = seedSession(rt);
          const units = [call<{ id: string }>('unit.create', { name: '工信局' }), call<{ id: string }>('unit.create', { name: '税务局' })].map((u) => u.id);
          const notes: { id: string; text: string; live: boolean }[] = [];
          const people: { id: string; name: string; unit: string }[] = [];
          const unitNames = new Map([
            [units[0]!, '工信局'],
            [units[1]!, '税务局'],
          ]);
          for (const step of ops) {
            const note = notes.length ? notes[('at' in step ? step.at : 0) % notes.length]! : undefined;
            if (step.op === 'note') {
              const saved = call<Note>('note.create', { sessionId: session, category: 'idea', text: step.text });
              notes.push({ id: saved.id, text: step.text, live: true });
            } else if (step.op === 'edit' && note?.live) {
              call('note.update', { id: note.id, text: step.text });
              note.text = step.text;
            } else if (step.op === 'trash' && note?.live) {
              call('note.delete', { id: note.id });
              note.live = false;
            } else if (step.op === 'restore' && note && !note.live) {
              call('note.restore', { id: note.id });
              note.live = true;
            } else if (step.op === 'person') {
              const unit = units[step.unit % units.length]!;
              const saved = call<{ id: string }>('person.create', { name: step.name, position: '', unitId: unit, category: 'other' });
              people.push({ id: saved.id, name: step.name, unit });
            } else if (step.op === 'renameUnit') {
              const index = step.at % units.length;
              const unit = units[index]!;
              // Unit names are unique: a different last character for each unit.
              const name = `${step.name}${index === 0 ? '局' : '所'}`;
              call('unit.update', { id: unit, name });
              unitNames.set(unit, name);
            } else if (step.op === 'catchUp') {
              rt.core.db.transaction(() => catchUpSearchIndex(rt.core.db, step.max)).immediate();
            }
          }
          for (const q of queries) {
            const terms = [...new Set(q.split(' '))];
            const has = (...fields: string[]) => terms.every((t) => fields.some((f) => f.toLowerCase().includes(t.toLowerCase())));
            const hits = call<SearchHit[]>('search.query', { query: q, limit: 200 });
            expect(hitIds(hits, 'note'), `notes for "${q}"`).toEqual(notes.filter((n) => n.live && has(n.text)).map((n) => n.id).sort());
            expect(hitIds(hits, 'person'), `people for "${q}"`).toEqual(
              // A person is found by the pinyin of their name too (王 by "wang", "w", "g"...).
              people.filter((p) => has(p.name, ` ${unitNames.get(p.unit)!}`, pinyinKeys(p.name, { person: true }))).map((p) => p.id).sort(),
            );
            checked++;
          }
          runs++;
        } finally {
          rt.cleanup();
        }
      }),
      { numRuns: 100 },
    );
    console.log(`search index: ${runs} random histories, ${checked} queries answered as a substring scan would`);
  });
});

describe('search by pinyin and in minutes (issue 16, point 5)', () => {
  it('finds a person by the pinyin of their name, full or initials, and follows a rename', () => {
    const rt = fresh();
    const call = caller(rt);
    const unit = call<{ id: string }>('unit.create', { name: '县工业和信息化局', shortName: '工信局' });
    const wang = call<{ id: string }>('person.create', { name: '王芳', position: '局长', unitId: unit.id, category: 'other' });
    const li = call<{ id: string }>('person.create', { name: '李强', position: '', category: 'other' });
    const jiang = call<{ id: string }>('person.create', { name: 'Jiang Chen', position: '', category: 'other' });
    expect(hitIds(call('search.query', { query: 'wf' }), 'person')).toEqual([wang.id]);
    expect(hitIds(call('search.query', { query: 'wangfang' }), 'person')).toEqual([wang.id]);
    expect(hitIds(call('search.query', { query: 'WF' }), 'person')).toEqual([wang.id]);
    expect(hitIds(call('search.query', { query: 'lq' }), 'person')).toEqual([li.id]);
    // Pinyin and the unit's name together: every term must be found.
    expect(hitIds(call('search.query', { query: 'wf 工业' }), 'person')).toEqual([wang.id]);
    // An English name is found by its own letters, as before.
    expect(hitIds(call('search.query', { query: 'jiang' }), 'person')).toEqual([jiang.id]);
    // A unit by the pinyin of its full or short name.
    expect(hitIds(call('search.query', { query: 'gxj' }), 'unit')).toEqual([unit.id]);

    call('person.update', { id: wang.id, name: '赵磊' });
    expect(hitIds(call('search.query', { query: 'wf' }), 'person')).toEqual([]);
    expect(hitIds(call('search.query', { query: 'zl' }), 'person')).toEqual([wang.id]);
  });

  it("finds a session's minutes by a word only the minutes hold, follows edits, and leaves a trashed session's minutes out", () => {
    const rt = fresh();
    const call = caller(rt);
    const session = seedSession(rt);
    const draft = call<MinutesVersion>('minutes.generate', { sessionId: session, locale: 'zh-CN' });
    expect(call<SearchHit[]>('search.query', { query: '督办' })).toEqual([]);

    call('minutes.update', { sessionId: session, version: draft.version, document: { ...draft.document, closing: '请各单位按时报送督办事项。' } });
    const hits = call<SearchHit[]>('search.query', { query: '督办' });
    expect(hits).toEqual([
      { kind: 'minutes', id: session, title: '座谈会', snippet: expect.stringContaining('督办') as unknown, sessionId: session, programmeId: expect.any(String) as unknown },
    ]);
    expect(hitIds(call('search.query', { query: '督办 报送' }), 'minutes')).toEqual([session]);

    // An approved record, then a new version without the word: the latest version is what is searched.
    call('minutes.approve', { sessionId: session, version: draft.version });
    expect(hitIds(call('search.query', { query: '督办' }), 'minutes')).toEqual([session]);
    const next = call<MinutesVersion>('minutes.newVersion', { sessionId: session });
    call('minutes.update', { sessionId: session, version: next.version, document: { ...next.document, closing: '会议要求。' } });
    expect(hitIds(call('search.query', { query: '督办' }), 'minutes')).toEqual([]);

    call('minutes.update', { sessionId: session, version: next.version, document: { ...next.document, closing: '督办到位。' } });
    call('session.delete', { id: session });
    expect(hitIds(call('search.query', { query: '督办' }), 'minutes')).toEqual([]);
    call('trash.restore', { kind: 'session', id: session });
    expect(hitIds(call('search.query', { query: '督办' }), 'minutes')).toEqual([session]);
    // Purged, its minutes leave the index too.
    call('session.delete', { id: session });
    call('trash.purge', { kind: 'session', id: session });
    expect(call<SearchHit[]>('search.query', { query: '督办' })).toEqual([]);
    expect(rt.core.db.prepare("SELECT count(*) FROM search_entry WHERE kind = 'minutes'").pluck().get()).toBe(0);
  });

  it('indexes the pinyin of people and the minutes a database from before them held when it is upgraded', () => {
    // The index as the version before left it: caught up, without pinyin or minutes.
    const rt = upgradedFrom(
      searchPinyinMinutes.version - 1,
      `${OLD_SESSION}
      INSERT INTO person (id, name, created_at, updated_at) VALUES ('x', '王芳', '${AT}', '${AT}');
      INSERT INTO minutes (session_id, version, status, locale, document, created_at, updated_at)
        VALUES ('s', 1, 'draft', 'zh-CN', '{"title":"座谈会会议纪要","closing":"抓好督办落实"}', '${AT}', '${AT}');`,
      (db) => catchUpSearchIndex(db),
    );
    const call = caller(rt);
    expect(hitIds(call('search.query', { query: 'wf' }), 'person')).toEqual(['x']);
    expect(hitIds(call('search.query', { query: '督办' }), 'minutes')).toEqual(['s']);
  });
});
