import { afterEach, describe, expect, it } from 'vitest';
import type { Person, SessionDetail, Unit } from '../../shared/domain.js';
import type { MinutesVersion } from '../../shared/minutes.js';
import { keepOrder } from '../../main/core/minutes-order.js';
import { insertByRank } from '../../main/core/precedence.js';
import fc from 'fast-check';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * Protocol order (排序, issue 16 point 2): people and units carry an order of precedence; the
 * directory, a session's participants and the minutes' 出席 line follow it; regenerating the
 * minutes keeps an order the secretary made by hand.
 */
let rt: TestRuntime;
afterEach(() => rt?.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);
const names = (list: { name: string }[]) => list.map((p) => p.name);
const people = () => names(ok(call('person.list', {})) as Person[]);

function directory() {
  rt = testRuntime();
  const person = (name: string, position: string, category = 'leadership') =>
    (ok(call('person.create', { name, position, category })) as Person).id;
  // Entered out of rank, as people arrive in a directory.
  const ids = {
    ma: person('马文博', '副县长'),
    lin: person('林卫东', '工信局局长', 'department_head'),
    li: person('李长根', '县委副书记、县长'),
    jiang: person('江辰', '县委书记'),
    zhao: person('赵国栋', '副县长'),
  };
  return ids;
}

function session(personIds: string[]) {
  const programme = ok(call('programme.create', { title: 'P', locale: 'zh-CN' })) as { id: string };
  const stage = ok(call('stage.create', { programmeId: programme.id, title: 'S' })) as { id: string };
  const s = ok(call('session.create', { stageId: stage.id, title: '座谈会' })) as { id: string };
  ok(call('attendance.add', { sessionId: s.id, personIds }));
  for (const personId of personIds) ok(call('attendance.update', { sessionId: s.id, personId, presence: 'present' }));
  return s.id;
}

const participants = (sessionId: string) => (ok(call('session.get', { id: sessionId })) as SessionDetail).participants.map((p) => p.person.name);
const leaders = (doc: MinutesVersion['document']) => doc.attendees.find((g) => g.group === '县领导')?.names;

