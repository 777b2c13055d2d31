import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../main/db/migrations/index.js';
import { openDatabase } from '../../main/db/open.js';
import { dataPaths } from '../../main/db/paths.js';
import type { Participant, SessionDetail } from '../../shared/domain.js';
import { attendanceNotTaken, type MinutesVersion } from '../../shared/minutes.js';
import { ok, tempDir, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * One fact in two places: the session's chair and secretary, and the participants' roles. Setting
 * either sets the other; the minutes draft reads the recorded presence only (issue: a first real
 * meeting from an empty laptop, point 4).
 */
let rt: TestRuntime;
afterEach(() => rt?.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);
const detail = (id: string) => ok(call('session.get', { id })) as SessionDetail;
const roleOf = (id: string, personId: string) => detail(id).participants.find((p) => p.person.id === personId)?.role;
const draft = (sessionId: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  (ok(call('minutes.generate', { sessionId, locale })) as MinutesVersion).document;

function seed(locale: 'zh-CN' | 'en' = 'zh-CN') {
  rt = testRuntime();
  const programme = ok(call('programme.create', { title: 'P', locale })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: 'S' })) as { id: string };
  const session = ok(call('session.create', { stageId: stage.id, title: '座谈会' })) as { id: string };
  const person = (name: string, category = 'department_head') => (ok(call('person.create', { name, category })) as { id: string }).id;
  const people = {
    chair: person('江辰', 'leadership'),
    secretary: person('林晓', 'staff'),
    a: person('王芳'),
    b: person('赵磊'),
    c: person('孙丽'),
    observer: person('周敏', 'expert'),
  };
  ok(call('attendance.add', { sessionId: session.id, personIds: Object.values(people) }));
  return { sessionId: session.id, people };
}

describe('chair and secretary: one source of truth', () => {
  it('a participant given the chair or secretary role becomes the session’s chair or secretary, and the minutes name them', () => {
    const { sessionId, people } = seed();
    ok(call('attendance.update', { sessionId, personId: people.chair, role: 'chair' }));
    ok(call('attendance.update', { sessionId, personId: people.secretary, role: 'secretary' }));
    expect(detail(sessionId).session).toMatchObject({ chairId: people.chair, secretaryId: people.secretary });
    expect(draft(sessionId)).toMatchObject({ chair: '江辰', recorder: '林晓' });

    // Another chair: the previous one stays a participant, as an attendee.
    ok(call('attendance.update', { sessionId, personId: people.a, role: 'chair' }));
    expect(detail(sessionId).session.chairId).toBe(people.a);
    expect(roleOf(sessionId, people.chair)).toBe('attendee');

    // The chair becomes an ordinary speaker, or leaves the list: the session has no chair.
    ok(call('attendance.update', { sessionId, personId: people.a, role: 'speaker' }));
    expect(detail(sessionId).session.chairId).toBeNull();
    ok(call('attendance.remove', { sessionId, personId: people.secretary }));
    expect(detail(sessionId).session.secretaryId).toBeNull();
  });

  it('the session details’ chair and secretary become participants with that role', () => {
    const { sessionId, people } = seed();
    const outsider = (ok(call('person.create', { name: '何平' })) as { id: string }).id;
    ok(call('session.update', { id: sessionId, chairId: people.b, secretaryId: outsider }));
    expect(roleOf(sessionId, people.b)).toBe('chair');
    expect(roleOf(sessionId, outsider)).toBe('secretary');
    ok(call('session.update', { id: sessionId, chairId: people.c }));
    expect(roleOf(sessionId, people.b)).toBe('attendee');
    expect(roleOf(sessionId, people.c)).toBe('chair');
    // The secretary made chair gives up the secretary's office: one role per participant.
    ok(call('session.update', { id: sessionId, chairId: outsider }));
    expect(detail(sessionId).session).toMatchObject({ chairId: outsider, secretaryId: null });
    ok(call('session.update', { id: sessionId, chairId: null }));
    expect(roleOf(sessionId, outsider)).toBe('attendee');

    const stageId = detail(sessionId).session.stageId;
    const created = ok(call('session.create', { stageId, title: 'B', chairId: people.a })) as { id: string };
    expect(detail(created.id).participants.map((p: Participant) => [p.person.name, p.role])).toEqual([['王芳', 'chair']]);
  });

  it('the sample workshop is in step too', () => {
    rt = testRuntime();
    for (const locale of ['zh-CN', 'en']) ok(call('sample.load', { locale }));
    const rows = rt.core.db
      .prepare(
        `SELECT s.id, s.chair_id AS chair, s.secretary_id AS secretary,
                (SELECT group_concat(person_id) FROM attendance a WHERE a.session_id = s.id AND a.role = 'chair') AS chairs,
                (SELECT group_concat(person_id) FROM attendance a WHERE a.session_id = s.id AND a.role = 'secretary') AS secretaries
           FROM session s`,
      )
      .all() as { chair: string | null; secretary: string | null; chairs: string | null; secretaries: string | null }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row.chairs, row.secretaries]).toEqual([row.chair, row.secretary]);
  });

  it('migrating brings existing sessions in step: field without role, role without field, two chairs', () => {
    const dir = tempDir();
    const paths = dataPaths(dir);
    const old = openDatabase({ file: paths.databaseFile, backupDir: paths.backupDir, migrations: MIGRATIONS.slice(0, 8) });
    const at = '2026-01-01T00:00:00.000Z';
    old.db.exec(`
      INSERT INTO programme (id, title, created_at, updated_at) VALUES ('p', 'P', '${at}', '${at}');
      INSERT INTO stage (id, programme_id, title, position, created_at, updated_at) VALUES ('st', 'p', 'S', 0, '${at}', '${at}');
      INSERT INTO person (id, name, created_at, updated_at) VALUES ('x', 'X', '${at}', '${at}'), ('y', 'Y', '${at}', '${at}'), ('z', 'Z', '${at}', '${at}');
      -- s1: the fields are set, the people are not participants (or have another role).
      INSERT INTO session (id, stage_id, title, position, chair_id, secretary_id, created_at, updated_at) VALUES ('s1', 'st', 'A', 0, 'x', 'y', '${at}', '${at}');
      INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at) VALUES ('s1', 'y', 'speaker', 'present', '${at}', '${at}');
      -- s2: roles without fields, and two chairs.
      INSERT INTO session (id, stage_id, title, position, created_at, updated_at) VALUES ('s2', 'st', 'B', 1, '${at}', '${at}');
      INSERT INTO attendance (session_id, person_id, role, presence, created_at, updated_at) VALUES
        ('s2', 'x', 'chair', 'invited', '2026-01-01T00:00:01.000Z', '${at}'), ('s2', 'y', 'chair', 'invited', '2026-01-01T00:00:02.000Z', '${at}'),
        ('s2', 'z', 'secretary', 'invited', '${at}', '${at}');`);
    old.db.close();
    rt = testRuntime({ dataDir: dir });
    const roles = (id: string) => Object.fromEntries(detail(id).participants.map((p) => [p.person.id, p.role]));
    expect(detail('s1').session).toMatchObject({ chairId: 'x', secretaryId: 'y' });
    expect(roles('s1')).toEqual({ x: 'chair', y: 'secretary' });
    expect(detail('s2').session).toMatchObject({ chairId: 'x', secretaryId: 'z' });
    expect(roles('s2')).toEqual({ x: 'chair', y: 'attendee', z: 'secretary' });
  });
});

