import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_STATUSES, checkMove, STATUS_MOVES, type ActionDetail, type ActionItem, type ActionStatus } from '../../shared/actions.js';
import type { AppErrorPayload } from '../../shared/contract/result.js';
import { errorMessage } from '../../renderer/src/i18n/errorMessage.js';
import { historyLine } from '../../renderer/src/screens/board/format.js';
import { translators } from '../helpers/i18n.js';
import { ok, snapshot, testRuntime, type TestRuntime } from '../helpers/runtime.js';

/**
 * The one transition rule (shared/actions.ts checkMove) and the core's action.move, which asks it:
 * what the board, the panel and the core agree on; the confirmation the checklist asks for; Undo.
 */

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);

function seed() {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const lead = ok(call('unit.create', { name: '工信局', kind: 'department' })) as { id: string };
  const make = (title: string, status: ActionStatus, checklist: string[] = []) =>
    ok(call('action.create', { programmeId: programme.id, title, status, leadUnitId: lead.id, checklist, deliverable: '成果' })) as ActionItem;
  return { programme, lead, make };
}

const task = (status: ActionStatus, hasLead = true, done: boolean[] = []) => ({ status, hasLead, checklist: done.map((d) => ({ done: d })) });

describe('the transition rule', () => {
  it('lets an accepted task go back one column (submitted) as well as back to work: the keyboard and the panel agree', () => {
    expect(checkMove(task('accepted'), 'submitted')).toEqual({ ok: true, confirm: null });
    expect(checkMove(task('accepted'), 'in_progress')).toEqual({ ok: true, confirm: null });
    expect(checkMove(task('cancelled'), 'accepted')).toEqual({ ok: false, reason: 'move_not_allowed' });
  });

  it('every status reaches its left and right neighbour on the board, except leaving cancelled for accepted', () => {
    for (let i = 0; i + 1 < ACTION_STATUSES.length; i++) {
      const left = ACTION_STATUSES[i]!;
      const right = ACTION_STATUSES[i + 1]!;
      if (right !== 'cancelled') expect(checkMove(task(left), right).ok, `${left} → ${right}`).toBe(true);
      if (left !== 'accepted') expect(checkMove(task(right), left).ok, `${right} → ${left}`).toBe(true);
    }
  });

  it('needs a lead unit to leave proposed, and asks to confirm accepting with unticked contents', () => {
    expect(checkMove(task('proposed', false), 'assigned')).toEqual({ ok: false, reason: 'lead_unit_required' });
    expect(checkMove(task('proposed', false), 'cancelled')).toEqual({ ok: true, confirm: null });
    expect(checkMove(task('submitted', true, [true, false, false]), 'accepted')).toEqual({ ok: true, confirm: 'checklist_unfinished', unchecked: 2 });
    expect(checkMove(task('submitted', true, [true, true]), 'accepted')).toEqual({ ok: true, confirm: null });
    // Only accepting asks: submitting with unticked contents is normal work.
    expect(checkMove(task('in_progress', true, [false]), 'submitted')).toEqual({ ok: true, confirm: null });
  });

  it('the panel offers exactly the statuses the rule allows', () => {
    for (const from of ACTION_STATUSES) {
      for (const to of ACTION_STATUSES) {
        expect(checkMove(task(from), to).ok, `${from} → ${to}`).toBe(from === to || STATUS_MOVES[from].includes(to));
      }
    }
  });
});

describe('action.move asks the same rule', () => {
  it('takes accepted → submitted (reopened with a reason), and refuses cancelled → accepted with a translated reason, changing nothing', () => {
    const { make } = seed();
    const accepted = make('验收过的任务', 'accepted');
    expect((ok(call('action.move', { id: accepted.id, status: 'submitted', position: 0, reason: '验收有误' })) as ActionItem).status).toBe('submitted');

    const cancelled = make('已取消的任务', 'cancelled');
    const before = snapshot(rt.core.db);
    const refused = call('action.move', { id: cancelled.id, status: 'accepted', position: 0 }) as { ok: false; error: AppErrorPayload };
    expect(refused.ok).toBe(false);
    expect(errorMessage(zh, refused.error)).toBe('现在不能这样做：任务不能从“已取消”直接改为“已验收”。');
    expect(errorMessage(en, refused.error)).toBe('This cannot be done now: a task cannot go from “Cancelled” straight to “Accepted”.');
    expect(snapshot(rt.core.db)).toEqual(before);
  });
});

describe('undo of a move', () => {
  it('restores status and position and is in the history', () => {
    const { make } = seed();
    const first = make('第一项', 'submitted', ['初稿']);
    const second = make('第二项', 'submitted');
    make('已验收的一项', 'accepted');
    expect(second.boardPosition).toBe(1);
    ok(call('action.move', { id: first.id, status: 'accepted', position: 0 }));
    ok(call('action.move', { id: first.id, status: 'submitted', position: first.boardPosition, undo: true }));
    const list = ok(call('action.list', { programmeId: first.programmeId })) as ActionItem[];
    expect(list.filter((a) => a.status === 'submitted').map((a) => a.title)).toEqual(['第一项', '第二项']);
    const history = (ok(call('action.get', { id: first.id })) as ActionDetail).history.filter((h) => h.field.startsWith('status'));
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['status', 'submitted', 'accepted'],
      ['statusUndo', 'accepted', 'submitted'],
    ]);
  });

  it('takes back a move the rule would not make forwards (cancelled → in progress), but only the latest move', () => {
    const { make } = seed();
    const working = make('办理中的任务', 'in_progress');
    ok(call('action.move', { id: working.id, status: 'cancelled', position: 0 }));
    // Not a plain move: cancelled → in progress is not in the rule.
    expect(call('action.move', { id: working.id, status: 'in_progress', position: 0 })).toMatchObject({ ok: false });
    // Nor an "undo" to somewhere the task never was.
    expect(call('action.move', { id: working.id, status: 'submitted', position: 0, undo: true })).toMatchObject({ ok: false });
    expect((ok(call('action.move', { id: working.id, status: 'in_progress', position: 0, undo: true })) as ActionItem).status).toBe('in_progress');
    // The undo is in the history as such.
    const detail = ok(call('action.get', { id: working.id })) as ActionDetail;
    expect(detail.history.at(-1)).toMatchObject({ field: 'statusUndo', oldValue: 'cancelled', newValue: 'in_progress' });
  });
});

describe('the undo in the history, in words', () => {
  it('reads as an undone move in both languages', async () => {
    const board = await translators(['board']);
    const entry = { at: '2027-01-11T01:00:00.000Z', field: 'statusUndo', oldValue: 'accepted', newValue: 'submitted' };
    expect(historyLine(board.zh as TFunction<'board'>, entry, 'zh-CN')).toBe('撤销移动：已验收 → 已报送');
    expect(historyLine(board.en as TFunction<'board'>, entry, 'en')).toBe('Move undone: Accepted → Submitted');
  });
});