describe('protocol order', () => {
  it('places a new person by the default rule: 书记, 县长, then the 副县长 in the order entered, then department heads', () => {
    directory();
    expect(people()).toEqual(['江辰', '李长根', '马文博', '赵国栋', '林卫东']);
  });

  it('moves a person; participants and the minutes’ 出席 line follow, and a move changes nothing else', () => {
    const ids = directory();
    const sessionId = session(Object.values(ids));
    expect(participants(sessionId)).toEqual(['江辰', '李长根', '马文博', '赵国栋', '林卫东']);
    const before = snapshot(rt.core.db);
    const moved = ok(call('person.move', { id: ids.zhao, position: 2 })) as Person[];
    expect(names(moved)).toEqual(['江辰', '李长根', '赵国栋', '马文博', '林卫东']);
    const after = snapshot(rt.core.db);
    // Only the person table changed: two numbers swapped.
    expect(Object.keys(after).filter((table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]))).toEqual(['person']);
    expect(people()).toEqual(['江辰', '李长根', '赵国栋', '马文博', '林卫东']);
    expect(participants(sessionId)).toEqual(['江辰', '李长根', '赵国栋', '马文博', '林卫东']);
    const doc = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    expect(leaders(doc)).toEqual(['江辰', '李长根', '赵国栋', '马文博']);
  });

  it('refuses a move of a person or unit that is not there, changing nothing', () => {
    directory();
    const before = snapshot(rt.core.db);
    expect(call('person.move', { id: 'nobody', position: 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('unit.move', { id: 'nothing', position: 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(rt.core.db)).toEqual(before);
  });

  it('orders units by kind (党委, 人大, 政府, 政协, departments, townships), moves them, and resets both lists to the default', () => {
    const ids = directory();
    const unit = (name: string, kind: string) => (ok(call('unit.create', { name, kind })) as Unit).id;
    const town = unit('城关镇', 'township');
    unit('工信局', 'department');
    unit('县政府', 'government');
    const committee = unit('县委', 'party');
    const units = () => names(ok(call('unit.list', {})) as Unit[]);
    expect(units()).toEqual(['县委', '县政府', '工信局', '城关镇']);
    ok(call('unit.move', { id: town, position: 0 }));
    expect(units()).toEqual(['城关镇', '县委', '县政府', '工信局']);
    ok(call('unit.move', { id: committee, position: 99 }));
    expect(units()).toEqual(['城关镇', '县政府', '工信局', '县委']);
    expect(names(ok(call('unit.resetOrder', {})) as Unit[])).toEqual(['县委', '县政府', '工信局', '城关镇']);

    ok(call('person.move', { id: ids.lin, position: 0 }));
    expect(people()[0]).toBe('林卫东');
    expect(names(ok(call('person.resetOrder', {})) as Person[])).toEqual(['江辰', '李长根', '马文博', '赵国栋', '林卫东']);
  });

  it('regenerating the minutes keeps an order the secretary made by hand, and follows the directory where there is none', () => {
    const ids = directory();
    const sessionId = session(Object.values(ids));
    const draft = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    expect(leaders(draft)).toEqual(['江辰', '李长根', '马文博', '赵国栋']);
    // The directory changes: a draft nobody reordered follows it.
    ok(call('person.move', { id: ids.zhao, position: 2 }));
    const followed = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    expect(leaders(followed)).toEqual(['江辰', '李长根', '赵国栋', '马文博']);
    // The secretary puts 马文博 before 李长根 by hand, and removes 江辰 from the line.
    const byHand = followed.attendees.map((g) => (g.group === '县领导' ? { ...g, names: ['马文博', '李长根', '赵国栋'] } : g));
    ok(call('minutes.update', { sessionId, version: 1, document: { ...followed, attendees: byHand } }));
    // A new person joins; the directory moves again; regenerate keeps the hand-made order.
    const newcomer = (ok(call('person.create', { name: '孙海燕', position: '副县长', category: 'leadership' })) as Person).id;
    ok(call('attendance.add', { sessionId, personIds: [newcomer] }));
    ok(call('attendance.update', { sessionId, personId: newcomer, presence: 'present' }));
    ok(call('person.move', { id: ids.zhao, position: 0 }));
    const regenerated = (ok(call('minutes.generate', { sessionId })) as MinutesVersion).document;
    // The names the secretary ordered keep their order; 江辰 and the newcomer take their places by precedence.
    expect(leaders(regenerated)).toEqual(['马文博', '江辰', '李长根', '赵国栋', '孙海燕']);
    // The department heads' line was never reordered: it follows the directory.
    expect(regenerated.attendees.find((g) => g.group === '部门负责人')?.names).toEqual(['林卫东']);
  });

  it('the sample directory loads in protocol order, in both languages', () => {
    rt = testRuntime();
    ok(call('sample.load', { locale: 'zh-CN' }));
    const list = people();
    expect(list.slice(0, 9)).toEqual(['江辰', '李长根', '周立群', '王志远', '陈静', '刘芳', '赵国栋', '孙海燕', '马文博']);
    expect(list.slice(-2)).toEqual(['秦悦', '范思琪']);
    ok(call('sample.load', { locale: 'en' }));
    // The English directory's people are placed among the Chinese ones, rank by rank.
    expect(people().slice(0, 4)).toEqual(['江辰', 'Jiang Chen', '李长根', 'Li Changgen']);
  });

  it('keepOrder: a permutation of the fresh list; names the previous list holds come in its order, the others keep their places (fast-check)', () => {
    const name: fc.Arbitrary<string> = fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己');
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), fc.array(name, { maxLength: 8 }), (fresh, previous) => {
        const kept = keepOrder(fresh, previous);
        expect([...kept].sort()).toEqual([...fresh].sort());
        const held = new Set(previous);
        kept.forEach((n, index) => {
          if (!held.has(fresh[index]!)) expect(n).toBe(fresh[index]);
        });
        const firstSeen = (list: string[]) => [...new Set(list.filter((n) => held.has(n)))];
        expect(firstSeen(kept)).toEqual(firstSeen(previous).filter((n) => fresh.includes(n)));
      }),
    );
  });
});

describe('placing many new rows at once (a directory import)', () => {
  it('gives what placing them one by one gives: each before the first of a higher rank, in a hand-made order too', () => {
    // The rule placeNew applied in turn: the reference insertByRank must agree with.
    const oneByOne = (list: string[], fresh: string[], rank: (id: string) => number) => {
      const ids = [...list];
      for (const id of fresh) {
        const before = ids.findIndex((other) => rank(other) > rank(id));
        ids.splice(before === -1 ? ids.length : before, 0, id);
      }
      return ids;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }), (old, added) => {
        // Ranks as a hand-made order leaves them: not sorted.
        const ranks = new Map<string, number>([...old.map((r, i) => [`old${i}`, r] as const), ...added.map((r, i) => [`new${i}`, r] as const)]);
        const rank = (id: string) => ranks.get(id)!;
        const list = old.map((_, i) => `old${i}`);
        const fresh = added.map((_, i) => `new${i}`);
        expect(insertByRank(list, fresh, rank)).toEqual(oneByOne(list, fresh, rank));
      }),
      { numRuns: 500 },
    );
  });
});
