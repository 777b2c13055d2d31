/**
 * Reading a directory (people and their units) from what an office already has: a block pasted
 * from Excel or WPS (tab-separated), a CSV file, or the rows of an XLSX sheet (read in main). Pure:
 * the import dialog previews a paste with it as the user types, and the core and the command line
 * run the same rules, so the preview and the import can never disagree.
 *
 * A small RFC 4180 reader rather than a library: it must stop after the row limit without reading
 * the rest (a 100,000-row paste costs one pass over the row limit, not 100,000 rows of arrays), and
 * papaparse is not among the app's declared dependencies.
 */
import Papa from 'papaparse';
import { line, longText, title, type Locale } from './contract/fields.js';
import { PERSON_CATEGORIES, UNIT_KINDS, type PersonCategory, type UnitKind } from './domain.js';
import { resources } from './i18n/index.js';
import { translatorFor } from './i18n/translate.js';

/** People (and unit-only rows) one import may hold: a county's whole directory is a few thousand. */
export const MAX_IMPORT_ROWS = 10_000;
/** Characters of pasted text or of a CSV file: 10,000 rows of generous cells fit well under it. */
export const MAX_IMPORT_CHARS = 4_000_000;
/** Bytes of an XLSX file (the CLI and the dialog refuse a bigger one before reading it). */
export const MAX_IMPORT_XLSX_BYTES = 8_000_000;
/** Columns read from a row; anything to the right is ignored. */
export const MAX_IMPORT_COLUMNS = 40;
/** Rows above the header that may hold a title ("2027年研讨会人员名单") before the header row. */
const HEADER_SEARCH_ROWS = 5;

export const DIRECTORY_FIELDS = ['name', 'unit', 'shortName', 'unitKind', 'position', 'category', 'order'] as const;
export type DirectoryField = (typeof DIRECTORY_FIELDS)[number];

/** Why a whole sheet cannot be read: said in words before any row is considered. */
export const SHEET_PROBLEMS = ['empty', 'no_header', 'too_many_rows', 'too_large', 'not_xlsx'] as const;
export type SheetProblem = (typeof SHEET_PROBLEMS)[number];

/** Why one row is refused (the parser's reasons first, then the ones that need the database). */
export const ROW_REASONS = [
  'name_missing',
  'too_long',
  'bad_characters',
  'unknown_category',
  'unknown_unit_kind',
  'bad_order',
  'unit_unknown',
  'unit_ambiguous',
  'duplicate_existing',
  'duplicate_in_file',
] as const;
export type RowReason = (typeof ROW_REASONS)[number];

/** One data row of the sheet as it will be saved; `problem` says why it cannot be. */
export interface DirectoryCandidate {
  /** The row's number in the sheet (1 = the first line), as a spreadsheet shows it. */
  line: number;
  /** A row with a unit and no person: it adds (or matches) just the unit. */
  kind: 'person' | 'unit';
  name: string;
  position: string;
  unit: string;
  shortName: string;
  unitKind: UnitKind | null;
  category: PersonCategory | null;
  /** 排序 / Order when the sheet has it: the row's place in the protocol order (a unit row's among units). */
  order: number | null;
  problem: { reason: RowReason; field?: DirectoryField; value?: string } | null;
}

export type SheetResult =
  | { ok: true; columns: Partial<Record<DirectoryField, number>>; candidates: DirectoryCandidate[] }
  | { ok: false; problem: SheetProblem; limit?: number };

/** The words a header cell may say for each field, beyond the export's own headings in both languages. */
const EXTRA_HEADER_WORDS: Record<DirectoryField, string[]> = {
  name: ['名字', '人员', '人员姓名', 'full name', 'person'],
  unit: ['单位名称', '工作单位', '所在单位', '单位全称', 'unit name', 'organisation', 'organization', 'department'],
  shortName: ['简称', 'short name', 'unit short name', 'abbreviation'],
  unitKind: ['单位类别', 'unit type'],
  position: ['职位', '职务职称', 'title', 'job title', 'post'],
  category: ['人员类别', '分类', 'type'],
  order: ['排序号', 'precedence', 'sort order'],
};

