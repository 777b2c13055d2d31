/**
 * The PDF of a table export (the follow-up digest and ledger, the task breakdown, the agenda, …)
 * written directly with pdfkit, not printed by Chromium: a browser lays out and prints about 50 ms
 * per page on this machine, and the digest of 5,000 tasks is over 300 pages (docs/PERFORMANCE.md).
 * The page and type are the print stylesheet's (html.ts, layout.ts): the same outline blocks, the
 * same column widths, the same faces (the shipped files only, embedded as subsets), the same page
 * numbers. Text is drawn as text, so it can be searched and copied; no HTML is involved.
 */
import PDFDocument from 'pdfkit';
import type { TableExportModel } from '../model.js';
import { translatorFor } from '../../../shared/i18n/translate.js';
import { chromeOf, CENTRED, printedTable, printMargins } from '../html.js';
import { MASTHEAD_RED, MASTHEAD_RULE_PT, NUMBERING, OFFICIAL_LAYOUT, PAGE_NUMBER, ZH_BODY, ZIHAO } from '../layout.js';
import { numberSubheadings, outlineOf, type Block, type Outline } from '../outline.js';
import { cleanText } from '../safe.js';
import type * as fontkit from 'fontkit';
import { printFace, type FontFile, type PrintFace, type Role } from './faces.js';
import { paginate } from './paginate.js';
import { wrapText } from './wrap.js';

const PT_PER_MM = 72 / 25.4;
/** A number in a content stream: two decimals are a hundredth of a point. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** What the direct writer uses of pdfkit's embedded font (pdfkit 0.20 EmbeddedFont). */
interface PdfkitFont {
  id: string;
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}
const A4 = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };

/** A style of text: face, size, line pitch, letter spacing and colour, as the stylesheet sets each element. */
interface Type {
  role: Role;
  size: number;
  line: number;
  tracking: number;
  color: string;
}

/** The stylesheet's numbers (html.ts), per language: GB/T 9704 in Chinese, a plain business page in English. */
function typesOf(official: boolean) {
  const t = (role: Role, size: number, line: number, tracking = 0, color = '#000000'): Type => ({ role, size, line, tracking, color });
  if (official) {
    const body = (role: Role) => t(role, ZH_BODY.sizePt, ZH_BODY.linePt, ZH_BODY.trackingPt);
    return {
      body: body('body'),
      label: body('heading'),
      title: t('title', ZIHAO.er, 35),
      subtitle: body('subheading'),
      subheading: body('subheading'),
      heading: body('heading'),
      cell: t('body', ZIHAO.xiaosi, 18),
      head: t('heading', ZIHAO.xiaosi, 18),
      pageNumber: t('body', PAGE_NUMBER.zh.sizePt, PAGE_NUMBER.zh.sizePt * 1.3),
      indent: 2 * (ZH_BODY.sizePt + ZH_BODY.trackingPt),
      /** Space after the title block (a blank line), after paragraphs, before and after sub-headings. */
      afterTitle: ZH_BODY.linePt,
      afterSubtitle: 0,
      afterParagraph: 0,
      subheadingSpace: { before: 0, after: 0 },
      headingSpace: { before: 0, after: 0 },
      afterMasthead: 2 * ZH_BODY.linePt,
      headFill: null as string | null,
    };
  }
  const ink = '#1F2937';
  return {
    body: t('body', 11, 11 * 1.4, 0, ink),
    label: t('heading', 11, 11 * 1.4, 0, ink),
    title: t('title', 20, 24, 0, '#1F3864'),
    subtitle: t('body', 13, 13 * 1.4, 0, '#595959'),
    subheading: t('subheading', 12, 12 * 1.4, 0, ink),
    heading: t('heading', 14, 14 * 1.4, 0, '#1F3864'),
    cell: t('body', 10, 12.5, 0, ink),
    head: t('heading', 10, 12.5, 0, ink),
    pageNumber: t('body', 9, 9 * 1.4, 0, '#595959'),
    indent: 0,
    afterTitle: 4,
    afterSubtitle: 12,
    afterParagraph: 6,
    subheadingSpace: { before: 9, after: 3 },
    headingSpace: { before: 14, after: 5 },
    afterMasthead: 2 * 11,
    headFill: '#D9E2F3' as string | null,
  };
}
type Types = ReturnType<typeof typesOf>;

