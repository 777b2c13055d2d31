import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions.js';
import type { UnitSheetImportResult, UnitSheetPreview } from '../../shared/unit-sheet.js';
import { readSheetDate, unitSheetReasonText } from '../../shared/unit-sheet.js';
import { ok, runtimePerTest, snapshot, typedCall } from '../helpers/runtime.js';

/**
 * A unit's task sheet out and back (issue 17, point 5): a real returned sheet, made with exceljs as
 * the unit's Excel would save it, changes only progress.
 */
let tick = 0;
const rt = runtimePerTest({ now: () => new Date(Date.UTC(2027, 0, 11, 1) + (tick += 1000)) });
const call = typedCall(rt);

function seed() {
  const a = call('programme.create', { title: '清源县规划' });
  const b = call('programme.create', { title: '另一个项目' });
  const gxj = call('unit.create', { name: '工信局', kind: 'department' });
  const fgj = call('unit.create', { name: '发改局', kind: 'department' });
  call('person.create', { name: '王芳', unitId: gxj.id });
  const lead = call('action.create', { programmeId: a.id, title: '起草扶持政策', status: 'in_progress', leadUnitId: gxj.id, dueDate: '2027-03-01' }) as ActionItem;
  const co = call('action.create', { programmeId: a.id, title: '梳理企业名单', status: 'assigned', leadUnitId: fgj.id, coUnitIds: [gxj.id] }) as ActionItem;
  call('action.create', { programmeId: a.id, title: '已办结的任务', status: 'accepted', leadUnitId: gxj.id, dueDate: '2027-01-01' });
  call('action.create', { programmeId: a.id, title: '别的单位的任务', leadUnitId: fgj.id });
  const other = call('action.create', { programmeId: b.id, title: '另一个项目的任务', leadUnitId: gxj.id }) as ActionItem;
  return { a, gxj, lead, co, other };
}

async function exported(programmeId: string, unitId: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const file = ok(await rt().service.call('followup.exportSheet', { programmeId, unitId, locale })) as { base64: string; fileName: string };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return { file, workbook, sheet: workbook.worksheets[0]! };
}

async function rowsOf(workbook: ExcelJS.Workbook): Promise<string[][]> {
  const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  return (ok(await rt().service.call('directory.readSheet', { base64 })) as { rows: string[][] }).rows;
}

/** Every table but the ones a progress report writes, and the tasks without their "updated" stamp. */
function allButProgress() {
  const { action_progress: _p, action_history: _h, action_item: items, ...rest } = snapshot(rt().core.db);
  return { ...rest, action_item: items!.map((row) => JSON.stringify({ ...JSON.parse(row), updated_at: null })) };
}

describe('followup.exportSheet', () => {
  it("lists the unit's open tasks, co-unit ones marked, with the id in a hidden column and the progress columns empty", async () => {
    const { a, gxj, lead, co } = seed();
    call('action.progressAdd', { actionId: lead.id, date: '2027-01-05', text: '已形成初稿' });
    const { file, sheet } = await exported(a.id, gxj.id);
    expect(file.fileName).toBe('清源县规划-工信局-任务进展填报表-2027-01-11.xlsx');
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getCell('A1').value).toBe(`convene-unit-sheet|${a.id}|${gxj.id}`);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['任务编号（请勿修改）', '承担方式', '任务', '完成时限', '当前状态', '最新进展', '进展日期', '进展情况', '填报人']);
    const body = [3, 4, 5].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 7));
    expect(body[0]).toEqual([lead.id, '牵头', '起草扶持政策', new Date(Date.UTC(2027, 2, 1)), '办理中', '2027-01-05 已形成初稿']);
    expect(['G3', 'H3', 'I3', 'G4', 'H4', 'I4'].map((at) => sheet.getCell(at).value)).toEqual([null, null, null, null, null, null]);
    expect(body[1]!.slice(0, 5)).toEqual([co.id, '协办', '梳理企业名单', undefined, '已交办']);
    // Closed tasks, other units' and other programmes' tasks are not on it.
    expect(body[2]).toEqual([]);
    expect(sheet.getCell('G3').protection).toMatchObject({ locked: false });
  });
});

