import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime } from '../../main/service/runtime.js';
import { cliIn } from '../helpers/cli.js';
import { ok } from '../helpers/runtime.js';

/** Each call starts Node and tsx: seconds apiece on a busy machine. */
const SLOW = 90_000;

let tmp: string;
const at = (name: string) => path.join(tmp, name);
const convene = cliIn(() => tmp);
let ids: { programme: string; unit: string; task: string };

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-followup-cli-'));
  const runtime = openRuntime({ dataDir: at('data') });
  try {
    const programme = ok(runtime.core.call('programme.create', { title: '清源县规划' })) as { id: string };
    const unit = ok(runtime.core.call('unit.create', { name: '工信局' })) as { id: string };
    const task = ok(runtime.core.call('action.create', { programmeId: programme.id, title: '起草扶持政策', leadUnitId: unit.id })) as { id: string };
    ids = { programme: programme.id, unit: unit.id, task: task.id };
  } finally {
    runtime.close();
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('convene followup', () => {
  it('exports a unit sheet, imports it back filled in, says why rows were refused, and exits 1 the second time', async () => {
    const exported = convene('followup', 'export', '--programme', ids.programme, '--unit', ids.unit, '--lang', 'en', '--data', at('data'), '--out', at('sheet.xlsx'));
    expect(exported.code, exported.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('sheet.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A3').value).toBe(ids.task);
    sheet.getCell('G3').value = '2027-01-20';
    sheet.getCell('H3').value = 'Draft sent to the county';
    sheet.getRow(4).values = ['', '', 'our own row', '', '', '', '2027-01-21', 'extra'];
    await workbook.xlsx.writeFile(at('returned.xlsx'));

    const first = convene('followup', 'import', at('returned.xlsx'), '--data', at('data'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.split('\n')).toEqual([
      `${at('returned.xlsx')}: 1 progress reports added; 0 duplicates and 1 refused rows not imported.`,
      '  row 4: No task ID (a row added to the sheet): not imported.',
      '',
    ]);
    const second = convene('followup', 'import', at('returned.xlsx'), '--data', at('data'));
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('0 progress reports added; 1 duplicates');
    expect(second.stderr.trim()).toBe(`convene followup: nothing in ${at('returned.xlsx')} could be imported.`);
  }, SLOW * 3);

  it('refuses a spreadsheet that is not a unit sheet, in words', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['姓名', '单位']);
    await workbook.xlsx.writeFile(at('plain.xlsx'));
    const result = convene('followup', 'import', at('plain.xlsx'), '--data', at('data'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a unit task sheet exported by Convene');
  }, SLOW);
});