/** Cell padding (html.ts: 2pt 4pt) and rule width. */
const CELL = { padX: 4, padY: 2, rule: 0.5 };

class Writer {
  readonly doc: PDFKit.PDFDocument;
  readonly page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
  readonly types: Types;
  /** The current page (0-based; pages are written in order, never revisited) and the y of the next line's top. */
  pageIndex = -1;
  y: number;
  private readonly registered = new Set<string>();
  private color = '';

  /** @param pageLabel "{n}" or "Page {n}": drawn as each page opens (the total is never printed). */
  constructor(
    readonly outline: Outline,
    private readonly pageLabel: string,
  ) {
    const official = OFFICIAL_LAYOUT[outline.locale];
    this.types = typesOf(official);
    const m = printMargins(outline);
    const [width, height] = outline.landscape ? [A4.height, A4.width] : [A4.width, A4.height];
    this.page = {
      width,
      height,
      top: m.top * PT_PER_MM,
      bottom: height - m.bottom * PT_PER_MM,
      left: m.left * PT_PER_MM,
      right: width - m.right * PT_PER_MM,
    };
    this.doc = new PDFDocument({
      size: [width, height],
      margin: 0,
      autoFirstPage: false,
      lang: outline.locale,
      displayTitle: true,
      info: { Title: cleanText(outline.title), Creator: 'Convene', Producer: 'Convene' },
    });
    this.y = this.page.top;
    this.newPage();
  }

  get textWidth() {
    return this.page.right - this.page.left;
  }

  newPage() {
    this.doc.addPage({ size: [this.page.width, this.page.height], margin: 0 });
    this.pageIndex += 1;
    this.y = this.page.top;
    this.pageNumber();
  }

  /** Moves on to page `page` (a table's plan only ever goes forward). */
  goTo(page: number) {
    while (this.pageIndex < page) this.newPage();
  }

  /** The page number, as the stylesheet's @page margin box: "1" (Chinese tables) or "Page 1", centred at the foot. */
  private pageNumber() {
    const { pageNumber } = this.types;
    const text = this.pageLabel.replace('{n}', String(this.pageIndex + 1));
    // The number's line box ends (footer − 5) mm above the paper's edge.
    const top = this.page.height - (printMargins(this.outline).footer - 5) * PT_PER_MM - pageNumber.line;
    this.drawLine(text, (this.page.width - this.lineWidth(text, pageNumber)) / 2, top, pageNumber);
  }

  face(type: Type): PrintFace {
    return printFace(this.outline.locale, type.role);
  }

  /** Width of one character in a type, with its letter spacing. */
  measure(type: Type): (cp: number) => number {
    const face = this.face(type);
    return (cp) => face.width(cp) * type.size + type.tracking;
  }

  lineWidth(text: string, type: Type): number {
    const m = this.measure(type);
    let w = 0;
    for (const ch of text) w += m(ch.codePointAt(0)!);
    return w;
  }

  wrap(text: string, width: number, type: Type, firstIndent = 0): string[] {
    // The first line's indent is taken as leading full-width spaces' worth of room, as text-indent does.
    const m = this.measure(type);
    if (firstIndent === 0) return wrapText(text, width, m);
    const [first = '', ...rest] = text.split('\n');
    const firstLines = wrapText(first, width - firstIndent, m);
    const head = firstLines[0] ?? '';
    const tail = wrapText(firstLines.slice(1).join(''), width, m);
    return [head, ...(firstLines.length > 1 ? tail : []), ...rest.flatMap((p) => wrapText(p, width, m))];
  }