/** How a header or a value is compared: no spaces (half or full width), no "*" marking a required column, no colon, any case. */
function normalise(text: string): string {
  return text.replace(/[\s\u3000*＊:：]/g, '').toLowerCase();
}

function headerWords(): Map<string, DirectoryField> {
  const words = new Map<string, DirectoryField>();
  for (const field of DIRECTORY_FIELDS) {
    for (const word of [
      resources['zh-CN'].directoryImport.columns[field],
      resources.en.directoryImport.columns[field],
      ...EXTRA_HEADER_WORDS[field],
    ]) {
      words.set(normalise(word), field);
    }
  }
  return words;
}

/** A code or its label in either language ("department_head", "部门负责人", "Department head"). */
function valueLookup<T extends string>(codes: readonly T[], labels: (locale: Locale) => Record<T, string>) {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(normalise(code), code);
    map.set(normalise(labels('zh-CN')[code]), code);
    map.set(normalise(labels('en')[code]), code);
  }
  return (text: string): T | undefined => map.get(normalise(text));
}

const categoryOf = valueLookup(PERSON_CATEGORIES, (l) => resources[l].common.personCategory);
const unitKindOf = valueLookup(UNIT_KINDS, (l) => resources[l].common.unitKind);

/** TextDecoder, which Node and every browser have; shared/ is compiled without their type libraries. */
type TextDecoderClass = new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder;

/**
 * A CSV file's text as the office saved it: UTF-8 (with or without the byte-order mark), or, where
 * that does not decode, GB 18030, which Excel and WPS on Chinese Windows write by default.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Decoder('gb18030').decode(bytes);
  }
}

export type DelimitedResult = { ok: true; rows: string[][] } | { ok: false; problem: SheetProblem; limit?: number };

/**
 * Rows of delimited text (papaparse: RFC 4180 quoting, as Excel writes both CSV and its clipboard;
 * the delimiter guessed among tab (Excel, WPS and Numbers copy cells as tab-separated text), comma
 * and semicolon), stopping as soon as more than `maxRows` non-empty rows are seen: the refusal of a
 * huge paste costs the limit, not the paste. (papaparse's own `preview` counts empty lines too, so
 * it could cut a sheet short without a word; the step callback counts only rows that hold something.)
 */
export function readDelimited(text: string, maxRows = MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS + 1): DelimitedResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'too_large', limit: MAX_IMPORT_CHARS };
  const rows: string[][] = [];
  let tooMany = false;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: ['\t', ',', ';'],
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (rows.length === maxRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push(result.data.slice(0, MAX_IMPORT_COLUMNS));
    },
  });
  if (tooMany) return { ok: false, problem: 'too_many_rows', limit: MAX_IMPORT_ROWS };
  return rows.length === 0 ? { ok: false, problem: 'empty' } : { ok: true, rows };
}

/** Finds the header among the first rows: the first one naming a name column. */
function findHeader(rows: string[][]): { at: number; columns: Partial<Record<DirectoryField, number>> } | null {
  const words = headerWords();
  for (let at = 0; at < Math.min(HEADER_SEARCH_ROWS, rows.length); at += 1) {
    const columns: Partial<Record<DirectoryField, number>> = {};
    rows[at]!.forEach((cell, index) => {
      const field = words.get(normalise(cell));
      if (field && columns[field] === undefined) columns[field] = index;
    });
    if (columns.name !== undefined) return { at, columns };
  }
  return null;
}

/** The neutralising quote our CSV export puts before a formula-like cell ('=1+1): taken off again. */
function cellText(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** The first problem of a text value, checked by the contract's own field rules. */
function textProblem(value: string, schema: typeof title | typeof line, field: DirectoryField): DirectoryCandidate['problem'] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { reason: issue.code === 'too_big' ? 'too_long' : 'bad_characters', field };
}

