/**
 * The measures of the name cards and the seating plan, once, for the Word writer (docx/paper.ts) and
 * the print page of the PDF (paper-html.ts), as layout.ts is for the other exports. No library here.
 */
import { ems } from './docx/widths.js';

/**
 * A name card: one A4 landscape sheet folded in half along its long middle, so each half is
 * 297 × 105 mm; the upper half is printed upside down, so that the tent reads from both sides.
 */
export const CARD = {
  widthMm: 297,
  heightMm: 210,
  /** Left and right of the text on each half. */
  sideMm: 20,
  /** The name: large, shrunk only when a long name would not fit on one line. */
  namePt: 72,
  nameMinPt: 28,
  /** The unit and position under the name. */
  linePt: 20,
  lineMinPt: 10,
} as const;

const PT_PER_MM = 72 / 25.4;
const textWidthPt = (CARD.widthMm - 2 * CARD.sideMm) * PT_PER_MM;

/** The largest size up to `max` at which `text` fits the card's width on one line (a little room to spare). */
function fit(text: string, max: number, min: number): number {
  const width = ems(text);
  if (width === 0) return max;
  return Math.max(min, Math.min(max, Math.floor((0.92 * textWidthPt) / width)));
}

export const cardNamePt = (name: string) => fit(name, CARD.namePt, CARD.nameMinPt);
export const cardLinePt = (line: string) => fit(line, CARD.linePt, CARD.lineMinPt);

/** The seating plan: the height of a row of seats, and its type. */
export const SEATING = {
  rowMm: 22,
  seatPt: 14,
  notePt: 10.5,
} as const;
