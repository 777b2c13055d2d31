import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findBadCell, readDelimited, sheetRefusalText, type ImportPreview, type ImportResult } from '../../shared/directory-import.js';
import type { Person, Unit } from '../../shared/domain.js';
import { ok, runtimePerTest, snapshot, testRuntime, typedCall } from '../helpers/runtime.js';

// A clock that moves a second at each reading: rows made by different calls have different stamps, as in life.
let tick = 0;
const rt = runtimePerTest({ now: () => new Date(Date.UTC(2027, 0, 11, 1) + (tick += 1000)) });
const call = typedCall(rt);

function rows(text: string): string[][] {
  const read = readDelimited(text);
  if (!read.ok) throw new Error(read.problem);
  return read.rows;
}

function seedUnits() {
  call('unit.create', { name: '清源县工业和信息化局', shortName: '工信局', kind: 'department' });
  call('unit.create', { name: '清源县发展和改革局', shortName: '发改局', kind: 'department' });
  call('unit.create', { name: '城关镇人民政府', shortName: '城关镇', kind: 'township' });
}

const PASTE = [
  '姓名\t单位\t职务\t类别',
  '张伟\t工信局\t局长\t部门负责人',
  '李娜\t清源县发展和改革局\t副局长\t部门负责人',
  '王芳\t城关镇\t镇长\t乡镇负责人',
  '赵敏\t水利局\t局长\t部门负责人',
  '张伟\t工信局\t局长\t部门负责人',
  '钱七\t\t\t',
  '孙八\t发改局\t科员\t神仙',
].join('\n');

describe('directory.importPreview', () => {
  it('shows each row as it will be saved: units matched by name or short name, duplicates and bad rows with their reason', () => {
    seedUnits();
    const before = snapshot(rt().core.db);
    const preview = call('directory.importPreview', { rows: rows(PASTE) }) as ImportPreview;
    expect(preview.rows.map((r) => [r.line, r.name, r.unitName, r.unitStatus, r.status, r.reason])).toEqual([
      [2, '张伟', '清源县工业和信息化局', 'matched', 'new', null],
      [3, '李娜', '清源县发展和改革局', 'matched', 'new', null],
      [4, '王芳', '城关镇人民政府', 'matched', 'new', null],
      [5, '赵敏', '水利局', 'new', 'bad', 'unit_unknown'],
      [6, '张伟', '清源县工业和信息化局', 'matched', 'duplicate', 'duplicate_in_file'],
      [7, '钱七', '', 'none', 'new', null],
      [8, '孙八', '发改局', 'new', 'bad', 'unknown_category'],
    ]);
    expect(preview.counts).toEqual({ peopleAdded: 4, unitsAdded: 0, unitsMatched: 3, duplicates: 1, refused: 2 });
    // A preview writes nothing.
    expect(snapshot(rt().core.db)).toEqual(before);
  });

  it('creates a missing unit only when asked, once for all the rows naming it', () => {
    const text = '姓名,单位,单位简称,单位类型\n张伟,清源县水利局,水利局,部门\n李娜,水利局,,\n王芳,清源县水利局,,\n';
    expect((call('directory.importPreview', { rows: rows(text) }) as ImportPreview).counts).toMatchObject({ peopleAdded: 0, refused: 3 });
    const result = call('directory.import', { rows: rows(text), createUnits: true }) as ImportResult;
    expect(result.counts).toMatchObject({ peopleAdded: 3, unitsAdded: 1 });
    const units = call('unit.list', {}) as Unit[];
    expect(units).toEqual([expect.objectContaining({ name: '清源县水利局', shortName: '水利局', kind: 'department' })]);
    expect((call('person.list', {}) as Person[]).map((p) => [p.name, p.unitName])).toEqual([
      ['张伟', '清源县水利局'],
      ['李娜', '清源县水利局'],
      ['王芳', '清源县水利局'],
    ]);
  });

  it('falls back on the short-name column when the unit column is written differently', () => {
    seedUnits();
    const preview = call('directory.importPreview', { rows: rows('姓名,单位,单位简称\n张伟,县工信局,工信局\n') }) as ImportPreview;
    expect(preview.rows[0]).toMatchObject({ status: 'new', unitName: '清源县工业和信息化局', unitStatus: 'matched' });
  });

  it('refuses a short name two units share, asking for the full name', () => {
    call('unit.create', { name: '城关镇人民政府', shortName: '城关' });
    call('unit.create', { name: '城关街道办事处', shortName: '城关' });
    const preview = call('directory.importPreview', { rows: rows('姓名,单位\n张伟,城关\n') }) as ImportPreview;
    expect(preview.rows[0]).toMatchObject({ status: 'bad', reason: 'unit_ambiguous', value: '城关' });
  });
});