  /**
   * One line of text with its top at y, run by run in the file that has each character, written as
   * the PDF's own text operators: pdfkit's text() shapes every string with fontkit and measures it
   * again (two thirds of the time of a 300-page digest). Here each character is its font's glyph
   * (no shaping: Chinese and Latin set as the widths measure them), looked up once per document;
   * the glyph and its Unicode go into the subset as pdfkit's own encode() puts them (fontkit's
   * TrueType subset, pdfkit 0.20 internals), so the text stays extractable.
   */
  drawLine(text: string, x: number, top: number, type: Type) {
    const face = this.face(type);
    // The baseline where the browser puts it: the line's extra space split above and below the font's box.
    const box = (face.ascent + face.descent) * type.size;
    const baseline = top + (type.line - box) / 2 + face.ascent * type.size;
    if (type.color !== this.color) {
      this.doc.fillColor(type.color);
      this.color = type.color;
    }
    const ops = [`q 1 0 0 -1 0 ${num(this.page.height)} cm BT ${num(type.tracking)} Tc`];
    let at = x;
    for (const run of face.runs(text)) {
      const font = this.pdfFont(run.file);
      ops.push(`1 0 0 1 ${num(at)} ${num(this.page.height - baseline)} Tm /${font.id} ${num(type.size)} Tf <${this.encode(font, run.file.font, run.text)}> Tj`);
      at += this.lineWidth(run.text, type);
    }
    ops.push('ET Q');
    this.doc.addContent(ops.join(' '));
  }

  /** pdfkit's embedded font of a file, registered on first use and named in the current page's resources. */
  private pdfFont(file: FontFile): PdfkitFont {
    if (!this.registered.has(file.name)) {
      this.doc.registerFont(file.name, file.font as unknown as PDFKit.Mixins.PDFFontSource);
      this.registered.add(file.name);
    }
    this.doc.font(file.name);
    const font = (this.doc as unknown as { _font: PdfkitFont })._font;
    const page = (this.doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    return font;
  }

  private readonly glyphs = new Map<PdfkitFont, Map<number, string>>();
  /** The text as hex glyph ids of the font's subset. */
  private encode(font: PdfkitFont, source: fontkit.Font, text: string): string {
    let cache = this.glyphs.get(font);
    if (!cache) {
      cache = new Map();
      this.glyphs.set(font, cache);
    }
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let hex = cache.get(cp);
      if (hex === undefined) {
        const glyph = source.glyphForCodePoint(cp);
        const gid = font.subset.includeGlyph(glyph.id);
        hex = gid.toString(16).padStart(4, '0');
        font.widths[gid] ??= glyph.advanceWidth * font.scale;
        font.unicode[gid] ??= [cp];
        cache.set(cp, hex);
      }
      out += hex;
    }
    return out;
  }

  /** After a fill in another colour: the next text sets its own again. */
  forgetColor() {
    this.color = '';
  }

  /** Room for `height` on this page, or a new page. */
  ensure(height: number) {
    if (this.y + height > this.page.bottom && this.y > this.page.top) this.newPage();
  }

  /** Lines of text: aligned, the first indented; each line moves to the next page when it does not fit. */
  lines(lines: string[], type: Type, align: 'left' | 'center' = 'left', indent = 0, x0 = this.page.left) {
    lines.forEach((line, i) => {
      this.ensure(type.line);
      const x = align === 'center' ? x0 + (this.page.right - x0 - this.lineWidth(line, type)) / 2 : x0 + (i === 0 ? indent : 0);
      if (line) this.drawLine(line, x, this.y, type);
      this.y += type.line;
    });
  }

  paragraph(text: string, type: Type, align: 'left' | 'center' = 'left', indent = 0) {
    this.lines(this.wrap(text, this.textWidth - (align === 'center' ? 0 : 0), type, indent), type, align, indent);
  }
}

/** The 版头: the 文号 centred, the red line 4 mm under it, two blank lines before the title. */
function masthead(w: Writer, text: string) {
  const { body } = w.types;
  w.paragraph(text, body, 'center');
  const y = w.y + 4 * PT_PER_MM + MASTHEAD_RULE_PT / 2;
  w.doc.save().moveTo(w.page.left, y).lineTo(w.page.right, y).lineWidth(MASTHEAD_RULE_PT).strokeColor(`#${MASTHEAD_RED}`).stroke().restore();
  w.y = y + MASTHEAD_RULE_PT / 2 + w.types.afterMasthead;
}

