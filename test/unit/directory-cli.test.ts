import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cli.js';

/** Each call starts Node and tsx: seconds apiece on a busy machine. */
const SLOW = 90_000;

let tmp: string;
const at = (name: string) => path.join(tmp, name);

const convene = cliIn(() => tmp);

const CSV = ['姓名,单位,单位简称,职务,类别', '张伟,清源县工业和信息化局,工信局,局长,部门负责人', '李娜,工信局,,副局长,', '王芳,,,,神仙', ',,,科员,'].join('\r\n');

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-directory-cli-'));
  fs.writeFileSync(at('people.csv'), CSV);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('convene directory import', () => {
  it('refuses rows whose unit does not exist, says why for each, and exits 1 when nothing was imported', () => {
    const result = convene('directory', 'import', at('people.csv'), '--data', at('a'));
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `${at('people.csv')}: 0 people added, 0 units added, 0 existing units matched; 0 duplicates and 4 refused rows not imported.`,
      '  row 2 (张伟): no unit “清源县工业和信息化局”; tick “Create units …” to create it as well',
      '  row 3 (李娜): no unit “工信局”; tick “Create units …” to create it as well',
      '  row 4 (王芳): category “神仙” is not one Convene knows',
      '  row 5: no name',
      'Add --create-units to create the units that do not exist yet.',
      '',
    ]);
    expect(result.stderr.trim()).toBe(`convene directory: nothing in ${at('people.csv')} could be imported.`);
  }, SLOW);

  it('with --create-units, imports the good rows and creates the unit once', () => {
    const result = convene('directory', 'import', at('people.csv'), '--create-units', '--data', at('a'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `${at('people.csv')}: 2 people added, 1 units added, 0 existing units matched; 0 duplicates and 2 refused rows not imported.`,
    );
  }, SLOW);

  it('refuses an empty file and a file without a header in words, leaving no data folder behind', () => {
    fs.writeFileSync(at('empty.csv'), '');
    fs.writeFileSync(at('no-header.csv'), '张伟,工信局\n李娜,发改局\n');
    const empty = convene('directory', 'import', at('empty.csv'), '--data', at('never'));
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toBe(`convene directory: ${at('empty.csv')} was not imported: Nothing to import: the table is empty, or holds only its header.`);
    const noHeader = convene('directory', 'import', at('no-header.csv'), '--data', at('never'));
    expect(noHeader.code).toBe(1);
    expect(noHeader.stderr).toContain('No header row found');
    expect(fs.existsSync(at('never'))).toBe(false);
  }, SLOW);

  it('reads an Excel file, and a CSV saved in GB 18030 as Chinese Excel does', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['序号', '姓名', '职务']);
    sheet.addRow([1, '赵敏', { formula: 'CONCATENATE("科","长")', result: '科长' }]);
    await workbook.xlsx.writeFile(at('people.xlsx'));
    const result = convene('directory', 'import', at('people.xlsx'), '--data', at('x'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 people added');
    // "姓名\n钱七\n" in GB 18030.
    fs.writeFileSync(at('gbk.csv'), Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xc7, 0xae, 0xc6, 0xdf, 0x0a]));
    const gbk = convene('directory', 'import', at('gbk.csv'), '--data', at('x'));
    expect(gbk.code, gbk.stderr).toBe(0);
    expect(gbk.stdout).toContain('1 people added');
  }, SLOW);
});

describe('convene directory export', () => {
  it('writes a CSV that imports into an empty folder as the same directory', () => {
    const exported = convene('directory', 'export', '--format', 'csv', '--data', at('a'), '--out', at('a.csv'));
    expect(exported.code, exported.stderr).toBe(0);
    const imported = convene('directory', 'import', at('a.csv'), '--create-units', '--data', at('b'));
    expect(imported.code, imported.stderr).toBe(0);
    expect(convene('directory', 'export', '--format', 'csv', '--data', at('b'), '--out', at('b.csv')).code).toBe(0);
    expect(fs.readFileSync(at('b.csv'), 'utf8')).toBe(fs.readFileSync(at('a.csv'), 'utf8'));
    expect(fs.readFileSync(at('a.csv'), 'utf8')).toContain('张伟,清源县工业和信息化局,工信局,其他,局长,部门负责人');
  }, SLOW);
});
