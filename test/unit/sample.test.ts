import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels.js';
import type { ChangeEvent } from '../../shared/contract/events.js';
import { id as idField, type Locale } from '../../shared/contract/fields.js';
import type { ProgrammeDetail } from '../../shared/domain.js';
import type { CoreContext } from '../../main/core/context.js';
import { openRuntime, type Runtime } from '../../main/service/runtime.js';
import { sampleData } from '../../main/sample/data/index.js';
import { loadSample } from '../../main/sample/load.js';
import { fileStore } from '../../main/db/file-store.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const TABLES = [
  'programme',
  'stage',
  'session',
  'sitting',
  'unit',
  'person',
  'attendance',
  'agenda_item',
  'speaker',
  'action_item',
  'action_co_unit',
  'action_check',
  'minutes',
] as const;

let dir: string;
let runtime: Runtime;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-sample-'));
  runtime = openRuntime({ dataDir: dir, now: () => new Date('2027-01-04T08:00:00Z') });
});

afterEach(() => {
  runtime.close({ backup: false });
  fs.rmSync(dir, { recursive: true, force: true });
});

function call<C extends ChannelName>(channel: C, input: InputOf<C>): OutputOf<C> {
  const result = runtime.core.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<C>;
}

const load = (locale: Locale) => call('sample.load', { locale }).programmeId;