/** "Label: value" lines, the value hanging under itself (the stylesheet's two-column grid). */
function fields(w: Writer, items: { label: string; value: string; continuation?: boolean }[]) {
  const { label, body, indent, afterParagraph } = w.types;
  const colon = translatorFor(w.outline.locale)('document:punctuation.colon');
  for (const f of items) {
    const labelText = cleanText(`${f.label}${colon}`);
    const x = w.page.left + indent;
    const valueX = x + w.lineWidth(labelText, label);
    const lines = w.wrap(cleanText(f.value), w.page.right - valueX, body);
    lines.forEach((line, i) => {
      w.ensure(body.line);
      if (i === 0 && !f.continuation) w.drawLine(labelText, x, w.y, label);
      if (line) w.drawLine(line, valueX, w.y, body);
      w.y += body.line;
    });
    w.y += afterParagraph;
  }
}

interface Cell {
  lines: string[];
  centred: boolean;
}

/** A table: rows never split unless taller than a page, the header row on top of every page. */
function table(w: Writer, b: Extract<Block, { type: 'table' }>) {
  const { cell, head, headFill } = w.types;
  const { columns } = b.table;
  const { text, widths, total } = printedTable(b, w.outline);
  const xs = [w.page.left];
  for (const tw of widths) xs.push(xs[xs.length - 1]! + (tw / total) * w.textWidth);
  const inner = (i: number) => xs[i + 1]! - xs[i]! - 2 * CELL.padX;
  const headCells: Cell[] = columns.map((c, i) => ({ lines: w.wrap(cleanText(c.label), inner(i), head), centred: true }));
  const minHeight = (b.table.rowHeightMm ?? 0) * PT_PER_MM;
  // As a <tr style="height"> in the browser: the least height of a body row, padding included; the header row has none.
  const heightOf = (cells: Cell[], type: typeof cell, least: number) => Math.max(least, Math.max(...cells.map((c) => c.lines.length * type.line)) + 2 * CELL.padY);
  const headHeight = heightOf(headCells, head, 0);
  // A row taller than a page is cut into pieces of whole lines that each fit.
  const maxLines = Math.max(1, Math.floor((w.page.bottom - w.page.top - headHeight - 2 * CELL.padY) / cell.line));
  const rows: Cell[][] = [];
  for (const values of text) {
    const cells = values.map((v, i) => ({ lines: w.wrap(cleanText(v), inner(i), cell), centred: CENTRED.has(columns[i]!.key) }));
    const count = Math.max(1, ...cells.map((c) => c.lines.length));
    for (let from = 0; from < count; from += maxLines) rows.push(cells.map((c) => ({ ...c, lines: c.lines.slice(from, from + maxLines) })));
  }
  const heights = rows.map((r) => heightOf(r, cell, minHeight));
  const plan = paginate(heights, headHeight, { start: w.y, top: w.page.top, bottom: w.page.bottom });
  const firstPage = w.pageIndex;
  const drawRow = (cells: Cell[], y: number, height: number, type: typeof cell, fill: string | null) => {
    const { doc } = w;
    if (fill) {
      doc.rect(xs[0]!, y, xs[xs.length - 1]! - xs[0]!, height).fill(fill);
      w.forgetColor();
    }
    cells.forEach((c, i) => {
      // Vertically centred, as `vertical-align: middle`.
      let top = y + (height - c.lines.length * type.line) / 2;
      for (const line of c.lines) {
        if (line) {
          const x = c.centred ? xs[i]! + (xs[i + 1]! - xs[i]! - w.lineWidth(line, type)) / 2 : xs[i]! + CELL.padX;
          w.drawLine(line, x, top, type);
        }
        top += type.line;
      }
    });
    doc.lineWidth(CELL.rule).strokeColor('#000000');
    doc.rect(xs[0]!, y, xs[xs.length - 1]! - xs[0]!, height);
    for (const x of xs.slice(1, -1)) doc.moveTo(x, y).lineTo(x, y + height);
    doc.stroke();
  };
  let header = 0;
  rows.forEach((r, i) => {
    const place = plan.rows[i]!;
    while (header < plan.headers.length && plan.headers[header]!.page <= place.page) {
      const h = plan.headers[header++]!;
      w.goTo(firstPage + h.page);
      drawRow(headCells, h.y, headHeight, head, headFill);
    }
    w.goTo(firstPage + place.page);
    drawRow(r, place.y, heights[i]!, cell, null);
  });
  // A table without rows still shows its header.
  while (header < plan.headers.length) {
    const h = plan.headers[header++]!;
    w.goTo(firstPage + h.page);
    drawRow(headCells, h.y, headHeight, head, headFill);
  }
  w.goTo(firstPage + plan.end.page);
  w.y = plan.end.y;
}

