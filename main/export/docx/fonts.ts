/**
 * The typefaces of the two layouts, and the font table that tells Word what to use when one is missing.
 *
 * A run names one font per script (w:rFonts), so fallbacks cannot be listed the way CSS lists them.
 * Chinese offices write official documents in 方正小标宋简体 (titles), 仿宋_GB2312 (body) and
 * 楷体_GB2312 (level-2 headings): government machines have them, and documents that name them look
 * right there. A stock Windows (Vista and later) has only 宋体, 仿宋, 楷体 and 黑体, so each Chinese
 * face is also declared in word/fontTable.xml with w:altName (the face Word and WPS use in its place,
 * the same mechanism WPS writes for 仿宋_GB2312 → 仿宋), a GB2312 charset and a PANOSE class, which
 * guide the substitution of editors that ignore altName towards a face of the same kind.
 * Latin letters and digits use Times New Roman in Chinese documents, as GB/T 9704 examples do.
 */

export interface FontFace {
  eastAsia: string;
  ascii: string;
  hAnsi: string;
  cs: string;
}

const zh = (eastAsia: string, latin = 'Times New Roman'): FontFace => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin });

export const ZH_FONTS = {
  /** 方正小标宋简体: the Song-style display face of official titles; falls back to 宋体. */
  title: zh('方正小标宋简体'),
  body: zh('仿宋_GB2312'),
  heading1: zh('黑体'),
  heading2: zh('楷体_GB2312'),
  /** Page numbers: 4号半角宋体 Arabic numerals, dashes in the same face (w:hint makes them full width). */
  pageNumber: { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体', cs: '宋体' },
} as const;

const en = (latin: string): FontFace => ({ eastAsia: 'Microsoft YaHei', ascii: latin, hAnsi: latin, cs: latin });

/**
 * A plain serif layout in Times New Roman, the face of the printed PDF's English look (a serif). Not
 * Calibri: its open metric-compatible stand-in, Carlito, is rarely installed (LibreOffice without it
 * falls back to DejaVu Sans, wider, so lines and pages break elsewhere), while Times New Roman's,
 * Liberation Serif, comes with LibreOffice on every Linux and is what it substitutes by itself.
 */
export const EN_FONTS = {
  title: en('Times New Roman'),
  body: en('Times New Roman'),
  heading1: en('Times New Roman'),
  heading2: en('Times New Roman'),
  pageNumber: en('Times New Roman'),
} as const;

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'auto' | 'roman' | 'swiss' | 'modern';
  pitch: 'variable' | 'fixed';
}

/** PANOSE and charsets as Windows reports them for these faces (charset 86 = GB2312). */
const ENTRIES: FontEntry[] = [
  { name: '方正小标宋简体', altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: 'Microsoft YaHei', altName: '微软雅黑', panose: '020B0503020204020204', charset: '86', family: 'swiss', pitch: 'variable' },
  { name: 'Times New Roman', panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
];

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** word/fontTable.xml, replacing the docx library's (which lists only embedded fonts). */
export function fontTableXml(): string {
  const fonts = ENTRIES.map(
    (f) =>
      `<w:font w:name="${attr(f.name)}">` +
      (f.altName ? `<w:altName w:val="${attr(f.altName)}"/>` : '') +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts +
    '</w:fonts>'
  );
}
