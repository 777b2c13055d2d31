import { BorderStyle, HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { STYLE, type Look } from './look.js';
import { textRuns } from './text.js';
import { fittedWidths } from './widths.js';

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
 * rows kept whole across page breaks where they fit, every value a plain text run; `rowHeight` (twips)
 * makes every body row at least that tall.
 */
export function borderedTable(look: Look, columns: Column[], rows: string[][], width: number, rowHeight?: number): Table {
  const widths = fittedWidths(columns, rows, { headPt: look.tableHeadPt, cellPt: look.tableCellPt, padTwips: PAD.left + PAD.right }, width);
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
      ...rows.map((row) => new TableRow({ cantSplit: true, ...(rowHeight ? { height: { value: rowHeight, rule: HeightRule.ATLEAST } } : {}), children: columns.map((_, i) => cell(row[i] ?? '', i, false)) })),
    ],
  });
}
