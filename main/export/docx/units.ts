/** Word measures pages in twips (1/20 pt) and type in half-points; layouts are specified in mm and pt. */

export const twipsFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const twipsFromPt = (pt: number): number => Math.round(pt * 20);
/** w:sz is in half-points: 16 pt (三号) is 32. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** A4 in twips: 210 × 297 mm, as Word writes it (w:pgSz w:w="11906" w:h="16838"). */
export const A4 = { width: 11906, height: 16838 } as const;

/** Chinese type sizes (字号): one definition, shared with the print stylesheet. */
export { ZIHAO } from '../layout.js';