function counts(): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (runtime.core.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** A loaded programme with its words taken out: what both languages must share. */
function skeleton(detail: ProgrammeDetail) {
  return detail.stages.map((stage) => ({
    position: stage.position,
    sessions: stage.sessions.map((s) => ({
      position: s.position,
      mode: s.mode,
      sittings: s.sittings.map(({ position, date, startTime, endTime }) => ({ position, date, startTime, endTime })),
      participantCount: s.participantCount,
    })),
  }));
}

function participantsByRole(sessionId: string) {
  const { participants } = call('session.get', { id: sessionId });
  const names = (role: string) => participants.filter((p) => p.role === role).map((p) => p.person.name);
  return { participants, names };
}

describe('sample.load', () => {
  it('loads the Chinese sample: programme, stages, sessions with sittings, directory, attendance', () => {
    const sample = sampleData('zh-CN');
    const programmeId = load('zh-CN');
    expect(programmeId).toBe('sample-zh-1');

    const detail = call('programme.get', { id: programmeId });
    expect(detail.programme).toMatchObject({ title: '清源县高质量发展战略布局专题研讨', locale: 'zh-CN' });
    expect(detail.programme.description).toContain('年度计划、重点任务和考核指标');
    expect(detail.stages.map((s) => [s.position, s.title])).toEqual([
      [0, '常委会层面研讨'],
      [1, '专题研讨'],
      [2, '后续决策会议'],
    ]);
    const [leadership, themed, decisions] = detail.stages;

    expect(leadership!.sessions).toHaveLength(1);
    const seminar = leadership!.sessions[0]!;
    // Its minutes are approved (sample-actions.test.ts reads them); it can still be run for practice.
    expect(seminar).toMatchObject({ mode: 'discussion', venue: '县委会议室', status: 'planned', minutesStatus: 'approved' });
    expect(seminar.sittings.map((s) => [s.date, s.startTime, s.endTime])).toEqual([
      ['2027-01-11', '09:00', '12:00'],
      ['2027-01-11', '14:30', '17:30'],
    ]);
    expect(themed!.sessions.map((s) => [s.position, s.theme, s.mode, s.sittings.length])).toEqual([
      [0, '优化营商环境，构建创新生态', 'discussion', 1],
      [1, '深化区域协同，实现共赢发展', 'discussion', 1],
    ]);
    expect(decisions!.sessions.map((s) => s.mode)).toEqual(['decision', 'decision']);
    expect(decisions!.sessions[0]!.title).toContain('县长办公会');
    expect(decisions!.sessions[1]!.title).toContain('常委会');
    const allSessions = detail.stages.flatMap((s) => s.sessions);
    expect(allSessions.map((s) => s.participantCount)).toEqual(sample.sessions.map((s) => s.attendance.length));

    const units = call('unit.list', {});
    for (const unit of sample.units) expect(units).toContainEqual(expect.objectContaining({ name: unit.name, kind: unit.kind }));
    const people = call('person.list', {});
    expect(people).toHaveLength(sample.people.length);
    expect(people).toContainEqual(
      expect.objectContaining({ name: '江辰', position: '县委书记', unitName: '中共清源县委员会', category: 'leadership' }),
    );
    expect(people).toContainEqual(expect.objectContaining({ name: '林卫东', position: '工信局局长', unitName: '清源县工业和信息化局' }));

    // Stage 1: the chair presents, the executive deputy head presents, the round speaks, the secretary records.
    const { participants, names } = participantsByRole(seminar.id);
    const jiang = people.find((p) => p.name === '江辰')!;
    expect(seminar.chairId).toBe(jiang.id);
    expect(seminar.secretaryId).toBe(people.find((p) => p.name === '秦悦')!.id);
    expect(names('chair')).toEqual(['江辰']);
    expect(names('presenter')).toEqual(['王志远']);
    expect(names('speaker').sort()).toEqual(['何建军', '吴晓东', '孙海燕', '冯磊', '赵国栋', '郑春梅', '马文博', '林卫东'].sort());
    expect(names('attendee')).toContain('李长根');
    expect(names('secretary')).toEqual(['秦悦']);
    expect(participants.filter((p) => p.presence === 'excused').map((p) => p.person.name)).toEqual(['刘芳']);
    expect(participants.filter((p) => p.presence !== 'excused').every((p) => p.presence === 'present')).toBe(true);

    // Sessions that have not met yet: everyone invited.
    for (const session of allSessions.slice(1)) {
      expect(participantsByRole(session.id).participants.every((p) => p.presence === 'invited')).toBe(true);
    }
  });

  it('loads the English sample with the same shape and English text, beside the Chinese one', () => {
    const zhId = load('zh-CN');
    const enId = load('en');
    expect(enId).toBe('sample-en-1');
    const zh = call('programme.get', { id: zhId });
    const en = call('programme.get', { id: enId });
    expect(skeleton(en)).toEqual(skeleton(zh));
    expect(en.programme).toMatchObject({ title: 'Qingyuan County: strategy rollout seminars', locale: 'en' });
    expect(en.stages[2]!.title).toBe('Follow-up decision meetings');

    const texts = [en.programme.title, en.programme.description];
    for (const stage of en.stages) {
      texts.push(stage.title, stage.audience, stage.purpose);
      for (const session of stage.sessions) {
        texts.push(session.title, session.theme, session.venue);
        for (const p of participantsByRole(session.id).participants) texts.push(p.person.name, p.person.position, p.person.unitName ?? '');
      }
    }
    for (const text of texts) expect(text).not.toMatch(CJK);
    const { names } = participantsByRole(en.stages[0]!.sessions[0]!.id);
    expect(names('chair')).toEqual(['Jiang Chen']);

    // Two programmes, two directories side by side.
    expect(call('programme.list', {}).map((p) => p.id).sort()).toEqual(['sample-en-1', 'sample-zh-1']);
    expect(call('unit.list', {})).toHaveLength(2 * sampleData('en').units.length);
    expect(call('person.list', {})).toHaveLength(2 * sampleData('en').people.length);
  });

  it('returns the live sample on a second load and adds nothing', () => {
    const events: ChangeEvent[] = [];
    runtime.core.subscribe((event) => events.push(event));
    const first = load('zh-CN');
    expect([...events[0]!.topics].sort()).toEqual([
      'action',
      'agenda',
      'attendance',
      'minutes',
      'note',
      'person',
      'plan',
      'programme',
      'session',
      'sitting',
      'stage',
      'unit',
    ]);
    const before = counts();
    expect(load('zh-CN')).toBe(first);
    expect(counts()).toEqual(before);
    expect(events).toHaveLength(1);
  });

  it('makes a fresh copy when the sample is in the trash, and reuses the directory', () => {
    const first = load('zh-CN');
    const directory = { units: call('unit.list', {}).length, people: call('person.list', {}).length };
    call('programme.delete', { id: first });
    const second = load('zh-CN');
    expect(second).toBe('sample-zh-2');
    expect(call('programme.get', { id: second }).stages.flatMap((s) => s.sessions)).toHaveLength(5);
    expect({ units: call('unit.list', {}).length, people: call('person.list', {}).length }).toEqual(directory);
    expect(load('zh-CN')).toBe(second);

    // The trashed copy stays restorable; once both are purged, copy 1 comes back with its old ids.
    expect(call('trash.list', {}).map((t) => t.id)).toEqual([first]);
    call('programme.delete', { id: second });
    call('trash.purge', { kind: 'programme', id: first });
    call('trash.purge', { kind: 'programme', id: second });
    expect(load('zh-CN')).toBe(first);
    expect(call('programme.get', { id: first }).stages.map((s) => s.id)).toEqual([
      'sample-zh-1-stage-leadership',
      'sample-zh-1-stage-themed',
      'sample-zh-1-stage-decisions',
    ]);
    expect(counts().programme).toBe(1);
  });

  it('reuses a live unit of the same name and a person of the same name in it', () => {
    const unit = call('unit.create', { name: '清源县财政局', shortName: '县财政', kind: 'department' });
    const person = call('person.create', { name: '高秀兰', position: '局长', unitId: unit.id, category: 'department_head' });
    const programmeId = load('zh-CN');
    expect(call('unit.list', { query: '财政局' }).map((u) => u.id)).toEqual([unit.id]);
    expect(call('person.list', { query: '高秀兰' }).map((p) => p.id)).toEqual([person.id]);
    const decisions = call('programme.get', { id: programmeId }).stages[2]!;
    expect(participantsByRole(decisions.sessions[0]!.id).participants.map((p) => p.person.id)).toContain(person.id);
  });

  it('does not revive a trashed sample unit: a new one takes the next free id', () => {
    call('programme.delete', { id: load('zh-CN') });
    call('unit.delete', { id: 'sample-zh-unit-finance' });
    load('zh-CN');
    expect(call('unit.list', { query: '清源县财政局' }).map((u) => u.id)).toEqual(['sample-zh-unit-finance-2']);
  });

  it('gives every row a valid id', () => {
    load('zh-CN');
    load('en');
    // Attendance, co-units and minutes are keyed by the rows they join.
    for (const table of TABLES.filter((t) => !['attendance', 'action_co_unit', 'minutes'].includes(t))) {
      const ids = runtime.core.db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[];
      for (const { id } of ids) expect(idField.safeParse(id).success, id).toBe(true);
    }
  });

  it('runs as its own transaction when called directly (the CLI)', () => {
    const changed: string[] = [];
    const ctx: CoreContext = {
      db: runtime.core.db,
      now: () => new Date('2027-01-04T08:00:00Z'),
      newId: () => 'unused',
      changed: (topic) => changed.push(topic),
      host: { info: () => { throw new Error('unused'); }, backup: () => { throw new Error('unused'); }, listBackups: () => [], health: () => { throw new Error('unused'); }, files: fileStore(runtime.paths.dataDir) },
    };
    expect(loadSample(ctx, 'en')).toEqual({ programmeId: 'sample-en-1', created: true });
    expect(runtime.core.db.inTransaction).toBe(false);
    expect(changed).toContain('programme');
    expect(loadSample(ctx, 'en')).toEqual({ programmeId: 'sample-en-1', created: false });
  });
});
