/**
 * Page setup and running footers. Chinese minutes follow GB/T 9704 (the numbers are in ../layout.ts,
 * shared with the PDF's print stylesheet): page numbers "— 1 —" in 4号宋体 on the outer side (odd
 * pages right, even pages left, one character in from the edge of the text area).
 */
import { AlignmentType, Footer, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Look } from './look.js';
import { textRuns } from './text.js';
import { MARGINS_MM, PAGE_NUMBER } from '../layout.js';
import { A4, twipsFromMm, twipsFromPt } from './units.js';

export type Orientation = 'portrait' | 'landscape';

export interface PageSetup {
  orientation: Orientation;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Width between the margins, in twips: what tables fill. */
  textWidth: number;
}

export function pageSetup(look: Look, orientation: Orientation): PageSetup {
  const mm = MARGINS_MM[orientation === 'landscape' ? 'landscape' : look.official ? 'zh' : 'en'];
  const margin = {
    top: twipsFromMm(mm.top),
    bottom: twipsFromMm(mm.bottom),
    left: twipsFromMm(mm.left),
    right: twipsFromMm(mm.right),
    header: twipsFromMm(mm.header),
    footer: twipsFromMm(mm.footer),
  };
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width;
  return { orientation, margin, textWidth: pageWidth - margin.left - margin.right };
}

function pageNumberParagraph(look: Look, pageLabel: string, side: 'left' | 'right' | 'center'): Paragraph {
  const oneChar = twipsFromPt(PAGE_NUMBER.zh.insetPt);
  const [before = '', after = ''] = look.official ? [PAGE_NUMBER.zh.before, PAGE_NUMBER.zh.after] : pageLabel.split('{n}');
  return new Paragraph({
    // Footers are Normal paragraphs: undo the body's indent and fixed line height.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 0 },
    alignment: side === 'left' ? AlignmentType.LEFT : side === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    indent: { firstLine: 0, ...(side === 'left' ? { left: oneChar } : side === 'right' ? { right: oneChar } : {}) },
    children: [new TextRun({ ...look.pageNumberRun, children: [before, PageNumber.CURRENT, after] })],
  });
}

export interface SectionOptions {
  setup: PageSetup;
  /** GB/T 9704 outer page numbers; needs the document's evenAndOddHeaderAndFooters. */
  outerPageNumbers: boolean;
  /** English footer text around the number, e.g. "Page {n}". */
  pageLabel: string;
  /** Printed at the top of every page (e.g. "（草稿）"), so no loose page of a draft passes for final. */
  headerMark: string | null;
}

export function section(look: Look, options: SectionOptions, children: ISectionOptions['children']): ISectionOptions {
  const { setup } = options;
  const footers = options.outerPageNumbers
    ? {
        default: new Footer({ children: [pageNumberParagraph(look, options.pageLabel, 'right')] }),
        even: new Footer({ children: [pageNumberParagraph(look, options.pageLabel, 'left')] }),
      }
    : { default: new Footer({ children: [pageNumberParagraph(look, options.pageLabel, 'center')] }) };
  const mark = options.headerMark;
  const header = (text: string) =>
    new Header({
      children: [
        new Paragraph({
          spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 0 },
          alignment: AlignmentType.RIGHT,
          indent: { firstLine: 0 },
          children: textRuns(text, look.headerMarkRun),
        }),
      ],
    });
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: setup.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: setup.margin,
      },
    },
    headers: mark ? (options.outerPageNumbers ? { default: header(mark), even: header(mark) } : { default: header(mark) }) : {},
    footers,
    children,
  };
}
