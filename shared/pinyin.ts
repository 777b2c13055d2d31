import { pinyin } from 'pinyin-pro';

/**
 * Pinyin for matching names as people type them: toneless, lower case, ü written v (and u, as many
 * type it). The pickers (renderer/src/search/match.ts) match every reading of every character; the
 * search index (main/core/search-index.ts) stores one spelling per name, full and initials.
 */

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const isHan = (char: string): boolean => HAN.test(char);
export const isWordChar = (char: string): boolean => WORD_CHAR.test(char);

const readingCache = new Map<string, string[]>();

/** Every reading of one Chinese character, lower case, toneless, ü written v (and u, as people type it). */
export function readingsOf(char: string): string[] {
  const cached = readingCache.get(char);
  if (cached) return cached;
  const raw = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true }) as string[];
  const readings = new Set<string>();
  for (const r of raw) {
    const reading = r.toLowerCase();
    if (!/^[a-z]+$/.test(reading)) continue;
    readings.add(reading);
    if (reading.includes('v')) readings.add(reading.replace(/v/g, 'u'));
  }
  const list = [...readings];
  readingCache.set(char, list);
  return list;
}

/**
 * The words a name is found by in pinyin: its full spelling and its initials, e.g. 王芳 → "wangfang wf",
 * 县工业和信息化局 → "xiangongyehexinxihuaju xgyhxxhj". Each character takes its reading in context
 * (a surname's reading first for people: 单 as shan), Latin words stay themselves. Empty for a name
 * without Chinese characters: an English name is found by its own letters.
 */
export function pinyinKeys(text: string, options: { person?: boolean } = {}): string {
  const chars = Array.from(text.normalize('NFKC'));
  if (!chars.some(isHan)) return '';
  const readings = pinyin(text.normalize('NFKC'), {
    type: 'array',
    toneType: 'none',
    v: true,
    ...(options.person ? { surname: 'head' as const } : {}),
  }) as string[];
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  chars.forEach((char, index) => {
    if (isHan(char)) {
      flush();
      const reading = (readings[index] ?? '').toLowerCase();
      tokens.push(/^[a-z]+$/.test(reading) ? reading : (readingsOf(char)[0] ?? ''));
    } else if (isWordChar(char)) {
      word += char.toLowerCase();
    } else {
      flush();
    }
  });
  flush();
  const spelled = tokens.filter(Boolean);
  const full = spelled.join('');
  const keys = [full, spelled.map((t) => t[0]).join('')];
  if (full.includes('v')) keys.push(full.replace(/v/g, 'u'));
  return keys.join(' ');
}