function candidateOf(cells: string[], lineNumber: number, columns: Partial<Record<DirectoryField, number>>): DirectoryCandidate | null {
  const get = (field: DirectoryField) => (columns[field] === undefined ? '' : cellText(cells[columns[field]]));
  const name = get('name');
  const unit = get('unit');
  const shortName = get('shortName');
  const position = get('position');
  const categoryText = get('category');
  const kindText = get('unitKind');
  const orderText = get('order');
  if (!name && !unit && !shortName && !position && !categoryText && !kindText) return null;
  const candidate: DirectoryCandidate = {
    line: lineNumber,
    kind: name || position || categoryText ? 'person' : 'unit',
    name,
    position,
    // A unit given only by its short name is looked up by it.
    unit: unit || shortName,
    shortName,
    unitKind: kindText ? (unitKindOf(kindText) ?? null) : null,
    category: categoryText ? (categoryOf(categoryText) ?? null) : null,
    order: null,
    problem: null,
  };
  const problems: DirectoryCandidate['problem'][] = [
    candidate.kind === 'person' && !name ? { reason: 'name_missing', field: 'name' } : null,
    name ? textProblem(name, title, 'name') : null,
    textProblem(position, line, 'position'),
    candidate.unit ? textProblem(candidate.unit, title, 'unit') : null,
    textProblem(shortName, line, 'shortName'),
    categoryText && !candidate.category ? { reason: 'unknown_category', field: 'category', value: categoryText } : null,
    kindText && !candidate.unitKind ? { reason: 'unknown_unit_kind', field: 'unitKind', value: kindText } : null,
  ];
  if (orderText) {
    const order = /^\d{1,9}(\.\d{1,6})?$/.test(orderText) ? Number(orderText) : NaN;
    if (Number.isFinite(order)) candidate.order = order;
    else problems.push({ reason: 'bad_order', field: 'order', value: orderText });
  }
  candidate.problem = problems.find((p) => p !== null) ?? null;
  // A refused value is shown as typed, but never longer than a cell of the preview can hold.
  if (candidate.problem?.value) candidate.problem.value = Array.from(candidate.problem.value).slice(0, 60).join('');
  return candidate;
}

/** The sheet's rows (header included) as candidates, or why the sheet as a whole cannot be read. */
export function parseDirectoryRows(rows: readonly string[][]): SheetResult {
  const nonEmpty = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, problem: 'empty' };
  const header = findHeader(rows as string[][]);
  if (!header) return { ok: false, problem: 'no_header' };
  const candidates: DirectoryCandidate[] = [];
  for (let index = header.at + 1; index < rows.length; index += 1) {
    const candidate = candidateOf(rows[index]!, index + 1, header.columns);
    if (!candidate) continue;
    if (candidates.length === MAX_IMPORT_ROWS) return { ok: false, problem: 'too_many_rows', limit: MAX_IMPORT_ROWS };
    candidates.push(candidate);
  }
  if (candidates.length === 0) return { ok: false, problem: 'empty' };
  return { ok: true, columns: header.columns, candidates };
}

/** One directory row as a file holds it: what the export writes and the import reads. */
export interface DirectoryFileRow {
  /** The place in the protocol order (排序): a unit's among units, a person's among people. */
  order: number | null;
  name: string;
  unit: string;
  shortName: string;
  unitKind: UnitKind | null;
  position: string;
  category: PersonCategory | null;
}

/** The columns an export writes, in order: every one of them is read back by the import. */
export const EXPORT_FIELDS = ['order', 'name', 'unit', 'shortName', 'unitKind', 'position', 'category'] as const satisfies readonly DirectoryField[];

