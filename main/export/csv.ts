/**
 * CSV of a table export (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break. UTF-8 with a byte-order mark, without which Excel reads Chinese as
 * the local ANSI code page. Just the header and the rows: a CSV is for further work, not for print.
 * Unlike XLSX, a CSV field has no type: a spreadsheet runs one that begins like a formula, so every
 * field goes through neutraliseCell.
 */
import type { TableModel } from './model.js';
import { neutraliseCell } from './safe.js';

const BOM = '\uFEFF';

function field(value: string | number): string {
  const text = String(neutraliseCell(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(table: Pick<TableModel, 'columns' | 'rows'>): Buffer {
  const lines = [
    table.columns.map((c) => field(c.label)),
    // A date goes as YYYY-MM-DD, which every spreadsheet reads as a date and every script can parse.
    ...table.rows.map((row) => table.columns.map((c) => field(row[c.dateKey ?? c.key] ?? ''))),
  ];
  return Buffer.from(`${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`, 'utf8');
}
