/**
 * Word files of the name cards and the seating plan (the sign-in sheet is a table document:
 * table-doc.ts). Measures from ../paper-layout.ts, shared with the print page of the PDF.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  ImportedXmlComponent,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { Locale } from '../../../shared/contract/fields.js';
import { translatorFor } from '../../../shared/i18n/translate.js';
import type { NameCardsModel, PaperDrawingModel, SeatingModel } from '../paper-model.js';
import { CARD, cardLinePt, cardNamePt, SEATING } from '../paper-layout.js';
import { escapeHtml as escapeXml } from '../safe.js';
import { field, para } from './blocks.js';
import { EN_FONTS, fontTableXml, ZH_FONTS, type FontFace } from './fonts.js';
import { lookOf, STYLE, type Look } from './look.js';
import { pageSetup, section } from './page.js';
import { borderedTable } from './table.js';
import { cleanText, textRuns } from './text.js';
import { halfPoints, twipsFromMm } from './units.js';

const EMU_PER_MM = 36_000;
const emu = (mm: number) => Math.round(mm * EMU_PER_MM);

const runFonts = (f: FontFace) => `<w:rFonts w:ascii="${escapeXml(f.ascii)}" w:hAnsi="${escapeXml(f.hAnsi)}" w:eastAsia="${escapeXml(f.eastAsia)}" w:cs="${escapeXml(f.cs)}"/>`;

/** A centred paragraph of one run of user text: escaped, and without what XML cannot carry. */
function textParagraph(text: string, pt: number, font: FontFace, bold: boolean): string {
  const t = escapeXml(cleanText(text).replace(/\n/g, ' '));
  const size = halfPoints(pt);
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>${runFonts(font)}${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
}

/** Where a shape sits: anchored to the page, in front of the text, at `yMm` from the top. */
function anchor(id: number, yMm: number, widthMm: number, heightMm: number, graphic: string): string {
  return `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="${id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>${emu((CARD.widthMm - widthMm) / 2)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${emu(yMm)}</wp:posOffset></wp:positionV><wp:extent cx="${emu(widthMm)}" cy="${emu(heightMm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${id}" name="Card ${id}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${graphic}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
}

/**
 * One half of a card: a borderless text box over the half, its text centred; the upper half's box
 * turned 180° (a:xfrm rot), which Word draws turned with its text. Nothing in a Word file turns text
 * by 180° in LibreOffice 7.4 (tried: a turned text box, a turned shape, bodyPr rot, flips, VML
 * rotation; cell text directions turn only by 90°, and tbRl stands Chinese upright): it draws this
 * half upright, and even its own rotated shapes lose the turn on a round trip through .docx. The PDF
 * prints right everywhere.
 */
function halfBox(id: number, top: boolean, name: string, line: string, fonts: typeof ZH_FONTS | typeof EN_FONTS): string {
  const width = CARD.widthMm - 2 * CARD.sideMm;
  const height = CARD.heightMm / 2 - 10;
  const content = textParagraph(name, cardNamePt(name), fonts.title, true) + (line ? textParagraph(line, cardLinePt(line), fonts.body, false) : '');
  const shape = `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm${top ? ' rot="10800000"' : ''}><a:off x="0" y="0"/><a:ext cx="${emu(width)}" cy="${emu(height)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>`;
  return anchor(id, top ? 5 : CARD.heightMm / 2 + 5, width, height, shape);
}

/** The dashed fold line across the middle of the sheet. */
function foldLine(id: number): string {
  const shape = `<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(CARD.widthMm)}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="999999"/></a:solidFill><a:prstDash val="dash"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>`;
  return anchor(id, CARD.heightMm / 2, CARD.widthMm, 0, shape);
}

const CARD_FONTS: Record<Locale, typeof ZH_FONTS | typeof EN_FONTS> = { 'zh-CN': ZH_FONTS, en: EN_FONTS };

function nameCardsDocx(model: NameCardsModel, look: Look): FileChild[] {
  const fonts = CARD_FONTS[model.locale];
  const cards = model.cards.length > 0 ? model.cards : [{ name: '', unitPosition: '' }];
  // One page each: the shapes hang on an empty paragraph; the next card's paragraph starts a new page.
  return cards.map((card, i) => {
    const id = 3 * i + 1;
    const breakBefore = i > 0 ? '<w:pPr><w:pageBreakBefore/></w:pPr>' : '';
    const xml = `<w:p>${breakBefore}${halfBox(id, true, card.name, card.unitPosition, fonts)}${foldLine(id + 1)}${halfBox(id + 2, false, card.name, card.unitPosition, fonts)}</w:p>`;
    void look;
    return ImportedXmlComponent.fromXmlString(xml) as unknown as FileChild;
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const CHAIR_LINE = { style: BorderStyle.SINGLE, size: 18, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The plan as a table: seats boxed (the chair's box heavier), the table shaded across the middle, empty places blank. */
function seatingGrid(model: SeatingModel, look: Look, textWidth: number): Table {
  const colWidth = Math.floor(textWidth / model.width);
  const cellOf = (c: SeatingModel['grid'][number][number]): TableCell => {
    const centred = (text: string, style: string = STYLE.tableCell) => new Paragraph({ style, alignment: AlignmentType.CENTER, children: textRuns(text) });
    if (c.type === 'empty') {
      return new TableCell({ width: { size: colWidth, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: [new Paragraph({})] });
    }
    if (c.type === 'table') {
      return new TableCell({
        columnSpan: c.span,
        rowSpan: c.rows,
        width: { size: colWidth * c.span, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' },
        borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
        children: [centred(model.labels.table, STYLE.tableHead)],
      });
    }
    const line = c.chair ? CHAIR_LINE : LINE;
    return new TableCell({
      width: { size: colWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      borders: { top: line, bottom: line, left: line, right: line },
      children: [centred(c.chair ? `${c.no}\u2002${model.labels.chair}` : String(c.no)), centred(c.name)],
    });
  };
  void look;
  return new Table({
    width: { size: colWidth * model.width, type: WidthType.DXA },
    columnWidths: Array.from({ length: model.width }, () => colWidth),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: model.grid.map((row) => new TableRow({ cantSplit: true, height: { value: twipsFromMm(SEATING.rowMm), rule: HeightRule.ATLEAST }, children: row.map(cellOf) })),
  });
}

function seatingDocx(model: SeatingModel, look: Look, textWidth: number): FileChild[] {
  const out: FileChild[] = [para('title', model.title)];
  for (const f of model.fields) out.push(field(look, f.label, f.value));
  out.push(new Paragraph({ children: [] }), seatingGrid(model, look, textWidth), new Paragraph({ style: STYLE.tableCell, children: textRuns(model.labels.note) }));
  if (model.seats.length === 0) out.push(new Paragraph({ style: STYLE.tableCell, children: textRuns(model.labels.nobody) }));
  else {
    const { labels } = model;
    out.push(
      borderedTable(
        look,
        [
          { label: labels.seat, weight: 10, align: 'center' },
          { label: labels.name, weight: 26 },
          { label: labels.unitPosition, weight: 64 },
        ],
        model.seats.map((s) => [String(s.no), s.name, s.unitPosition]),
        textWidth,
      ),
    );
  }
  return out;
}

export async function renderPaperDocx(model: PaperDrawingModel): Promise<Buffer> {
  const look = lookOf(model.locale);
  const cards = model.kind === 'namecards';
  const setup = pageSetup(look, cards ? 'landscape' : 'portrait');
  const children = cards ? nameCardsDocx(model, look) : seatingDocx(model, look, setup.textWidth);
  const body = section(look, { setup, outerPageNumbers: false, pageLabel: translatorFor(model.locale)('document:page', { n: '{n}' }), headerMark: null }, children);
  // A name card is the whole sheet: no page number on it.
  const sectionOptions = cards ? { ...body, footers: {} } : body;
  const document = new Document({
    creator: 'Convene',
    lastModifiedBy: 'Convene',
    title: cleanText(model.title).replace(/\n/g, ' '),
    styles: look.styles,
    sections: [sectionOptions],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
