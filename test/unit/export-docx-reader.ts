/**
 * An independent reader for the Word files the exporters write: unzip with JSZip, parse each part with
 * a strict XML parser (@xmldom/xmldom, any error throws), and answer what Word would show: the text
 * of each paragraph, its style, and the formatting a style resolves to through basedOn and the
 * document defaults. Written from the OOXML spec, not from the exporter's code.
 * Not a test file itself (vitest collects *.test.ts only).
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** xmldom's nodes, typed with the DOM library's interfaces (the test project has lib DOM). */
type XmlDocument = Document;

export function parseXml(xml: string): XmlDocument {
  const fail = (message: string) => {
    throw new Error(`not well-formed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
}

const all = (node: XmlDocument | Element, name: string): Element[] => Array.from(node.getElementsByTagNameNS(W, name));
const child = (node: Element, name: string): Element | undefined =>
  Array.from(node.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === W);
const attr = (node: Element | undefined, name: string): string | null => node?.getAttributeNS(W, name) ?? null;

export interface RunFormat {
  eastAsia?: string;
  ascii?: string;
  size?: number;
  bold?: boolean;
  spacing?: number;
}

function runFormat(rPr: Element | undefined): RunFormat {
  if (!rPr) return {};
  const out: RunFormat = {};
  const fonts = child(rPr, 'rFonts');
  if (attr(fonts, 'eastAsia')) out.eastAsia = attr(fonts, 'eastAsia')!;
  if (attr(fonts, 'ascii')) out.ascii = attr(fonts, 'ascii')!;
  const sz = child(rPr, 'sz');
  if (sz) out.size = Number(attr(sz, 'val'));
  const b = child(rPr, 'b');
  if (b) out.bold = !['0', 'false', 'off'].includes(attr(b, 'val') ?? 'true');
  const spacing = child(rPr, 'spacing');
  if (spacing) out.spacing = Number(attr(spacing, 'val'));
  return out;
}

export interface ParagraphFormat {
  line?: number;
  lineRule?: string;
  firstLine?: number;
  jc?: string;
  keepNext?: boolean;
}

function paragraphFormat(pPr: Element | undefined): ParagraphFormat {
  if (!pPr) return {};
  const out: ParagraphFormat = {};
  const spacing = child(pPr, 'spacing');
  if (attr(spacing, 'line')) out.line = Number(attr(spacing, 'line'));
  if (attr(spacing, 'lineRule')) out.lineRule = attr(spacing, 'lineRule')!;
  const ind = child(pPr, 'ind');
  if (attr(ind, 'firstLine') !== null) out.firstLine = Number(attr(ind, 'firstLine'));
  const jc = child(pPr, 'jc');
  if (jc) out.jc = attr(jc, 'val')!;
  if (child(pPr, 'keepNext')) out.keepNext = true;
  return out;
}

export interface Paragraph {
  style: string | null;
  text: string;
  runs: { text: string; bold: boolean; style: string | null }[];
  inTable: boolean;
  direct: ParagraphFormat;
}

/** Text of a run or paragraph: w:t, with w:br as a newline and w:tab as a tab. */
function textOf(node: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI === W && e.localName === 't') out += e.textContent ?? '';
      else if (e.namespaceURI === W && e.localName === 'br') out += '\n';
      else if (e.namespaceURI === W && e.localName === 'tab') out += '\t';
      else if (!(e.namespaceURI === W && (e.localName === 'rPr' || e.localName === 'pPr' || e.localName === 'instrText'))) walk(e);
    }
  };
  walk(node);
  return out;
}

export interface Styles {
  /** Formatting of a paragraph style as Word resolves it: document defaults, then basedOn, then the style. */
  run(styleId: string | null): RunFormat;
  paragraph(styleId: string | null): ParagraphFormat;
  ids: string[];
}

function readStyles(doc: XmlDocument): Styles {
  const byId = new Map<string, Element>();
  for (const s of all(doc, 'style')) byId.set(attr(s, 'styleId')!, s);
  const defaults = all(doc, 'rPrDefault')[0];
  const defaultRun = runFormat(defaults ? child(defaults, 'rPr') : undefined);
  const defaultPara = all(doc, 'pPrDefault')[0];
  const defaultParagraph = paragraphFormat(defaultPara ? child(defaultPara, 'pPr') : undefined);
  const chain = (id: string | null): Element[] => {
    const out: Element[] = [];
    let current = id ?? (Array.from(byId.values()).find((s) => attr(s, 'type') === 'paragraph' && attr(s, 'default') === '1') ? 'Normal' : null);
    while (current && byId.has(current) && out.length < 20) {
      const s = byId.get(current)!;
      out.unshift(s);
      current = attr(child(s, 'basedOn'), 'val');
    }
    return out;
  };
  return {
    ids: [...byId.keys()],
    run: (id) => Object.assign({}, defaultRun, ...chain(id).map((s) => runFormat(child(s, 'rPr')))) as RunFormat,
    paragraph: (id) => Object.assign({}, defaultParagraph, ...chain(id).map((s) => paragraphFormat(child(s, 'pPr')))) as ParagraphFormat,
  };
}

export interface Docx {
  files: string[];
  xml: Record<string, string>;
  document: XmlDocument;
  paragraphs: Paragraph[];
  /** Every table: rows of cell texts, and whether each row repeats as a header. */
  tables: { rows: string[][]; headerRows: boolean[]; gridCols: number[]; borders: Record<string, string> }[];
  styles: Styles;
  /** Page size, orientation and margins of the (last) section, in twips. */
  page: { w: number; h: number; orient: string | null; margin: Record<string, number> };
  /** Text of all parts as Word reads it. */
  text: string;
}

export async function readDocx(bytes: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
  const xml: Record<string, string> = {};
  for (const f of files) if (f.endsWith('.xml') || f.endsWith('.rels')) xml[f] = await zip.file(f)!.async('string');
  // Every part must parse: one stray '<' from user text would make Word refuse the file.
  for (const [name, text] of Object.entries(xml)) {
    try {
      parseXml(text);
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
    }
  }
  const document = parseXml(xml['word/document.xml']!);
  const paragraphs: Paragraph[] = all(document, 'p').map((p) => {
    const pPr = child(p, 'pPr');
    let inTable = false;
    for (let n = p.parentNode; n; n = n.parentNode) if ((n as Element).localName === 'tbl') inTable = true;
    return {
      style: attr(pPr ? child(pPr, 'pStyle') : undefined, 'val'),
      text: textOf(p),
      runs: all(p, 'r').map((r) => {
        const rPr = child(r, 'rPr');
        return { text: textOf(r), bold: runFormat(rPr).bold ?? false, style: attr(rPr ? child(rPr, 'rStyle') : undefined, 'val') };
      }),
      inTable,
      direct: paragraphFormat(pPr),
    };
  });
  const tables = all(document, 'tbl').map((tbl) => {
    const rows = all(tbl, 'tr');
    const borders: Record<string, string> = {};
    const tblBorders = all(tbl, 'tblBorders')[0];
    for (const b of tblBorders ? Array.from(tblBorders.childNodes) : []) if (b.nodeType === 1) borders[(b as Element).localName!] = attr(b as Element, 'val')!;
    return {
      rows: rows.map((tr) => all(tr, 'tc').map((tc) => all(tc, 'p').map(textOf).join('\n'))),
      headerRows: rows.map((tr) => all(tr, 'tblHeader').length > 0),
      gridCols: all(tbl, 'gridCol').map((g) => Number(attr(g, 'w'))),
      borders,
    };
  });
  const sectPr = all(document, 'sectPr').at(-1)!;
  const pgSz = child(sectPr, 'pgSz')!;
  const pgMar = child(sectPr, 'pgMar')!;
  const margin: Record<string, number> = {};
  for (const a of ['top', 'bottom', 'left', 'right', 'header', 'footer']) margin[a] = Number(attr(pgMar, a));
  const text = paragraphs.map((p) => p.text).join('\n');
  return {
    files,
    xml,
    document,
    paragraphs,
    tables,
    styles: readStyles(parseXml(xml['word/styles.xml']!)),
    page: { w: Number(attr(pgSz, 'w')), h: Number(attr(pgSz, 'h')), orient: attr(pgSz, 'orient'), margin },
    text,
  };
}

/** Text of a header or footer part, fields shown as {INSTRUCTION}. */
export function partText(xml: string): string {
  const doc = parseXml(xml);
  let out = '';
  const walk = (n: Element) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI === W && e.localName === 't') out += e.textContent ?? '';
      else if (e.namespaceURI === W && e.localName === 'instrText') out += `{${(e.textContent ?? '').trim()}}`;
      else walk(e);
    }
  };
  walk(doc.documentElement!);
  return out;
}

/** Every field instruction in every part: complex fields (w:instrText) and simple ones (w:fldSimple). */
export function fieldInstructions(docx: Docx): string[] {
  const out: string[] = [];
  for (const [name, text] of Object.entries(docx.xml)) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    const doc = parseXml(text);
    for (const e of all(doc, 'instrText')) out.push((e.textContent ?? '').trim());
    for (const e of all(doc, 'fldSimple')) out.push(`fldSimple:${attr(e, 'instr')}`);
  }
  return out;
}

export const elementCount = (docx: Docx, part: string, name: string): number => all(parseXml(docx.xml[part]!), name).length;
