import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkMove, type ActionDetail, type ActionExtension, type ActionItem, type ActionProgress } from '../../shared/actions.js';
import { errorMessage } from '../../renderer/src/i18n/errorMessage.js';
import { historyLine } from '../../renderer/src/screens/board/format.js';
import { translators } from '../helpers/i18n.js';
import { exportOf, parseCsv } from '../helpers/export.js';
import { ok, snapshot, testRuntime, type TestRuntime, refusedCall } from '../helpers/runtime.js';

/**
 * Follow-up of a task between meetings (督办, issue 17): progress reports, extension requests and
 * closing (办结 = accepted, only with the deliverable recorded; reopened only with a reason).
 */

let zh: TFunction;
let en: TFunction;
let board: { zh: TFunction<'board'>; en: TFunction<'board'> };
beforeAll(async () => {
  ({ zh, en } = await translators());
  board = await translators(['board']);
});

let rt: TestRuntime;
beforeEach(() => {
  rt = testRuntime();
});
afterEach(() => rt.cleanup());
const call = (channel: string, input: unknown) => rt.core.call(channel, input);
const refused = refusedCall(() => rt);
const detail = (id: string) => ok(call('action.get', { id })) as ActionDetail;

function seed(over: Record<string, unknown> = {}) {
  const programme = ok(call('programme.create', { title: '清源县' })) as { id: string };
  const gxj = ok(call('unit.create', { name: '工信局', kind: 'department' })) as { id: string };
  const person = ok(call('person.create', { name: '王芳', unitId: gxj.id })) as { id: string };
  const task = ok(
    call('action.create', { programmeId: programme.id, title: '起草扶持政策', status: 'in_progress', leadUnitId: gxj.id, dueDate: '2027-03-01', ...over }),
  ) as ActionItem;
  return { programme, gxj, person, task };
}

describe('progress reports (进展)', () => {
  it('lists reports in date order with who reported them, and each one is in the history', () => {
    const { gxj, person, task } = seed();
    ok(call('action.progressAdd', { actionId: task.id, date: '2027-02-10', text: '  已完成初稿  ', reporterUnitId: gxj.id, reporterPersonId: person.id }));
    ok(call('action.progressAdd', { actionId: task.id, date: '2027-02-01', text: '已开展调研' }));
    const got = detail(task.id);
    expect(got.progress.map((p) => [p.date, p.text, p.reporterUnit?.name ?? null, p.reporterPerson?.name ?? null])).toEqual([
      ['2027-02-01', '已开展调研', null, null],
      ['2027-02-10', '已完成初稿', '工信局', '王芳'],
    ]);
    expect(got.history.filter((h) => h.field === 'progress').map((h) => h.newValue)).toEqual(['2027-02-10 已完成初稿', '2027-02-01 已开展调研']);
    const line = got.history.find((h) => h.field === 'progress')!;
    expect(historyLine(board.zh, line, 'zh-CN')).toBe('进展：2027年2月10日 已完成初稿');
    expect(historyLine(board.en, line, 'en')).toBe('Progress: 10 Feb 2027 已完成初稿');
  });

  it('refuses an empty text, an unknown reporter or a deleted task in words, changing nothing', () => {
    const { task } = seed();
    const before = snapshot(rt.core.db);
    const empty = refused('action.progressAdd', { actionId: task.id, date: '2027-02-01', text: '   ' });
    expect(errorMessage(zh as never, empty)).toContain('必填');
    const stranger = refused('action.progressAdd', { actionId: task.id, date: '2027-02-01', text: '进展', reporterUnitId: 'nope' });
    expect(stranger.code).toBe('not_found');
    expect(refused('action.progressAdd', { actionId: task.id, date: '2027-02-30', text: '进展' }).code).toBe('validation');
    expect(snapshot(rt.core.db)).toEqual(before);
  });

  it('a deleted report goes to the Trash with its text in the history, and comes back from there', () => {
    const { task } = seed();
    const report = ok(call('action.progressAdd', { actionId: task.id, date: '2027-02-01', text: '已开展调研' })) as ActionProgress;
    ok(call('action.progressDelete', { id: report.id }));
    expect(detail(task.id).progress).toEqual([]);
    const trash = ok(call('trash.list', {})) as { kind: string; id: string; label: string }[];
    expect(trash).toContainEqual(expect.objectContaining({ kind: 'action_progress', id: report.id, label: '已开展调研' }));
    ok(call('trash.restore', { kind: 'action_progress', id: report.id }));
    const back = detail(task.id);
    expect(back.progress.map((p) => p.text)).toEqual(['已开展调研']);
    expect(back.history.map((h) => h.field).slice(-3)).toEqual(['progress', 'progressDeleted', 'progressRestored']);
    expect(back.history.find((h) => h.field === 'progressDeleted')!.oldValue).toBe('2027-02-01 已开展调研');
  });
});

