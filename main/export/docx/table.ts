import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { STYLE, type Look } from './look.js';
import { textRuns } from './text.js';
import { columnWidths, headerEms, tokenEms } from './widths.js';

export interface Column {
  label: string;
  /** Relative width. */
  weight: number;
  /** Short values (numbers, a status) read better centred. */
  align?: 'left' | 'center';
  /** The column is at least this many ems of cell text wide (a date that must not wrap). */
  minEms?: number;
}

/** Cell padding in twips: about 1.4 mm left and right, 0.7 mm top and bottom. */
const PAD = { left: 80, right: 80, top: 40, bottom: 40 };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A bordered table that fills `width` twips: header row repeated at the top of every page (w:tblHeader),
 * rows kept whole across page breaks where they fit, every value a plain text run.
 */
export function borderedTable(look: Look, columns: Column[], rows: string[][], width: number): Table {
  // A column is at least as wide as its header and its longest date or time span (up to a quarter of
  // the table: a long URL in a note may wrap rather than squeeze everything else).
  const minimums = columns.map((c, i) => {
    const widestToken = Math.min(Math.max(0, ...rows.map((r) => tokenEms(r[i] ?? ''))) * look.tableCellPt * 20, width / 4);
    return Math.ceil(Math.max(headerEms(c.label) * look.tableHeadPt * 20, widestToken, (c.minEms ?? 0) * look.tableCellPt * 20)) + PAD.left + PAD.right + 20;
  });
  const widths = columnWidths(
    columns.map((c) => c.weight),
    minimums,
    width,
  );
  const cell = (text: string, index: number, head: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(head && look.headFill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: look.headFill } } : {}),
      children: [
        new Paragraph({
          style: head ? STYLE.tableHead : STYLE.tableCell,
          ...(!head && columns[index]!.align === 'center' ? { alignment: 'center' as const } : {}),
          children: textRuns(text),
        }),
      ],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: PAD,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.label, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(row[i] ?? '', i, false)) })),
    ],
  });
}