describe('a returned unit sheet', () => {
  it('with edited titles, formulas, extra rows, another programme’s task and a bad date changes only progress', async () => {
    const { a, gxj, lead, co, other } = seed();
    const { workbook, sheet } = await exported(a.id, gxj.id);
    // What the unit does in its Excel: rewrites a title and a status, fills in the progress columns...
    sheet.getCell('C3').value = '起草扶持政策（我们改了名字）';
    sheet.getCell('E3').value = '已完成';
    sheet.getCell('G3').value = new Date(Date.UTC(2027, 0, 20));
    sheet.getCell('H3').value = '已报县政府审议';
    sheet.getCell('I3').value = '王芳';
    sheet.getCell('G4').value = '2027年1月21日';
    sheet.getCell('H4').value = { formula: '"名单"&"已汇总"', result: '名单已汇总' };
    sheet.getCell('I4').value = '李四';
    // ...adds rows of its own, one with another programme's task id, one with a date that is none.
    sheet.getRow(5).values = ['', '', '我们加的一行', '', '', '', '2027-01-22', '新增工作'];
    sheet.getRow(6).values = [other.id, '', '另一个项目的任务', '', '', '', '2027-01-22', '不该进来'];
    sheet.getRow(7).values = [lead.id, '', '', '', '', '', '下周', '日期不对'];
    const rows = await rowsOf(workbook);
    const before = allButProgress();

    const preview = call('followup.importPreview', { rows, locale: 'zh-CN' }) as UnitSheetPreview;
    expect(preview.rows.map((r) => [r.line, r.status, r.reason, r.taskTitle, r.date, r.text])).toEqual([
      [3, 'new', null, '起草扶持政策', '2027-01-20', '已报县政府审议'],
      [4, 'new', null, '梳理企业名单', '2027-01-21', '名单已汇总（填报人：李四）'],
      [5, 'bad', 'no_task_id', '', '2027-01-22', '新增工作'],
      [6, 'bad', 'unknown_task', '', '2027-01-22', '不该进来'],
      [7, 'bad', 'bad_date', '起草扶持政策', '下周', '日期不对'],
    ]);
    expect(preview.counts).toEqual({ added: 2, duplicates: 0, refused: 3 });
    expect(unitSheetReasonText(preview.rows[3]!, 'en')).toBe(`Task ID “${other.id}” is not a task of this unit in this programme: not imported.`);
    expect(allButProgress()).toEqual(before);

    const result = call('followup.import', { rows, locale: 'zh-CN' }) as UnitSheetImportResult;
    expect(result.counts).toEqual({ added: 2, duplicates: 0, refused: 3 });
    expect(allButProgress()).toEqual(before);
    const leadProgress = call('action.get', { id: lead.id }).progress;
    expect(leadProgress.map((p) => [p.date, p.text, p.reporterUnit?.name, p.reporterPerson?.name])).toEqual([['2027-01-20', '已报县政府审议', '工信局', '王芳']]);
    expect(call('action.get', { id: lead.id }).title).toBe('起草扶持政策');
    expect(call('action.get', { id: co.id }).progress.map((p) => p.text)).toEqual(['名单已汇总（填报人：李四）']);

    // The same sheet again adds nothing.
    const again = call('followup.import', { rows, locale: 'zh-CN' }) as UnitSheetImportResult;
    expect(again.counts).toEqual({ added: 0, duplicates: 2, refused: 3 });

    // Undo puts the new reports in the trash.
    expect(call('followup.undoImport', result.undo)).toEqual({ count: 2 });
    expect(call('action.get', { id: lead.id }).progress).toEqual([]);
  });

  it('refuses a sheet that is not a unit sheet, and one for a programme not here, writing nothing', () => {
    const before = snapshot(rt().core.db);
    const plain = rt().core.call('followup.importPreview', { rows: [['姓名'], ['张伟']] });
    expect(plain).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'rows', code: 'not_unit_sheet' }] } });
    const gone = rt().core.call('followup.import', { rows: [['convene-unit-sheet|nope|nope'], ['h'], ['x', '', '', '', '', '', '2027-01-01', '进展']] });
    expect(gone).toMatchObject({ ok: false, error: { issues: [{ code: 'unknown_programme' }] } });
    expect(snapshot(rt().core.db)).toEqual(before);
  });
});

describe('readSheetDate', () => {
  it('reads the ways a unit writes a date, and nothing else', () => {
    expect(['2027-01-20', '2027/1/2', '2027.1.2', '2027年1月2日', '2027-01-20T00:00:00.000Z', '46407'].map(readSheetDate)).toEqual([
      '2027-01-20',
      '2027-01-02',
      '2027-01-02',
      '2027-01-02',
      '2027-01-20',
      '2027-01-20',
    ]);
    expect(['下周', '2027-02-30', '20270120', ''].map(readSheetDate)).toEqual([null, null, null, null]);
  });
});
