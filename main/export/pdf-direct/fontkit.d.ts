/** The little of fontkit 2 (pdfkit's font engine) the direct PDF writer uses: it ships no types. */
declare module 'fontkit' {
  export interface Point {
    onCurve: boolean;
    endContour: boolean;
    x: number;
    y: number;
  }
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { commands: PathCommand[] };
    _decode(): { numberOfContours: number; points?: Point[] } | null;
    _getMetrics(): { leftBearing: number };
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    createSubset(): unknown;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}
