/** Task breakdown, opinions report and agenda: a title, a line under it, one bordered table. */
import { BorderStyle, Paragraph, type Table } from 'docx';
import { MASTHEAD_RED, MASTHEAD_RULE_PT } from '../layout.js';
import type { TableColumn, TableExportModel } from '../model.js';
import { COUNT_COLUMNS } from '../table-model.js';
import { blankLine, field, para } from './blocks.js';
import type { Look } from './look.js';
import { borderedTable, type Column } from './table.js';
import { textRuns } from './text.js';
import { twipsFromMm } from './units.js';

/** Wide tables (the task breakdown, the opinions report) print across an A4 landscape page, as outline.ts decides for the PDF. */
export const isLandscape = (model: TableExportModel): boolean => model.kind === 'tasks' || model.kind === 'opinions' || model.kind === 'followup-ledger';

const CENTRED = new Set(['no', 'status', 'disposition', 'time', ...COUNT_COLUMNS]);

/**
 * GB/T 9704's 版头 as the digest has it: the 发文字号 centred in the body face, the red separator line
 * 4 mm under it (a bottom border, so it spans the text width), the title two blank lines below.
 */
function masthead(docNumber: string): Paragraph[] {
  const rule = { style: BorderStyle.SINGLE, size: MASTHEAD_RULE_PT * 8, color: MASTHEAD_RED, space: 11 };
  return [new Paragraph({ alignment: 'center', indent: { firstLine: 0 }, border: { bottom: rule }, children: textRuns(docNumber) }), blankLine(), blankLine()];
}

export function tableContent(model: TableExportModel, look: Look, textWidth: number): (Paragraph | Table)[] {
  const { table } = model;
  const columnsOf = (list: TableColumn[]): Column[] =>
    list.map((c) => ({ label: c.label, weight: c.width, ...(CENTRED.has(c.key) ? { align: 'center' as const } : {}) }));
  const cells = (list: typeof table.rows, cols: TableColumn[]) => list.map((row) => cols.map((c) => (row[c.key] === undefined ? '' : String(row[c.key]))));
  const out: (Paragraph | Table)[] = [...(table.docNumber ? masthead(table.docNumber) : []), para('title', table.title)];
  if (table.subtitle.trim()) out.push(para('subtitle', table.subtitle));
  if (look.official) out.push(blankLine());
  // The agenda's time, venue, chair and attendees, labels in a column as in the minutes.
  for (const f of table.fields ?? []) out.push(field(look, f.label, f.value));
  for (const part of table.parts ?? [{ heading: '', rows: table.rows }]) {
    if (part.heading) out.push(para('heading2', part.heading));
    else if (table.fields?.length) out.push(blankLine());
    const cols = part.columns ?? table.columns;
    if (part.rows.length === 0 && part.empty) out.push(para('body', part.empty));
    else out.push(borderedTable(look, columnsOf(cols), cells(part.rows, cols), textWidth, table.rowHeightMm ? twipsFromMm(table.rowHeightMm) : undefined));
  }
  return out;
}
