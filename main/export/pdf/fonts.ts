/**
 * The faces a printed export is set in, shipped with the app (npm @fontsource packages, SIL OFL 1.1)
 * and put into the page as data: URLs, so a PDF looks the same on every machine, embeds real CID
 * TrueType fonts with simplified-Chinese forms, and the print needs nothing from disk or network.
 *
 * Why these files: Chromium embeds the system's OpenType-CFF CJK fonts (Noto CJK) as Type 3 glyphs;
 * these have TrueType outlines and embed as fonts. Which stands in for which official face, and why,
 * is in docs/FONTS.md. electron-builder.yml ships exactly FONT_FILES (test/unit/electron-builder-config.test.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Locale } from '../../../shared/contract/fields.js';

/**
 * The two families put into the page, one per shipped package, and the weights of each. The roles of
 * GB/T 9704 are a family and a weight of these (html.ts): 仿宋 body Serif 400, 小标宋 title Serif 700,
 * 楷体 headings Serif 600, 黑体 Sans 400; English text Serif 400 and 700. Bold text must have a real
 * bold face: Chromium draws a synthesised bold as Type 3 glyphs.
 */
export const PRINT_FAMILY = { serif: 'Convene Serif SC', sans: 'Convene Sans SC' } as const;

export const FACES = [
  { family: PRINT_FAMILY.serif, pkg: 'noto-serif-sc', latinPkg: 'noto-serif', weight: 400 },
  { family: PRINT_FAMILY.serif, pkg: 'noto-serif-sc', latinPkg: 'noto-serif', weight: 600 },
  { family: PRINT_FAMILY.serif, pkg: 'noto-serif-sc', latinPkg: 'noto-serif', weight: 700 },
  { family: PRINT_FAMILY.sans, pkg: 'noto-sans-sc', latinPkg: 'noto-sans', weight: 400 },
] as const;

/**
 * Quotes, apostrophes and dashes in English text. The SC faces draw ‘ ’ “ ” full width even in their
 * Latin file (a CJK font's default for these ambiguous-width marks; their proportional forms are not
 * in the web subsets), which printed "the chair’ s"; in English these come from the same design's
 * Latin face (@fontsource/noto-serif, noto-sans), declared last so it is tried first.
 */
const ENGLISH_PUNCTUATION = 'U+2010-2027';
export const ENGLISH_PUNCTUATION_FROM_LATIN_FACE: Readonly<Record<Locale, boolean>> = { 'zh-CN': false, en: true };

/**
 * What the small Latin subset of a face draws: letters, digits and general punctuation. In Chinese
 * text, quotes, dashes and the ellipsis (U+2010–2027) are full-width, from the Chinese file, as Word
 * sets them in an East Asian run; in English they are the Latin ones.
 */
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_PUNCTUATION: Readonly<Record<Locale, string>> = { 'zh-CN': 'U+2000-200F,U+2028-206F', en: 'U+2000-206F' };
const latinRange = (locale: Locale) => `${LATIN},${LATIN_PUNCTUATION[locale]}`;

export const fileOf = (pkg: string, subset: 'chinese-simplified' | 'latin', weight: number) => `@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`;

/** Every font file a printed export uses, as node_modules paths: what packaging must ship, and nothing more. */
export const FONT_FILES: string[] = [
  ...new Set(
    FACES.flatMap((f) => [fileOf(f.pkg, 'chinese-simplified', f.weight), fileOf(f.pkg, 'latin', f.weight), fileOf(f.latinPkg, 'latin', f.weight)]),
  ),
].sort();

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();

function dataUrl(file: string): string {
  let url = cache.get(file);
  if (url === undefined) {
    url = `data:font/woff2;base64,${fs.readFileSync(require.resolve(file)).toString('base64')}`;
    cache.set(file, url);
  }
  return url;
}

/**
 * @font-face rules of the shipped faces (about 5.7 MB as data: URLs). The Latin subset is declared
 * after the Chinese one: for a character in both, the later rule is tried first, so Latin letters come
 * from the Latin file, everything else from the simplified-Chinese one.
 */
export function fontFaceCss(locale: Locale): string {
  const face = (f: (typeof FACES)[number], file: string, range: string | null) =>
    `@font-face { font-family: '${f.family}'; font-style: normal; font-weight: ${f.weight}; ` +
    `src: url(${dataUrl(file)}) format('woff2');${range === null ? '' : ` unicode-range: ${range};`} }`;
  return FACES.flatMap((f) => [
    face(f, fileOf(f.pkg, 'chinese-simplified', f.weight), null),
    face(f, fileOf(f.pkg, 'latin', f.weight), latinRange(locale)),
    ...(ENGLISH_PUNCTUATION_FROM_LATIN_FACE[locale] ? [face(f, fileOf(f.latinPkg, 'latin', f.weight), ENGLISH_PUNCTUATION)] : []),
  ]).join('\n');
}