/** The export's table: a header in the locale's words, then one row per person (and per unit nobody is in), codes as the locale's labels. */
export function directoryTable(rows: readonly DirectoryFileRow[], locale: Locale): string[][] {
  const words = resources[locale];
  return [
    EXPORT_FIELDS.map((field) => words.directoryImport.columns[field]),
    ...rows.map((row) => [
      row.order === null ? '' : String(row.order),
      row.name,
      row.unit,
      row.shortName,
      row.unitKind ? words.common.unitKind[row.unitKind] : '',
      row.position,
      row.category ? words.common.personCategory[row.category] : '',
    ]),
  ];
}

/** What the preview and the import say about each row, and the totals (shared by core, dialog and CLI). */
export type ImportRowStatus = 'new' | 'matched' | 'duplicate' | 'bad';

export interface ImportPreviewRow {
  line: number;
  kind: 'person' | 'unit';
  name: string;
  position: string;
  category: PersonCategory;
  /** The unit as it will be saved: its full name when matched, as written when new, '' for none. */
  unitName: string;
  unitStatus: 'matched' | 'new' | 'none';
  order: number | null;
  status: ImportRowStatus;
  reason: RowReason | null;
  /** Fills the reason's sentence: the column and the refused value. */
  field?: DirectoryField;
  value?: string;
}

export interface ImportCounts {
  peopleAdded: number;
  unitsAdded: number;
  unitsMatched: number;
  duplicates: number;
  refused: number;
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  counts: ImportCounts;
}

/** What directory.undoImport takes back: the rows one import added, and its creation stamp. */
export interface ImportUndoToken {
  at: string;
  personIds: string[];
  unitIds: string[];
}

export interface ImportResult {
  undo: ImportUndoToken;
  counts: ImportCounts;
  /** The rows not imported, with their reasons (duplicates and refusals). */
  skipped: ImportPreviewRow[];
}

/** A row's reason in words ("category “x” is not one Convene knows"): the dialog and the CLI say the same. */
export function rowReasonText(row: Pick<ImportPreviewRow, 'reason' | 'field' | 'value'>, locale: Locale): string {
  if (!row.reason) return '';
  const words = resources[locale].directoryImport;
  return translatorFor(locale)(`directoryImport:reason.${row.reason}`, { field: row.field ? words.columns[row.field] : '', value: row.value ?? '' });
}

/** A whole sheet's refusal in words. */
export function sheetProblemText(problem: SheetProblem, locale: Locale, limit?: number): string {
  return translatorFor(locale)(`directoryImport:problem.${problem}`, limit === undefined ? {} : { limit });
}

/** The first cell the contract refuses (a control or invisible character, a lone surrogate): 1-based row and column. */
export function findBadCell(rows: readonly string[][]): { row: number; column: number } | null {
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r]!;
    for (let c = 0; c < cells.length; c += 1) {
      if (!longText.safeParse(cells[c]).success) return { row: r + 1, column: c + 1 };
    }
  }
  return null;
}

/**
 * A refusal of the sheet as a whole in words, from a directory channel's error: the sheet's own
 * problem (empty, no header, too many rows…) or the cell the contract refused. Null for any other error.
 */
export function sheetRefusalText(
  error: { code: string; issues?: { path: string; code: string; limit?: number }[] },
  locale: Locale,
): string | null {
  if (error.code !== 'validation') return null;
  for (const issue of error.issues ?? []) {
    if (issue.path === 'rows' && (SHEET_PROBLEMS as readonly string[]).includes(issue.code)) {
      return sheetProblemText(issue.code as SheetProblem, locale, issue.limit);
    }
    const cell = /^rows\.(\d+)\.(\d+)$/.exec(issue.path);
    if (cell) return cellProblemText({ row: Number(cell[1]) + 1, column: Number(cell[2]) + 1 }, locale);
  }
  return null;
}

export function cellProblemText(at: { row: number; column: number }, locale: Locale): string {
  return translatorFor(locale)('directoryImport:problem.cell', at);
}