describe('extension requests (延期申请)', () => {
  it('approving moves the current due date and keeps the original; a second approval keeps the first original', () => {
    const { task } = seed();
    const first = ok(call('action.extensionRequest', { actionId: task.id, requestedDate: '2027-04-01', reason: '需补充调研' })) as ActionExtension;
    expect(detail(task.id)).toMatchObject({ dueDate: '2027-03-01', originalDueDate: null });
    expect(ok(call('action.extensionDecide', { id: first.id, approve: true }))).toMatchObject({ status: 'approved' });
    expect(detail(task.id)).toMatchObject({ dueDate: '2027-04-01', originalDueDate: '2027-03-01', dueRule: '' });
    const second = ok(call('action.extensionRequest', { actionId: task.id, requestedDate: '2027-05-01', reason: '再补充' })) as ActionExtension;
    ok(call('action.extensionDecide', { id: second.id, approve: true, note: '最后一次' }));
    const got = detail(task.id);
    expect(got).toMatchObject({ dueDate: '2027-05-01', originalDueDate: '2027-03-01' });
    expect(got.extensions.map((e) => [e.requestedDate, e.status, e.decisionNote])).toEqual([
      ['2027-04-01', 'approved', ''],
      ['2027-05-01', 'approved', '最后一次'],
    ]);
    const approved = got.history.find((h) => h.field === 'extensionApproved')!;
    expect(historyLine(board.zh, approved, 'zh-CN')).toBe('批准延期：2027年3月1日 → 2027年4月1日');
  });

  it('refusing keeps the due date; a decided request cannot be decided again', () => {
    const { task } = seed();
    const request = ok(call('action.extensionRequest', { actionId: task.id, requestedDate: '2027-04-01', reason: '需补充调研' })) as ActionExtension;
    ok(call('action.extensionDecide', { id: request.id, approve: false, note: '时间不能再延' }));
    expect(detail(task.id)).toMatchObject({ dueDate: '2027-03-01', originalDueDate: null });
    const again = refused('action.extensionDecide', { id: request.id, approve: true });
    expect(errorMessage(zh as never, again)).toContain('这份延期申请已经审批过了');
    expect(detail(task.id).dueDate).toBe('2027-03-01');
  });

  it('refuses, in words and changing nothing: a date not later, a second pending request, no due date, a closed task', () => {
    const { programme, gxj, task } = seed();
    const before = snapshot(rt.core.db);
    const early = refused('action.extensionRequest', { actionId: task.id, requestedDate: '2027-03-01', reason: '理由' });
    expect(errorMessage(zh as never, early)).toContain('延期后的日期须晚于当前期限');
    expect(errorMessage(en as never, early)).toContain('the new date must be later than the current due date');
    expect(snapshot(rt.core.db)).toEqual(before);
    ok(call('action.extensionRequest', { actionId: task.id, requestedDate: '2027-04-01', reason: '理由' }));
    expect(refused('action.extensionRequest', { actionId: task.id, requestedDate: '2027-05-01', reason: '理由' }).params).toEqual({ reason: 'extension_pending' });
    const undated = ok(call('action.create', { programmeId: programme.id, title: '没有期限', leadUnitId: gxj.id })) as ActionItem;
    expect(refused('action.extensionRequest', { actionId: undated.id, requestedDate: '2027-05-01', reason: '理由' }).params).toEqual({
      reason: 'extension_no_due_date',
    });
    const done = ok(call('action.create', { programmeId: programme.id, title: '已办完', leadUnitId: gxj.id, status: 'accepted', dueDate: '2027-01-01' })) as ActionItem;
    const closed = refused('action.extensionRequest', { actionId: done.id, requestedDate: '2027-05-01', reason: '理由' });
    expect(errorMessage(en as never, closed)).toContain('a closed or cancelled task cannot be extended');
  });
});