describe('directory.import', () => {
  it('writes the good rows in one step, skips a person already in the directory, and says which rows it left out', () => {
    seedUnits();
    call('person.create', { name: '王芳', unitId: (call('unit.list', { query: '城关镇' }) as Unit[])[0]!.id });
    const result = call('directory.import', { rows: rows(PASTE) }) as ImportResult;
    expect(result.counts).toEqual({ peopleAdded: 3, unitsAdded: 0, unitsMatched: 2, duplicates: 2, refused: 2 });
    expect(result.skipped.map((r) => [r.line, r.reason])).toEqual([
      [4, 'duplicate_existing'],
      [5, 'unit_unknown'],
      [6, 'duplicate_in_file'],
      [8, 'unknown_category'],
    ]);
    const people = call('person.list', {}) as Person[];
    expect(people.map((p) => [p.name, p.unitName, p.position, p.category]).sort()).toEqual([
      ['张伟', '清源县工业和信息化局', '局长', 'department_head'],
      ['李娜', '清源县发展和改革局', '副局长', 'department_head'],
      ['王芳', '城关镇人民政府', '', 'other'],
      ['钱七', null, '', 'other'],
    ]);
    // Importing the same paste again adds nobody.
    expect((call('directory.import', { rows: rows(PASTE) }) as ImportResult).counts.peopleAdded).toBe(0);
  });

  it('refuses, changing nothing, a sheet that is empty, has no header, or is too long', () => {
    seedUnits();
    const before = snapshot(rt().core.db);
    const refusal = (input: unknown) => {
      const result = rt().core.call('directory.import', input);
      expect(result.ok).toBe(false);
      return result.ok ? null : result.error;
    };
    expect(refusal({ rows: [['姓名', '单位']] })).toEqual({ code: 'validation', issues: [{ path: 'rows', code: 'empty' }] });
    expect(refusal({ rows: [['张伟', '工信局']] })).toEqual({ code: 'validation', issues: [{ path: 'rows', code: 'no_header' }] });
    expect(refusal({ rows: [] })).toMatchObject({ code: 'validation' });
    // A zero-width space copied along with a name: the cell is named, so it can be found.
    const invisible = refusal({ rows: [['姓名'], ['张伟'], ['李\u200B娜']] });
    expect(invisible).toEqual({ code: 'validation', issues: [{ path: 'rows.2.0', code: 'invisible_control' }] });
    expect(sheetRefusalText(invisible!, 'zh-CN')).toBe('第 3 行第 1 列含有不可见字符或控制字符，请删去后再导入。没有导入任何内容。');
    expect(findBadCell([['姓名'], ['张伟'], ['李\u200B娜']])).toEqual({ row: 3, column: 1 });
    expect(refusal({ rows: [['姓名'], ...Array.from({ length: 10_005 }, (_, i) => [`人${i}`])] })).toMatchObject({ code: 'validation' });
    expect(snapshot(rt().core.db)).toEqual(before);
  });

  it('undo moves what the import added to the trash, leaves what was there, and can be restored', () => {
    seedUnits();
    const before = call('person.list', {}) as Person[];
    const result = call('directory.import', { rows: rows('姓名,单位\n张伟,工信局\n李娜,新区管委会\n'), createUnits: true }) as ImportResult;
    expect(result.undo.personIds).toHaveLength(2);
    expect(result.undo.unitIds).toHaveLength(1);
    // Someone edits an imported person afterwards: undo still takes the import back, to the trash.
    call('person.update', { id: result.undo.personIds[0]!, position: '局长' });
    expect(call('directory.undoImport', result.undo)).toEqual({ people: 2, units: 1 });
    expect(call('person.list', {})).toEqual(before);
    expect((call('unit.list', {}) as Unit[]).map((u) => u.name)).not.toContain('新区管委会');
    // A second undo finds nothing left to take back.
    expect(call('directory.undoImport', result.undo)).toEqual({ people: 0, units: 0 });
    const trash = call('trash.list', {}) as { kind: string; id: string }[];
    expect(trash.filter((t) => t.kind === 'person')).toHaveLength(2);
    call('trash.restore', { kind: 'person', id: result.undo.personIds[0]! });
    expect((call('person.list', {}) as Person[]).map((p) => p.name)).toEqual(['张伟']);
  });

  it('undo touches only rows that import created', () => {
    seedUnits();
    const unitId = (call('unit.list', { query: '工信局' }) as Unit[])[0]!.id;
    const mine = call('person.create', { name: '早已在册', unitId }) as Person;
    const result = call('directory.import', { rows: rows('姓名\n张伟\n') }) as ImportResult;
    expect(call('directory.undoImport', { ...result.undo, personIds: [...result.undo.personIds, mine.id], unitIds: [unitId] })).toEqual({ people: 1, units: 0 });
    expect((call('person.list', {}) as Person[]).map((p) => p.name)).toEqual(['早已在册']);
  });
});

