/**
 * The page and type of the exports, in mm and pt, once: the Word writer (docx/page.ts, docx/look.ts)
 * and the print stylesheet of the PDF (html.ts) both read these numbers, so the two files are the same
 * document. No library is imported here: the HTML path stays free of the Word library.
 *
 * Chinese minutes follow GB/T 9704: A4, a 156 × 225 mm text area placed by the margins top 37,
 * bottom 35, left 28, right 26 mm; 22 lines of 28 characters of 三号 仿宋; page numbers "— 1 —" in
 * 四号 on the outer side (odd pages right, even pages left), one character in from the text area.
 */
import { chineseNumber } from '../../shared/chinese-number.js';
import type { Locale } from '../../shared/contract/fields.js';

/**
 * Which page each language's exports are laid out on: Chinese follows GB/T 9704 (official documents:
 * the numbers below), English a plain business page. A layout choice, not a word: words come from
 * shared/i18n.
 */
export const OFFICIAL_LAYOUT: Readonly<Record<Locale, boolean>> = { 'zh-CN': true, en: false };

/** Chinese type sizes (字号) in points, as GB/T 9704 names them. */
export const ZIHAO = {
  /** 二号: document titles. */
  er: 22,
  /** 三号: body text and headings. */
  san: 16,
  /** 四号: page numbers. */
  si: 14,
  /** 小四: dense table text. */
  xiaosi: 12,
} as const;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** From the paper's top edge to the header line, and from the bottom edge to the footer's. */
  header: number;
  footer: number;
}

/** Page margins in mm. */
export const MARGINS_MM = {
  /** GB/T 9704. The page number's dash sits about 7 mm under the text area: its line ends about 25 mm up. */
  zh: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 25 },
  /** One inch all round: Word's own default, what an English reader expects. */
  en: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4, header: 12.5, footer: 12.5 },
  /** Wide tables (task breakdown, opinions): narrower margins give the columns the width. */
  landscape: { top: 25, bottom: 22, left: 25, right: 25, header: 12, footer: 12 },
} as const satisfies Record<string, Margins>;

/** The GB/T 9704 body: 三号 with a fixed line pitch and a slight tightening, so 22 × 28 fit the text area. */
export const ZH_BODY = {
  sizePt: ZIHAO.san,
  /** 225 mm / 22 lines, rounded down to the twip Word stores (w:line 579). */
  linePt: 28.95,
  /**
   * 28 characters of 三号 need 448 pt, the area is 442 pt wide: the text is set 0.25 pt tight, so
   * 28 fit (28 × 15.75 pt). A character grid would do it in Word, but LibreOffice gives a glyph wider
   * than the grid two cells; tightening works the same everywhere, Word, LibreOffice and Chromium.
   */
  trackingPt: -0.25,
  /** Lines and characters per page, as the standard counts them. */
  lines: 22,
  chars: 28,
} as const;

/** 四号 page number text and where it sits: one character in from the outer edge of the text area. */
export const PAGE_NUMBER = {
  zh: { sizePt: ZIHAO.si, before: '— ', after: ' —', insetPt: ZIHAO.si },
} as const;

/** The numbering of headings (一、 （一）) and of numbered items (1.), in both languages: Word and PDF alike. */
export interface Numbering {
  heading1(n: number): string;
  heading2(n: number): string;
  item(n: number): string;
}

export const NUMBERING: Record<Locale, Numbering> = {
  'zh-CN': { heading1: (n) => `${chineseNumber(n)}、`, heading2: (n) => `（${chineseNumber(n)}）`, item: (n) => `${n}.` },
  en: { heading1: () => '', heading2: () => '', item: (n) => `${n}. ` },
};

/** GB/T 9704's red separator line under the 版头 (the digest's 文号 sits above it): red, in Word and PDF alike. */
export const MASTHEAD_RED = 'FF0000';
export const MASTHEAD_RULE_PT = 1.5;