describe('closing (办结) and reopening', () => {
  it('the rule refuses closing without a deliverable and leaving accepted without a reason', () => {
    const base = { hasLead: true, checklist: [] };
    expect(checkMove({ ...base, status: 'submitted', hasDeliverable: false }, 'accepted')).toEqual({ ok: false, reason: 'deliverable_required' });
    expect(checkMove({ ...base, status: 'submitted', hasDeliverable: true }, 'accepted')).toEqual({ ok: true, confirm: null });
    expect(checkMove({ ...base, status: 'accepted', hasReason: false }, 'in_progress')).toEqual({ ok: false, reason: 'reopen_reason_required' });
    expect(checkMove({ ...base, status: 'accepted', hasReason: true }, 'in_progress')).toEqual({ ok: true, confirm: null });
  });

  it('the core refuses closing without the deliverable in words, then closes once it is recorded; reopening needs a reason, kept in the history', () => {
    const { task } = seed({ status: 'submitted' });
    const before = snapshot(rt.core.db);
    const error = refused('action.move', { id: task.id, status: 'accepted', position: 0 });
    expect(errorMessage(zh as never, error)).toContain('办结前请先记录成果（办理结果）');
    expect(errorMessage(en as never, error)).toContain('record the deliverable');
    expect(snapshot(rt.core.db)).toEqual(before);
    ok(call('action.update', { id: task.id, deliverable: '政策文件初稿已报县政府办' }));
    expect((ok(call('action.move', { id: task.id, status: 'accepted', position: 0 })) as ActionItem).status).toBe('accepted');

    const noReason = refused('action.move', { id: task.id, status: 'in_progress', position: 0 });
    expect(errorMessage(zh as never, noReason)).toContain('重新打开已办结的任务需要说明原因');
    expect(refused('action.move', { id: task.id, status: 'in_progress', position: 0, reason: '   ' }).params).toEqual({ reason: 'reopen_reason_required' });
    ok(call('action.move', { id: task.id, status: 'in_progress', position: 0, reason: '县政府办要求补充数据' }));
    const got = detail(task.id);
    expect(got.status).toBe('in_progress');
    expect(got.history.slice(-2).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['status', 'accepted', 'in_progress'],
      ['reopenReason', null, '县政府办要求补充数据'],
    ]);
    expect(historyLine(board.zh, got.history.at(-1)!, 'zh-CN')).toBe('重新打开原因：县政府办要求补充数据');
  });

  it('Undo of a close takes it back without a reason (the exact step back)', () => {
    const { task } = seed({ status: 'submitted', deliverable: '报告' });
    ok(call('action.move', { id: task.id, status: 'accepted', position: 0 }));
    expect((ok(call('action.move', { id: task.id, status: 'submitted', position: 0, undo: true })) as ActionItem).status).toBe('submitted');
  });
});

describe('the task table export', () => {
  it('shows the original due date beside the current one once an extension was approved, in both languages', async () => {
    const { programme, task } = seed();
    const plain = parseCsv((await exportOf(rt, 'tasks', 'csv', { programmeId: programme.id }, 'zh-CN')).text.replace(/^\uFEFF/, ''));
    expect(plain.some((row) => row.includes('原定期限'))).toBe(false);
    const request = ok(call('action.extensionRequest', { actionId: task.id, requestedDate: '2027-04-01', reason: '需补充调研' })) as ActionExtension;
    ok(call('action.extensionDecide', { id: request.id, approve: true }));
    for (const [locale, label] of [
      ['zh-CN', '原定期限'],
      ['en', 'Originally due'],
    ] as const) {
      const rows = parseCsv((await exportOf(rt, 'tasks', 'csv', { programmeId: programme.id }, locale)).text.replace(/^\uFEFF/, ''));
      const header = rows.find((row) => row.includes(label))!;
      const row = rows.find((r) => r.some((cell) => cell.startsWith('起草扶持政策')))!;
      expect(row[header.indexOf(label)]).toBe('2027-03-01');
      expect(row).toContain('2027-04-01');
    }
  });
});