/** Whether a block keeps the next one with it (headings: `break-after: avoid`). */
function firstLineHeight(w: Writer, b: Block | undefined): number {
  if (!b) return 0;
  if (b.type === 'table') return 3 * w.types.cell.line;
  return w.types.body.line;
}

export async function renderTablePdf(model: TableExportModel): Promise<Buffer> {
  const outline = outlineOf(model);
  const w = new Writer(outline, chromeOf(model).pageLabel);
  const { types } = w;
  const numbering = NUMBERING[outline.locale];
  const numberSubs = numberSubheadings(outline.blocks.flatMap((b) => (b.type === 'subheading' ? [b.text] : [])));
  let h1 = 0;
  let h2 = 0;
  outline.blocks.forEach((b, index) => {
    switch (b.type) {
      case 'masthead':
        masthead(w, cleanText(b.text));
        break;
      case 'title':
        w.paragraph(cleanText(b.text), types.title, OFFICIAL_LAYOUT[outline.locale] ? 'center' : 'left');
        w.y += OFFICIAL_LAYOUT[outline.locale] ? 0 : types.afterTitle;
        if (b.subtitle) {
          w.paragraph(cleanText(b.subtitle), types.subtitle, OFFICIAL_LAYOUT[outline.locale] ? 'center' : 'left');
          w.y += types.afterSubtitle;
        }
        if (OFFICIAL_LAYOUT[outline.locale]) w.y += types.afterTitle;
        break;
      case 'heading':
      case 'subheading': {
        const heading = b.type === 'heading';
        if (heading) h2 = 0;
        const prefix = heading ? numbering.heading1(++h1) : numberSubs ? numbering.heading2(++h2) : '';
        const type = heading ? types.heading : types.subheading;
        const space = heading ? types.headingSpace : types.subheadingSpace;
        w.y += w.y > w.page.top ? space.before : 0;
        w.ensure(type.line + space.after + firstLineHeight(w, outline.blocks[index + 1]));
        w.paragraph(cleanText(`${prefix}${b.text}`), type, 'left', types.indent);
        w.y += space.after;
        break;
      }
      case 'fields':
        fields(w, b.items);
        break;
      case 'paragraph':
      case 'docNumber':
      case 'version':
        for (const line of cleanText(b.text).split('\n').filter((l) => l.trim())) {
          w.paragraph(line, types.body, b.type === 'paragraph' ? 'left' : 'center', b.type === 'paragraph' ? types.indent : 0);
          w.y += types.afterParagraph;
        }
        break;
      case 'list':
        b.items.forEach((item, i) => w.paragraph(cleanText(`${b.ordered ? numbering.item(i + 1) : ''}${item}`), types.body, 'left', types.indent));
        break;
      case 'table':
        table(w, b);
        break;
      case 'statement':
      case 'colophon':
        // Parts of the minutes only, which Chromium prints (render.ts).
        throw new Error(`${b.type} is not a block of a table export`);
    }
  });
  const chunks: Buffer[] = [];
  w.doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    w.doc.on('end', resolve);
    w.doc.on('error', reject);
  });
  w.doc.end();
  await ended;
  return Buffer.concat(chunks);
}
