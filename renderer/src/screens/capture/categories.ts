import { NOTE_CATEGORIES, type NoteCategory } from '../../../../shared/notes.js';
import { createMatcher, fold } from '../../search/match.js';

/**
 * Short keys for `#` in the capture line. One clean scheme, the same in both languages, so a
 * secretary can switch the UI language without relearning anything:
 *
 * - the pinyin initials of the Chinese word (`#jy` 建议),
 * - the Chinese word itself (`#建议`),
 * - the first three letters of the English word (`#sug` suggestion).
 *
 * Every alias is unique across categories. Besides the keys, the picker also matches any prefix of
 * the full pinyin (`#jian`), of the English word (`#sugg`) and the Chinese label, through the same
 * matcher as people, so nothing has to be memorised to use it.
 */
export interface CategoryKeys {
  /** Pinyin initials of the Chinese word. */
  pinyin: string;
  /** The Chinese word as typed after `#` (also the zh-CN label). */
  zh: string;
  /** Three-letter English key. */
  en: string;
  /** The English word (matched by prefix). */
  word: string;
}

export const CATEGORY_KEYS: Readonly<Record<NoteCategory, CategoryKeys>> = {
  understanding: { pinyin: 'rs', zh: '认识', en: 'und', word: 'understanding' },
  idea: { pinyin: 'sl', zh: '思路', en: 'ide', word: 'idea' },
  difficulty: { pinyin: 'kn', zh: '困难', en: 'dif', word: 'difficulty constraint' },
  suggestion: { pinyin: 'jy', zh: '建议', en: 'sug', word: 'suggestion' },
  criticism: { pinyin: 'pp', zh: '批评', en: 'cri', word: 'criticism' },
  question: { pinyin: 'tw', zh: '提问', en: 'que', word: 'question' },
  interjection: { pinyin: 'ch', zh: '插话', en: 'int', word: 'interjection' },
  decision: { pinyin: 'jd', zh: '决定', en: 'dec', word: 'decision' },
};

/** Extra words that also name a category (a constraint is a difficulty, 制约 zy; an opinion, 意见 yj, is a suggestion). */
const EXTRA: Partial<Record<NoteCategory, string[]>> = {
  suggestion: ['意见', 'yj'],
  difficulty: ['制约', 'zy', 'constraint'],
  question: ['问题', 'wt'],
  idea: ['想法', 'xf'],
};

/** Every exact alias of a category (lower case). */
export function aliasesOf(category: NoteCategory): string[] {
  const keys = CATEGORY_KEYS[category];
  return [keys.pinyin, keys.zh, keys.en, ...keys.word.split(' '), ...(EXTRA[category] ?? [])].map(fold);
}

const matcher = createMatcher(NOTE_CATEGORIES, (category) => {
  const keys = CATEGORY_KEYS[category];
  return [
    { text: keys.pinyin, weight: 0 },
    { text: keys.en, weight: 0 },
    { text: keys.zh, weight: 0, pinyin: true },
    ...keys.word.split(' ').map((w) => ({ text: w, weight: 1 })),
    ...(EXTRA[category] ?? []).map((w) => ({ text: w, weight: 2, pinyin: /\p{Script=Han}/u.test(w) })),
  ];
});

/**
 * The categories a `#` query means, best first. An exact alias wins outright; an empty query lists
 * all of them in their usual order.
 */
export function matchCategories(query: string): NoteCategory[] {
  const q = fold(query);
  if (!q) return [...NOTE_CATEGORIES];
  const exact = NOTE_CATEGORIES.filter((c) => aliasesOf(c).includes(q));
  const ranked = matcher.search(q);
  return [...exact, ...ranked.filter((c) => !exact.includes(c))];
}

/** The category a query names exactly, if any (`jy`, `建议`, `sug`). */
export function categoryByAlias(query: string): NoteCategory | null {
  const q = fold(query);
  return NOTE_CATEGORIES.find((c) => aliasesOf(c).includes(q)) ?? null;
}
