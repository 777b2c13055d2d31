/**
 * The shipped faces (pdf/fonts.ts FONT_FILES, docs/FONTS.md) for the direct PDF writer: each role of
 * the print stylesheet (html.ts) is one weight of one family, and each weight is up to three files,
 * as the browser combines them by unicode-range: the Latin subset for letters, digits and general
 * punctuation, in English the Latin design's file for quotes and dashes (U+2010–2027), the
 * simplified-Chinese file for everything else. Opened once per process (decoding a 1.5 MB WOFF2 file
 * takes a tenth of a second); widths are read once per character.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Locale } from '../../../shared/contract/fields.js';
import { ENGLISH_PUNCTUATION_FROM_LATIN_FACE, FACES, fileOf } from '../pdf/fonts.js';
import { nativeBrotli, subsetFromDecodedGlyphs } from './glyf.js';

export type Role = 'body' | 'title' | 'heading' | 'subheading';

type Face = (typeof FACES)[number];
const face = (family: 'serif' | 'sans', weight: number): Face => FACES.find((f) => f.family.toLowerCase().includes(family) && f.weight === weight)!;

/** As html.ts's FONTS: GB/T 9704 body 仿宋 Serif 400, title 小标宋 Serif 700, 黑体 Sans 400, 楷体 Serif 600; English Serif 400/700. */
const ROLES: Readonly<Record<Locale, Record<Role, Face>>> = {
  'zh-CN': { body: face('serif', 400), title: face('serif', 700), heading: face('sans', 400), subheading: face('serif', 600) },
  en: { body: face('serif', 400), title: face('serif', 700), heading: face('serif', 700), subheading: face('serif', 700) },
};

const require = createRequire(import.meta.url);
const opened = new Map<string, fontkit.Font>();

function open(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) {
    font = subsetFromDecodedGlyphs(nativeBrotli(fontkit.create(fs.readFileSync(require.resolve(file)))));
    opened.set(file, font);
  }
  return font;
}

/** One file of a face: the name the document registers it under, and its font. */
export interface FontFile {
  name: string;
  font: fontkit.Font;
}

const fileCache = new Map<string, FontFile>();
function fontFile(file: string): FontFile {
  let entry = fileCache.get(file);
  if (!entry) {
    entry = { name: file.replace(/^.*\//, '').replace(/\.woff2$/, ''), font: open(file) };
    fileCache.set(file, entry);
  }
  return entry;
}

/** The characters the Latin file draws (pdf/fonts.ts LATIN): Basic Latin and Latin-1, and a few signs. */
const LATIN_SIGNS = new Set([0x131, 0x152, 0x153, 0x2bb, 0x2bc, 0x2c6, 0x2da, 0x2dc, 0x304, 0x308, 0x329, 0x20ac, 0x2122, 0x2191, 0x2193, 0x2212, 0x2215, 0xfeff, 0xfffd]);
const inLatinFile = (cp: number) => cp <= 0xff || LATIN_SIGNS.has(cp);

/** A face of one locale and role: which file draws a character, and how wide it is (in units of 1 pt). */
export class PrintFace {
  private readonly chinese: FontFile;
  private readonly latin: FontFile;
  private readonly latinDesign: FontFile | null;
  private readonly files = new Map<number, FontFile>();
  private readonly widths = new Map<number, number>();

  constructor(f: Face, locale: Locale) {
    this.chinese = fontFile(fileOf(f.pkg, 'chinese-simplified', f.weight));
    this.latin = fontFile(fileOf(f.pkg, 'latin', f.weight));
    this.latinDesign = ENGLISH_PUNCTUATION_FROM_LATIN_FACE[locale] ? fontFile(fileOf(f.latinPkg, 'latin', f.weight)) : null;
    this.ascent = this.chinese.font.ascent / this.chinese.font.unitsPerEm;
    this.descent = -this.chinese.font.descent / this.chinese.font.unitsPerEm;
  }

  /** The file that draws a code point, as the stylesheet's unicode-ranges pick it; the next one that has the glyph otherwise. */
  fileOf(cp: number): FontFile {
    let file = this.files.get(cp);
    if (!file) {
      const latinPunctuation = cp >= 0x2000 && cp <= 0x206f && (this.latinDesign !== null || cp < 0x2010 || cp > 0x2027);
      const order =
        this.latinDesign && cp >= 0x2010 && cp <= 0x2027
          ? [this.latinDesign, this.latin, this.chinese]
          : inLatinFile(cp) || latinPunctuation
            ? [this.latin, this.chinese]
            : [this.chinese, this.latin];
      file = order.find((f) => f.font.hasGlyphForCodePoint(cp)) ?? order[0]!;
      this.files.set(cp, file);
    }
    return file;
  }

  /** Advance of a character at 1 pt. */
  width(cp: number): number {
    let w = this.widths.get(cp);
    if (w === undefined) {
      const { font } = this.fileOf(cp);
      w = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
      this.widths.set(cp, w);
    }
    return w;
  }

  /** The text cut where the file changes: each piece is drawn in one font. */
  runs(text: string): { file: FontFile; text: string }[] {
    const out: { file: FontFile; text: string }[] = [];
    for (const ch of text) {
      const file = this.fileOf(ch.codePointAt(0)!);
      const last = out[out.length - 1];
      if (last && last.file === file) last.text += ch;
      else out.push({ file, text: ch });
    }
    return out;
  }

  /** Ascent and descent of the Chinese file at 1 pt: where the baseline sits in a line (fontkit reads them anew each time). */
  readonly ascent: number;
  readonly descent: number;
}

const faces = new Map<string, PrintFace>();
export function printFace(locale: Locale, role: Role): PrintFace {
  const key = `${locale}:${role}`;
  let f = faces.get(key);
  if (!f) {
    f = new PrintFace(ROLES[locale][role], locale);
    faces.set(key, f);
  }
  return f;
}
