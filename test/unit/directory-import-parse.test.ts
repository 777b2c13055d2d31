import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../main/export/csv.js';
import {
  directoryTable,
  MAX_IMPORT_ROWS,
  parseDirectoryRows,
  readDelimited,
  type DirectoryFileRow,
} from '../../shared/directory-import.js';
import { PERSON_CATEGORIES, UNIT_KINDS } from '../../shared/domain.js';

/** The rows of a paste, or the refusal, in one step: what the dialog does with the textarea. */
function parsePaste(text: string) {
  const read = readDelimited(text);
  return read.ok ? parseDirectoryRows(read.rows) : read;
}

describe('reading a pasted or CSV sheet', () => {
  it('reads a block copied from Excel (tabs, a quoted cell with a line break) under a Chinese header', () => {
    const sheet = parsePaste('姓名\t单位\t职务\t类别\r\n张伟\t工信局\t"局长\n兼党组书记"\t部门负责人\r\n李娜\t\t\t\r\n');
    expect(sheet).toMatchObject({
      ok: true,
      candidates: [
        { line: 2, kind: 'person', name: '张伟', unit: '工信局', position: '局长\n兼党组书记', category: 'department_head', problem: null },
        { line: 3, kind: 'person', name: '李娜', unit: '', category: null, problem: null },
      ],
    });
  });

  it('finds an English header under a title row, in any case and with a required-mark', () => {
    const sheet = parsePaste('Directory of the 2027 seminars\nNAME*,Short name,Position,Order\nZhang Wei,IIT,Director,3\n');
    expect(sheet).toMatchObject({ ok: true, candidates: [{ line: 3, name: 'Zhang Wei', unit: 'IIT', shortName: 'IIT', order: 3 }] });
  });

  it('gives each bad row its reason and keeps the good ones', () => {
    const sheet = parsePaste(
      ['姓名,单位,类别,单位类型,排序', ',工信局,部门负责人,,', '王芳,,神仙,,', '赵敏,某局,,衙门,', '钱七,,,,第三', `${'长'.repeat(201)},,,,`, '孙八,,,,'].join('\n'),
    );
    if (!sheet.ok) throw new Error(sheet.problem);
    expect(sheet.candidates.map((c) => [c.line, c.problem])).toEqual([
      [2, { reason: 'name_missing', field: 'name' }],
      [3, { reason: 'unknown_category', field: 'category', value: '神仙' }],
      [4, { reason: 'unknown_unit_kind', field: 'unitKind', value: '衙门' }],
      [5, { reason: 'bad_order', field: 'order', value: '第三' }],
      [6, { reason: 'too_long', field: 'name' }],
      [7, null],
    ]);
  });

  it('takes a row with only a unit as a unit to add', () => {
    const sheet = parsePaste('姓名,单位,单位简称,单位类型\n,清源县工业和信息化局,工信局,部门\n');
    expect(sheet).toMatchObject({ ok: true, candidates: [{ kind: 'unit', unit: '清源县工业和信息化局', shortName: '工信局', unitKind: 'department' }] });
  });

  it('keeps a formula-like text as text, and takes off the quote the CSV export put before one', () => {
    const sheet = parsePaste("姓名,职务\n=HYPERLINK(\"http://x\"),'=1+1\n");
    expect(sheet).toMatchObject({ ok: true, candidates: [{ name: '=HYPERLINK("http://x")', position: '=1+1', problem: null }] });
  });

  it('says why a sheet cannot be read at all: empty, only a header, no header', () => {
    expect(parsePaste('')).toEqual({ ok: false, problem: 'empty' });
    expect(parsePaste('\n\t\t\n')).toEqual({ ok: false, problem: 'empty' });
    expect(parsePaste('姓名\t单位\n')).toEqual({ ok: false, problem: 'empty' });
    expect(parsePaste('张伟\t工信局\n李娜\t发改局\n')).toEqual({ ok: false, problem: 'no_header' });
  });

  it('refuses 100,000 rows after reading no more than the limit of them', () => {
    const text = `姓名\n${'张伟\n'.repeat(100_000)}`;
    expect(readDelimited(text)).toEqual({ ok: false, problem: 'too_many_rows', limit: MAX_IMPORT_ROWS });
    // Exactly the limit is fine.
    expect(parsePaste(`姓名\n${'张伟\n'.repeat(MAX_IMPORT_ROWS)}`)).toMatchObject({ ok: true });
  });

  it('refuses a text larger than the limit without reading it', () => {
    expect(readDelimited('x'.repeat(4_000_001))).toMatchObject({ ok: false, problem: 'too_large' });
  });
});

/** Text as the contract keeps it: trimmed, one line, no control or invisible characters. */
const cell = (max: number) =>
  fc
    .string({ unit: fc.constantFrom('张', '伟', 'a', 'Z', ' ', ',', '"', '\t', ';', '=', '-', '@', '+', '1', '（', '）', "'"), minLength: 0, maxLength: max })
    .map((s) => s.trim())
    // The export's neutralising quote comes off on import, so a value cannot itself start with "'=".
    .filter((s) => !/^'[=+\-@]/.test(s));

const personRow: fc.Arbitrary<DirectoryFileRow> = fc
  .record({
    order: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null }),
    name: cell(12).filter((s) => s !== ''),
    unit: cell(16),
    shortName: cell(6),
    unitKind: fc.constantFrom(...UNIT_KINDS),
    position: cell(20),
    category: fc.constantFrom(...PERSON_CATEGORIES),
  })
  .map((r) => (r.unit ? r : { ...r, shortName: '', unitKind: null }));
const unitRow: fc.Arbitrary<DirectoryFileRow> = fc.record({
  order: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null }),
  name: fc.constant(''),
  unit: cell(16).filter((s) => s !== ''),
  shortName: cell(6),
  unitKind: fc.constantFrom(...UNIT_KINDS),
  position: fc.constant(''),
  category: fc.constant(null),
});

describe('export, then import', () => {
  it('any directory written as CSV (either language) reads back as the same rows', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(personRow, unitRow), { minLength: 1, maxLength: 30 }), fc.constantFrom('zh-CN' as const, 'en' as const), (rows, locale) => {
        const [header, ...body] = directoryTable(rows, locale);
        const csv = renderCsv({ columns: header!.map((label, i) => ({ key: String(i), label, width: 10 })), rows: body.map((cells) => Object.fromEntries(cells.map((c, i) => [String(i), c]))) });
        const sheet = parsePaste(csv.toString('utf8'));
        if (!sheet.ok) throw new Error(sheet.problem);
        expect(sheet.candidates.map((c) => c.problem)).toEqual(rows.map(() => null));
        expect(sheet.candidates.map((c) => ({ order: c.order, name: c.name, unit: c.unit, shortName: c.shortName, unitKind: c.unitKind, position: c.position, category: c.category }))).toEqual(
          rows.map((r) => ({ ...r, unit: r.unit })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
