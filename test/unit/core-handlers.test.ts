import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { LATEST_VERSION } from '../../main/db/migrations/index.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
let events: ChangeEvent[];
beforeEach(() => {
  rt = testRuntime({ now: () => new Date('2027-01-11T01:00:00Z') });
  events = [];
  rt.core.subscribe((event) => events.push(event));
});
afterEach(() => rt.cleanup());

const call = (channel: string, input: unknown) => rt.core.call(channel, input);

function seedProgramme() {
  const programme = ok(call('programme.create', { title: '清源县高质量发展战略布局专题研讨' })) as { id: string };
  const stage1 = ok(call('stage.create', { programmeId: programme.id, title: '常委会层面研讨', audience: '常委、副县长' })) as { id: string };
  const stage2 = ok(call('stage.create', { programmeId: programme.id, title: '专题研讨' })) as { id: string };
  return { programme, stage1, stage2 };
}

describe('programmes and stages', () => {
  it('creates, lists, updates and reads a programme with its stages in order', () => {
    const { programme, stage1, stage2 } = seedProgramme();
    expect(ok(call('programme.update', { id: programme.id, description: '把战略转化为年度计划' }))).toMatchObject({
      description: '把战略转化为年度计划',
    });
    const list = ok(call('programme.list', {})) as { id: string; stageCount: number }[];
    expect(list).toEqual([expect.objectContaining({ id: programme.id, stageCount: 2, sessionCount: 0 })]);
    const detail = ok(call('programme.get', { id: programme.id })) as { stages: { id: string; position: number }[] };
    expect(detail.stages.map((s) => s.id)).toEqual([stage1.id, stage2.id]);
    const moved = ok(call('stage.move', { id: stage2.id, position: 0 })) as { id: string; position: number }[];
    expect(moved.map((s) => [s.id, s.position])).toEqual([
      [stage2.id, 0],
      [stage1.id, 1],
    ]);
  });

  it('trims titles and refuses an empty one with a field issue', () => {
    const result = call('programme.create', { title: '   ' });
    expect(result).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: 'title', code: 'required' }] } });
    expect(ok(call('programme.create', { title: '  A  ' }))).toMatchObject({ title: 'A' });
  });

  it('deletes to the trash and restores, emitting change events after commit', () => {
    const { programme } = seedProgramme();
    events.length = 0;
    ok(call('programme.delete', { id: programme.id }));
    expect(ok(call('programme.list', {}))).toEqual([]);
    expect(call('programme.get', { id: programme.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(ok(call('trash.list', {}))).toEqual([
      expect.objectContaining({ kind: 'programme', id: programme.id, label: '清源县高质量发展战略布局专题研讨' }),
    ]);
    ok(call('trash.restore', { kind: 'programme', id: programme.id }));
    expect(ok(call('programme.get', { id: programme.id }))).toMatchObject({ programme: { id: programme.id } });
    expect(events.map((e) => e.topics)).toEqual([
      ['programme', 'trash'],
      ['programme', 'trash'],
    ]);
    expect(events[1]!.seq).toBeGreaterThan(events[0]!.seq);
  });

  it('purges from the trash for good, cascading to stages and sessions', () => {
    const { programme, stage1 } = seedProgramme();
    ok(call('session.create', { stageId: stage1.id, title: 'S' }));
    ok(call('programme.delete', { id: programme.id }));
    ok(call('trash.purge', { kind: 'programme', id: programme.id }));
    const counts = rt.core.db.prepare('SELECT (SELECT count(*) FROM programme) p, (SELECT count(*) FROM stage) s, (SELECT count(*) FROM session) x').get();
    expect(counts).toEqual({ p: 0, s: 0, x: 0 });
  });
});

describe('sessions and sittings', () => {
  it('creates a session with two sittings and reads it back with its stage and programme', () => {
    const { programme, stage1 } = seedProgramme();
    const session = ok(
      call('session.create', {
        stageId: stage1.id,
        title: '第一轮：常委会层面研讨',
        mode: 'discussion',
        venue: '县委会议室',
        sittings: [
          { date: '2027-01-11', startTime: '09:00', endTime: '12:00' },
          { date: '2027-01-11', startTime: '14:30', endTime: '17:30' },
        ],
      }),
    ) as { id: string };
    const detail = ok(call('session.get', { id: session.id })) as {
      sittings: { startTime: string; position: number }[];
      stage: { id: string };
      programme: { id: string };
    };
    expect(detail.sittings.map((s) => [s.position, s.startTime])).toEqual([
      [0, '09:00'],
      [1, '14:30'],
    ]);
    expect(detail.stage.id).toBe(stage1.id);
    expect(detail.programme.id).toBe(programme.id);
    const third = ok(call('sitting.add', { sessionId: session.id, date: '2027-01-12', startTime: '09:00', endTime: '11:00' })) as { id: string; position: number };
    expect(third.position).toBe(2);
    expect(call('sitting.update', { id: third.id, startTime: '12:00' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'endTime', code: 'end_before_start' }] },
    });
    ok(call('sitting.remove', { id: third.id }));
    expect((ok(call('session.get', { id: session.id })) as { sittings: unknown[] }).sittings).toHaveLength(2);
  });

  it('refuses impossible dates and a sitting that ends before it starts', () => {
    const { stage1 } = seedProgramme();
    const bad = call('session.create', { stageId: stage1.id, title: 'S', sittings: [{ date: '2027-02-30', startTime: '10:00', endTime: '09:00' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    const issues = (bad as { error: { issues: { code: string }[] } }).error.issues.map((i) => i.code);
    expect(issues).toContain('invalid_date');
  });

  it('hides sessions of a trashed stage and brings them back on restore', () => {
    const { programme, stage1 } = seedProgramme();
    const session = ok(call('session.create', { stageId: stage1.id, title: 'S' })) as { id: string };
    ok(call('stage.delete', { id: stage1.id }));
    expect(call('session.get', { id: session.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((ok(call('programme.list', {})) as { sessionCount: number }[])[0]!.sessionCount).toBe(0);
    ok(call('trash.restore', { kind: 'stage', id: stage1.id }));
    expect(ok(call('session.get', { id: session.id }))).toMatchObject({ session: { id: session.id } });
    expect((ok(call('programme.get', { id: programme.id })) as { stages: unknown[] }).stages).toHaveLength(2);
  });
});

describe('directory and attendance', () => {
  function seedDirectory() {
    const gxj = ok(call('unit.create', { name: '工信局', kind: 'department' })) as { id: string };
    const czj = ok(call('unit.create', { name: '财政局', kind: 'department' })) as { id: string };
    const director = ok(call('person.create', { name: '周明', position: '局长', unitId: gxj.id, category: 'department_head' })) as { id: string };
    const deputy = ok(call('person.create', { name: '吴芳', position: '副局长', unitId: gxj.id, category: 'department_head' })) as { id: string };
    const finance = ok(call('person.create', { name: '郑强', position: '局长', unitId: czj.id, category: 'department_head' })) as { id: string };
    const boss = ok(call('person.create', { name: '陈立', position: '董事长', category: 'entrepreneur' })) as { id: string };
    return { gxj, czj, director, deputy, finance, boss };
  }

  it('refuses a second live unit with the same name, and allows it once the first is in the trash', () => {
    const { gxj } = seedDirectory();
    expect(call('unit.create', { name: '工信局' })).toEqual({
      ok: false,
      error: { code: 'conflict', params: { reason: 'unit_name_taken', name: '工信局' } },
    });
    ok(call('unit.delete', { id: gxj.id }));
    const again = ok(call('unit.create', { name: '工信局' })) as { id: string };
    expect(again.id).not.toBe(gxj.id);
    expect(call('trash.restore', { kind: 'unit', id: gxj.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('searches people by name, position and unit; escapes LIKE wildcards', () => {
    seedDirectory();
    expect((ok(call('person.list', { query: '工信' })) as { name: string }[]).map((p) => p.name).sort()).toEqual(['吴芳', '周明']);
    expect((ok(call('person.list', { query: '董事' })) as { name: string }[]).map((p) => p.name)).toEqual(['陈立']);
    expect(ok(call('person.list', { query: '%' }))).toEqual([]);
    expect((ok(call('person.list', { category: 'entrepreneur' })) as unknown[]).length).toBe(1);
  });

  it('adds people one by one, by unit and by category without duplicates; updates role and presence; removes', () => {
    const { gxj, director, finance, boss } = seedDirectory();
    const { stage1 } = seedProgramme();
    const session = ok(call('session.create', { stageId: stage1.id, title: 'S' })) as { id: string };
    ok(call('attendance.add', { sessionId: session.id, personIds: [director.id], role: 'speaker' }));
    const afterUnit = ok(call('attendance.add', { sessionId: session.id, unitId: gxj.id })) as { person: { id: string }; role: string }[];
    expect(afterUnit).toHaveLength(2);
    expect(afterUnit.find((p) => p.person.id === director.id)!.role).toBe('speaker');
    const afterCategory = ok(call('attendance.add', { sessionId: session.id, category: 'entrepreneur' })) as unknown[];
    expect(afterCategory).toHaveLength(3);
    expect(ok(call('attendance.update', { sessionId: session.id, personId: boss.id, presence: 'excused' }))).toMatchObject({
      presence: 'excused',
      role: 'attendee',
    });
    expect(call('attendance.update', { sessionId: session.id, personId: finance.id, presence: 'present' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { entity: 'attendance' } },
    });
    ok(call('attendance.remove', { sessionId: session.id, personId: boss.id }));
    expect((ok(call('session.get', { id: session.id })) as { participants: unknown[] }).participants).toHaveLength(2);
    expect(call('attendance.add', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('a person in the trash disappears from attendance lists and comes back on restore', () => {
    const { director } = seedDirectory();
    const { stage1 } = seedProgramme();
    const session = ok(call('session.create', { stageId: stage1.id, title: 'S', chairId: director.id })) as { id: string };
    ok(call('attendance.add', { sessionId: session.id, personIds: [director.id], role: 'chair' }));
    ok(call('person.delete', { id: director.id }));
    expect((ok(call('session.get', { id: session.id })) as { participants: unknown[] }).participants).toHaveLength(0);
    ok(call('trash.restore', { kind: 'person', id: director.id }));
    expect((ok(call('session.get', { id: session.id })) as { participants: unknown[] }).participants).toHaveLength(1);
  });

  it('a call that fails half-way changes nothing (one transaction per call)', () => {
    const { director } = seedDirectory();
    const { stage1 } = seedProgramme();
    const session = ok(call('session.create', { stageId: stage1.id, title: 'S' })) as { id: string };
    const before = snapshot(rt.core.db);
    // The first id is valid and would be inserted before the second is found missing.
    const result = call('attendance.add', { sessionId: session.id, personIds: [director.id, 'missing-person'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', params: { entity: 'person' } } });
    expect(snapshot(rt.core.db)).toEqual(before);
  });
});

describe('settings, info and backups', () => {
  it('remembers the language and theme; null follows the system', () => {
    expect(ok(call('settings.get', {}))).toEqual({ language: null, theme: 'system', dueSoonDays: 3 });
    ok(call('settings.update', { language: 'en', theme: 'dark' }));
    expect(ok(call('settings.get', {}))).toEqual({ language: 'en', theme: 'dark', dueSoonDays: 3 });
    ok(call('settings.update', { language: null }));
    expect(ok(call('settings.get', {}))).toEqual({ language: null, theme: 'dark', dueSoonDays: 3 });
  });

  it('reports the data folder and takes a manual backup', () => {
    expect(ok(call('app.info', {}))).toMatchObject({ dataDir: rt.dir, schemaVersion: LATEST_VERSION });
    const backup = ok(call('backup.create', {})) as { file: string; bytes: number };
    expect(backup.bytes).toBeGreaterThan(0);
    expect((ok(call('backup.list', {})) as { file: string }[]).map((b) => b.file)).toEqual([backup.file]);
  });

  it('keeps only the newest backups', async () => {
    const { rotateBackup, listBackups } = await import('../../main/db/backup.js');
    for (let i = 0; i < 5; i++) rotateBackup(rt.core.db, `${rt.dir}/rot`, 'manual', new Date(Date.UTC(2027, 0, 1, 0, 0, i)), 3);
    const kept = listBackups(`${rt.dir}/rot`);
    expect(kept).toHaveLength(3);
    expect(kept[0]!.file).toContain('20270101T000004');
  });
});
