/**
 * What the follow-up digest (督办通报) and ledger (督办台账) read (issue 17's benchmark: 5,000 tasks):
 * the same models as before the reads were made lean (a stored snapshot of a fixture with progress,
 * extensions, co-units, checklists, a closed, a cancelled, a deleted and a unit-less task), and a
 * fixed number of queries whatever the number of tasks, none of them for checklists.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import { digestModel, ledgerModel, type FollowupScope } from '../../main/export/followup-model.js';
import { readModel } from '../../main/export/model.js';
import type { ReadContext } from '../../main/core/context.js';
import { testClock } from '../helpers/clock.js';
import { ok, testRuntime, type TestRuntime } from '../helpers/runtime.js';

let rt: TestRuntime;
let clock: ReturnType<typeof testClock>;
let call: (name: string, input: unknown) => unknown;
let programmeId: string;
let units: string[];

beforeEach(() => {
  clock = testClock('2025-09-20T02:00:00Z');
  rt = testRuntime({ now: clock.now });
  call = (name, input) => ok(rt.core.call(name as never, input as never) as never);
  programmeId = (call('programme.create', { title: '清源县督办' }) as { id: string }).id;
  units = ['县发改局', '县财政局', '县工信局'].map((name) => (call('unit.create', { name, kind: 'department' }) as { id: string }).id);
});
afterEach(() => rt.cleanup());

const create = (input: Record<string, unknown>) => call('action.create', { programmeId, ...input }) as ActionItem;

function fixture() {
  const [dev, fin, ind] = units as [string, string, string];
  const plan = create({ title: '报送产业规划方案', leadUnitId: dev, coUnitIds: [fin, ind], dueDate: '2025-10-09', checklist: ['初稿', '征求意见'] });
  call('action.progressAdd', { actionId: plan.id, date: '2025-09-25', text: '已形成初稿，正在征求意见。' });
  call('action.progressAdd', { actionId: plan.id, date: '2025-10-20', text: '已报送。\n待审定。' });
  const funds = create({ title: '梳理专项资金清单', leadUnitId: fin, coUnitIds: [dev], dueDate: '2025-11-03', deliverable: '资金清单' });
  const extension = call('action.extensionRequest', { actionId: funds.id, requestedDate: '2025-12-01', reason: '数据未齐' }) as { id: string };
  call('action.extensionDecide', { id: extension.id, approve: true });
  // A day later: two requests of the same instant would come in id order, which is random.
  clock.set('2025-09-21T02:00:00Z');
  call('action.extensionRequest', { actionId: funds.id, requestedDate: '2025-12-20', reason: '再次延期' });
  for (const [status, day] of [['in_progress', '2025-10-20'], ['submitted', '2025-10-30'], ['accepted', '2025-11-05']] as const) {
    clock.set(`${day}T02:00:00Z`);
    call('action.move', { id: funds.id, status, position: 0 });
  }
  create({ title: '无牵头单位的任务', dueDate: '2025-10-01' });
  create({ title: '不设期限的任务', leadUnitId: ind });
  create({ title: '明年的任务', leadUnitId: ind, dueDate: '2026-03-31' });
  const cancelled = create({ title: '已取消的任务', leadUnitId: dev, dueDate: '2025-10-01' });
  call('action.move', { id: cancelled.id, status: 'cancelled', position: 0 });
  const deleted = create({ title: '已删除的任务', leadUnitId: dev, dueDate: '2025-10-01' });
  call('action.delete', { id: deleted.id });
  return { dev };
}

const read = <T>(model: (ctx: ReadContext, scope: FollowupScope) => T, scope: Omit<FollowupScope, 'programmeId'>) =>
  readModel(rt.core, clock.now, (ctx) => model(ctx, { programmeId, ...scope }));

describe('the follow-up reads', () => {
  it('give the same digest and ledger models as before they were made lean (both languages, several as-of days, one unit)', async () => {
    const { dev } = fixture();
    const models: Record<string, unknown> = {};
    for (const asOf of ['2025-09-30', '2025-10-15', '2025-11-10', '2026-01-05']) {
      for (const locale of ['zh-CN', 'en'] as const) {
        models[`digest ${asOf} ${locale}`] = read(digestModel, { asOf, locale });
        models[`ledger ${asOf} ${locale}`] = read(ledgerModel, { asOf, locale });
        models[`unit ledger ${asOf} ${locale}`] = read(ledgerModel, { asOf, locale, unitId: dev });
      }
    }
    // Written by the code before this change (filterActions, listProgress and listExtensions per task).
    await expect(JSON.stringify(models, null, 1)).toMatchFileSnapshot('./__snapshots__/followup-read.models.json');
  });

  it('ask a fixed number of queries whatever the number of tasks, and never for checklists', () => {
    const [dev, fin] = units as [string, string];
    const queriesFor = (tasks: number) => {
      for (let n = 0; n < tasks; n++) {
        const task = create({ title: `任务${n}`, leadUnitId: n % 2 ? dev : fin, coUnitIds: [n % 2 ? fin : dev], dueDate: '2025-10-09', checklist: ['一项'] });
        call('action.progressAdd', { actionId: task.id, date: '2025-09-25', text: '进展' });
        call('action.extensionRequest', { actionId: task.id, requestedDate: '2025-12-01', reason: '延期' });
      }
      // Every statement the two reads prepare (each query prepares where it runs: a per-task query prepares per task).
      const statements: string[] = [];
      const { db } = rt.core;
      const counting = new Proxy(db, {
        get(target, property) {
          if (property === 'prepare') return (sql: string) => (statements.push(sql), target.prepare(sql));
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      db.transaction(() => {
        digestModel({ db: counting, now: clock.now }, { programmeId, asOf: '2025-10-15' });
        ledgerModel({ db: counting, now: clock.now }, { programmeId, asOf: '2025-10-15' });
      }).deferred();
      return statements;
    };
    const few = queriesFor(3);
    const more = queriesFor(30);
    expect(more.length).toBe(few.length);
    expect(more.filter((sql) => /action_check/.test(sql))).toEqual([]);
  });
});
