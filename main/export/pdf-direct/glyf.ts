/**
 * fontkit (pdfkit's font engine, 2.0.4) cannot subset a WOFF2 font: its TrueType subset copies each
 * glyph's bytes out of the 'glyf' table by the 'loca' offsets, but in a WOFF2 file both tables are
 * transformed, so the PDF got glyph data that draws nothing (pdftotext still read the text, every
 * viewer showed blank pages). The glyphs fontkit decodes from the WOFF2 file are right, so each one
 * put into the subset is written again here as a plain TrueType glyph. Its own re-encoder
 * (encodeSimple) is broken in 2.0.4 (it passes a number where a buffer is expected).
 */
import zlib from 'node:zlib';
import type { Font, Glyph, Point } from 'fontkit';

const ON_CURVE = 1;

/** Points of a composite glyph (none in the shipped Chinese files, but a font may have them), from its outline. */
function pointsOfPath(glyph: Glyph): Point[] {
  const points: Point[] = [];
  const push = (x: number, y: number, onCurve: boolean) => points.push({ x: Math.round(x), y: Math.round(y), onCurve, endContour: false });
  const close = () => {
    const last = points[points.length - 1];
    if (last) last.endContour = true;
  };
  for (const c of glyph.path.commands) {
    const a = c.args;
    if (c.command === 'moveTo') {
      if (points.length > 0 && !points[points.length - 1]!.endContour) close();
      push(a[0]!, a[1]!, true);
    } else if (c.command === 'lineTo') push(a[0]!, a[1]!, true);
    else if (c.command === 'quadraticCurveTo') {
      push(a[0]!, a[1]!, false);
      push(a[2]!, a[3]!, true);
    } else if (c.command === 'bezierCurveTo') {
      // TrueType has no cubic curves: the midpoint of the two controls is close enough for print.
      push((a[0]! + a[2]!) / 2, (a[1]! + a[3]!) / 2, false);
      push(a[4]!, a[5]!, true);
    } else close();
  }
  close();
  return points;
}

/** One simple TrueType glyph: unrepeated flags and 16-bit deltas, no hinting; padded to 4 bytes. */
export function encodeGlyph(points: readonly Point[]): Uint8Array {
  if (points.length === 0) return new Uint8Array(0);
  const ends = points.flatMap((p, i) => (p.endContour ? [i] : []));
  if (ends[ends.length - 1] !== points.length - 1) ends.push(points.length - 1);
  const size = 10 + 2 * ends.length + 2 + points.length * 5;
  const bytes = new Uint8Array(size + ((4 - (size % 4)) % 4));
  const view = new DataView(bytes.buffer);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  view.setInt16(0, ends.length);
  view.setInt16(2, Math.min(...xs));
  view.setInt16(4, Math.min(...ys));
  view.setInt16(6, Math.max(...xs));
  view.setInt16(8, Math.max(...ys));
  let at = 10;
  for (const end of ends) {
    view.setUint16(at, end);
    at += 2;
  }
  view.setUint16(at, 0); // no instructions
  at += 2;
  for (const p of points) bytes[at++] = p.onCurve ? ON_CURVE : 0;
  let last = 0;
  for (const x of xs) {
    view.setInt16(at, x - last);
    last = x;
    at += 2;
  }
  last = 0;
  for (const y of ys) {
    view.setInt16(at, y - last);
    last = y;
    at += 2;
  }
  return bytes;
}

/** What fontkit's TrueType subset keeps while it adds glyphs (internal, fontkit 2.0.4). */
interface SubsetState {
  font: Font;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

/** Makes the font's subsets write each glyph from its decoded points (see above). */
export function subsetFromDecodedGlyphs(font: Font): Font {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as SubsetState & { _addGlyph(gid: number): number };
    subset._addGlyph = function addGlyph(this: SubsetState, gid: number) {
      const glyph = this.font.getGlyph(gid);
      const decoded = glyph._decode();
      const points = decoded && decoded.numberOfContours >= 0 ? (decoded.points ?? []) : pointsOfPath(glyph);
      const buffer = encodeGlyph(points);
      this.glyf.push(buffer);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
      this.offset += buffer.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
  return font;
}

/** What fontkit's WOFF2 font keeps while it decompresses (internal, fontkit 2.0.4). */
interface Woff2State {
  stream: { pos: number; readBuffer(n: number): Uint8Array; constructor: new (buffer: Uint8Array) => unknown };
  directory?: { totalCompressedSize: number; tables: Record<string, { offset: number; length: number; transformLength?: number | null }> };
  _dataPos: number;
  _decompressed?: boolean;
  _decompress?: () => void;
}

/**
 * Decompresses a WOFF2 file with Node's own Brotli (native) instead of fontkit's JavaScript one:
 * 0.45 s less on the first export of a process (the four faces, 1.5 MB each). Same steps as
 * fontkit's WOFF2Font._decompress: table offsets laid end to end, then one Brotli stream.
 */
export function nativeBrotli(font: Font): Font {
  const state = font as unknown as Woff2State;
  if (typeof state._decompress !== 'function' || !state.directory) return font;
  state._decompress = function decompress(this: Woff2State) {
    if (this._decompressed || !this.directory) return;
    this.stream.pos = this._dataPos;
    const compressed = this.stream.readBuffer(this.directory.totalCompressedSize);
    let size = 0;
    for (const entry of Object.values(this.directory.tables)) {
      entry.offset = size;
      size += entry.transformLength ?? entry.length;
    }
    const StreamClass = this.stream.constructor;
    this.stream = new StreamClass(new Uint8Array(zlib.brotliDecompressSync(compressed))) as Woff2State['stream'];
    this._decompressed = true;
  };
  return font;
}