describe('spreadsheet files', () => {
  async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet('名单'));
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  it('reads a formula cell as its saved result, never evaluating it', async () => {
    const base64 = await xlsx((sheet) => {
      sheet.addRow(['姓名', '职务']);
      sheet.addRow([{ formula: 'CONCATENATE("张","伟")', result: '张伟' }, '局长']);
      sheet.addRow([{ formula: 'HYPERLINK("http://example.org","x")' }, '=1+1']);
    });
    const read = await rt().service.call('directory.readSheet', { base64 });
    expect(read).toEqual({ ok: true, value: { rows: [['姓名', '职务'], ['张伟', '局长'], ['', '=1+1']] } });
  });

  it('refuses a sheet of 100,000 rows before building it, and a file that is no workbook', async () => {
    const base64 = await xlsx((sheet) => {
      sheet.addRow(['姓名']);
      for (let i = 0; i < 100_000; i += 1) sheet.addRow([`人${i}`]);
    });
    expect(await rt().service.call('directory.readSheet', { base64 })).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'rows', code: 'too_many_rows', limit: 10_000 }] },
    });
    expect(await rt().service.call('directory.readSheet', { base64: Buffer.from('姓名,单位\n').toString('base64') })).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'not_xlsx' }] },
    });
  }, 60_000);

  it.each(['csv', 'xlsx'] as const)('an exported %s imports into an empty data folder as the same people and units, in the same protocol order', async (format) => {
    seedUnits();
    const units = call('unit.list', {}) as Unit[];
    call('person.create', { name: '张伟', position: '局长', unitId: units[0]!.id, category: 'department_head' });
    call('person.create', { name: '=HYPERLINK("x")', position: "-5%", unitId: units[1]!.id, category: 'expert' });
    call('person.create', { name: '李娜' });
    // An order made by hand, not the default one, travels in the 排序 column: the last person first, the last unit first.
    const lastPerson = (call('person.list', {}) as Person[]).at(-1)!;
    call('person.move', { id: lastPerson.id, position: 0 });
    call('unit.move', { id: (call('unit.list', {}) as Unit[]).at(-1)!.id, position: 0 });
    const file = ok(await rt().service.call('directory.export', { format, locale: 'en' })) as { base64: string };
    const text = format === 'csv' ? Buffer.from(file.base64, 'base64').toString('utf8') : null;
    const sheetRows = text !== null ? rows(text) : (ok(await rt().service.call('directory.readSheet', { base64: file.base64 })) as { rows: string[][] }).rows;

    const other = testRuntime();
    try {
      const imported = ok(other.core.call('directory.import', { rows: sheetRows, createUnits: true })) as ImportResult;
      expect(imported.counts).toMatchObject({ peopleAdded: 3, unitsAdded: 3, refused: 0, duplicates: 0 });
      const shape = (core: typeof other.core) => ({
        units: (ok(core.call('unit.list', {})) as Unit[]).map(({ name, shortName, kind }) => ({ name, shortName, kind })),
        people: (ok(core.call('person.list', {})) as Person[]).map(({ name, position, unitName, category }) => ({ name, position, unitName, category })),
      });
      expect(shape(other.core)).toEqual(shape(rt().core));
    } finally {
      other.cleanup();
    }
  });
});