describe('the minutes draft reports the recorded presence', () => {
  it('lists present, late, on leave, absent and observers; the unconfirmed are named as such, not as present', () => {
    const { sessionId, people } = seed();
    ok(call('attendance.update', { sessionId, personId: people.chair, role: 'chair', presence: 'present' }));
    ok(call('attendance.update', { sessionId, personId: people.secretary, role: 'secretary', presence: 'present' }));
    ok(call('attendance.update', { sessionId, personId: people.a, presence: 'late' }));
    ok(call('attendance.update', { sessionId, personId: people.b, presence: 'excused' }));
    ok(call('attendance.update', { sessionId, personId: people.observer, role: 'observer', presence: 'present' }));
    // 孙丽's presence was never recorded.
    const doc = draft(sessionId);
    // 列席 and the unrecorded are fields of their own, never groups inside 出席.
    expect(doc.attendees).toEqual([
      { group: '县领导', names: ['江辰'] },
      { group: '部门负责人', names: ['王芳'] },
    ]);
    expect(doc.observers).toEqual(['周敏']);
    expect(doc.unrecorded).toEqual(['孙丽']);
    expect(doc.excused).toEqual(['赵磊']);
    expect(doc.absent).toEqual([]);
    ok(call('attendance.update', { sessionId, personId: people.c, presence: 'absent' }));
    expect(draft(sessionId, 'en')).toMatchObject({
      attendees: [
        { group: 'County leadership', names: ['江辰'] },
        { group: 'Department head', names: ['王芳'] },
      ],
      observers: ['周敏'],
      excused: ['赵磊'],
      absent: ['孙丽'],
      unrecorded: [],
    });
  });

  it('says plainly that attendance was not taken when nobody’s presence was recorded', () => {
    const { sessionId } = seed();
    // Nothing under 出席 (the exports then print "未记录出席情况", see export-minutes-content.test.ts); everyone invited is named as not recorded.
    const doc = draft(sessionId);
    expect(doc).toMatchObject({ attendees: [], observers: [], excused: [], absent: [] });
    expect(attendanceNotTaken(doc)).toBe(true);
    expect(doc.unrecorded.length).toBeGreaterThan(0);
  });
});
