import type { Person, Unit } from '../../../shared/domain.js';
import { isHan, isWordChar, readingsOf } from '../../../shared/pinyin.js';

/**
 * Type-ahead matching for people and units: by the text itself, by full pinyin, by pinyin initials,
 * or any mix of them ("gxj", "gongxinju", "gongxj" and "工信j" all find 工信局), case-insensitive,
 * ranked. Pure functions over plain data: the participant picker, the directory search, the speaker
 * picker and the capture line's `@` all share it.
 *
 * How a query matches a field:
 * - text: the field contains the query (after NFKC folding and lower-casing);
 * - pinyin: the field is split into tokens (one per Chinese character, one per run of Latin letters or
 *   digits); the query must be consumed, in order, by consecutive tokens, each token taking either its
 *   character or a non-empty prefix of one of its readings. Every reading of a polyphonic character
 *   counts, so 长 is both chang and zhang. Latin words are tokens too: "jc" finds "Jiang Chen".
 */

/** How well a field matched: lower is better. */
export const TIER = { exact: 0, prefix: 1, contains: 2 } as const;
export type Tier = (typeof TIER)[keyof typeof TIER];

/** A searchable field of an item. `weight` orders fields: a hit in a lighter field ranks first. */
export interface MatchField {
  text: string;
  weight: number;
  /** Also match by pinyin (names, units). Positions and free text match by text only. */
  pinyin?: boolean;
}

export interface Ranked<T> {
  item: T;
  /** weight of the best field + its tier; lower is better. */
  score: number;
  /** The text of the field that matched best (the UI may show "matched by unit"). */
  field: string;
}

export interface Matcher<T> {
  /** Ranked items; an empty query returns every item, in the given order. */
  rank(query: string, limit?: number): Ranked<T>[];
  /** Just the items of `rank`. */
  search(query: string, limit?: number): T[];
}

/** Field weights for people: name first, then their unit, then their position. */
export const PERSON_WEIGHT = { name: 0, unit: 3, position: 6 } as const;
/** Field weights for units: the full name first, then the short name. */
export const UNIT_WEIGHT = { name: 0, shortName: 1 } as const;

interface Token {
  /** The character itself, for Chinese characters (a query may type it). */
  char: string | null;
  /** Lower-case readings (pinyin without tones, ü as v), or the Latin word itself. */
  readings: string[];
}

interface PreparedField {
  text: string;
  folded: string;
  weight: number;
  tokens: Token[] | null;
}


/** NFKC (full-width letters become ASCII), lower case, whitespace collapsed. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What a query looks like to the pinyin matcher: folded, no spaces, apostrophes or separators. */
function foldQueryForPinyin(query: string): string {
  return Array.from(fold(query))
    .filter((c) => isHan(c) || isWordChar(c))
    .join('');
}

/** Splits a field into pinyin tokens (exported for tests). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push({ char: null, readings: [word] });
    word = '';
  };
  for (const c of Array.from(fold(text))) {
    if (isHan(c)) {
      flush();
      const readings = readingsOf(c);
      tokens.push({ char: c, readings });
    } else if (isWordChar(c)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

/**
 * Where the pinyin query `q` matches `tokens`: the first token it starts at and whether it ends
 * exactly at the last token, or null. Consecutive tokens; each takes its character or a non-empty
 * prefix of a reading.
 */
function pinyinMatch(tokens: Token[], q: string): { start: number; whole: boolean } | null {
  if (!q || tokens.length === 0) return null;
  for (let start = 0; start < tokens.length; start++) {
    // Every way of consuming the query is explored once (memo on token x query position); `ends`
    // collects the tokens a complete match can end before, to tell "the whole field" from "a prefix".
    const memo = new Map<number, boolean>();
    const ends = new Set<number>();
    const from = (t: number, i: number): boolean => {
      if (i === q.length) {
        ends.add(t);
        return true;
      }
      if (t === tokens.length) return false;
      const key = t * (q.length + 1) + i;
      const known = memo.get(key);
      if (known !== undefined) return known;
      const token = tokens[t]!;
      let ok = false;
      if (token.char !== null && q.startsWith(token.char, i)) ok = from(t + 1, i + token.char.length) || ok;
      for (const reading of token.readings) {
        let common = 0;
        while (common < reading.length && i + common < q.length && reading[common] === q[i + common]) common++;
        for (let take = common; take >= 1; take--) ok = from(t + 1, i + take) || ok;
      }
      memo.set(key, ok);
      return ok;
    };
    if (from(start, 0)) return { start, whole: start === 0 && ends.has(tokens.length) };
  }
  return null;
}

function prepareField(field: MatchField): PreparedField {
  return { text: field.text, folded: fold(field.text), weight: field.weight, tokens: field.pinyin ? tokenize(field.text) : null };
}

/** The best tier at which a folded query matches a prepared field, or null. */
function fieldTier(field: PreparedField, folded: string, pinyinQuery: string): Tier | null {
  let tier: Tier | null = null;
  if (field.folded) {
    if (field.folded === folded) return TIER.exact;
    if (field.folded.startsWith(folded)) tier = TIER.prefix;
    else if (field.folded.includes(folded)) tier = TIER.contains;
  }
  if (field.tokens && pinyinQuery) {
    const hit = pinyinMatch(field.tokens, pinyinQuery);
    if (hit) {
      const pinyinTier = hit.whole ? TIER.exact : hit.start === 0 ? TIER.prefix : TIER.contains;
      if (tier === null || pinyinTier < tier) tier = pinyinTier;
    }
  }
  return tier;
}

/**
 * Scores one item's fields against a query: the lowest weight + tier over the fields that match, or
 * null when none does. Exported for callers that match a single thing.
 */
export function scoreFields(query: string, fields: readonly MatchField[]): { score: number; field: string } | null {
  const folded = fold(query);
  if (!folded) return { score: 0, field: '' };
  const pinyinQuery = foldQueryForPinyin(query);
  return bestOf(fields.map(prepareField), folded, pinyinQuery);
}

function bestOf(fields: PreparedField[], folded: string, pinyinQuery: string): { score: number; field: string } | null {
  let best: { score: number; field: string } | null = null;
  for (const field of fields) {
    const tier = fieldTier(field, folded, pinyinQuery);
    if (tier === null) continue;
    const score = field.weight + tier;
    if (!best || score < best.score) best = { score, field: field.text };
  }
  return best;
}

/** Builds a matcher over items; the fields are tokenised once, queries are then cheap. */
export function createMatcher<T>(items: readonly T[], fieldsOf: (item: T) => MatchField[]): Matcher<T> {
  const prepared = items.map((item, index) => ({ item, index, fields: fieldsOf(item).map(prepareField) }));
  const rank = (query: string, limit = Infinity): Ranked<T>[] => {
    const folded = fold(query);
    if (!folded) return prepared.slice(0, limit).map(({ item }) => ({ item, score: 0, field: '' }));
    const pinyinQuery = foldQueryForPinyin(query);
    const hits: (Ranked<T> & { index: number })[] = [];
    for (const entry of prepared) {
      const best = bestOf(entry.fields, folded, pinyinQuery);
      if (best) hits.push({ item: entry.item, index: entry.index, ...best });
    }
    hits.sort((a, b) => a.score - b.score || a.index - b.index);
    return hits.slice(0, limit).map(({ item, score, field }) => ({ item, score, field }));
  };
  return { rank, search: (query, limit) => rank(query, limit).map((r) => r.item) };
}

/** The fields of a person: name, unit (full and short name when the unit list is known), position. */
export function personFields(person: Person, unitsById?: ReadonlyMap<string, Unit>): MatchField[] {
  const fields: MatchField[] = [{ text: person.name, weight: PERSON_WEIGHT.name, pinyin: true }];
  const unit = person.unitId ? unitsById?.get(person.unitId) : undefined;
  const unitName = unit?.name ?? person.unitName;
  if (unitName) fields.push({ text: unitName, weight: PERSON_WEIGHT.unit, pinyin: true });
  if (unit?.shortName) fields.push({ text: unit.shortName, weight: PERSON_WEIGHT.unit, pinyin: true });
  if (person.position) fields.push({ text: person.position, weight: PERSON_WEIGHT.position });
  return fields;
}

export function unitFields(unit: Unit): MatchField[] {
  const fields: MatchField[] = [{ text: unit.name, weight: UNIT_WEIGHT.name, pinyin: true }];
  if (unit.shortName) fields.push({ text: unit.shortName, weight: UNIT_WEIGHT.shortName, pinyin: true });
  return fields;
}

/** People by name, position, unit, and pinyin of name and unit. Pass units to match short names too. */
export function personMatcher(people: readonly Person[], units: readonly Unit[] = []): Matcher<Person> {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  return createMatcher(people, (p) => personFields(p, unitsById));
}

/** Any item that holds a person (participants, speakers): matched by that person. */
export function matcherBy<T>(items: readonly T[], personOf: (item: T) => Person, units: readonly Unit[] = []): Matcher<T> {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  return createMatcher(items, (item) => personFields(personOf(item), unitsById));
}

export function unitMatcher(units: readonly Unit[]): Matcher<Unit> {
  return createMatcher(units, unitFields);
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

/** Sorts by a name the way a Chinese reader expects (pinyin order; Latin names alphabetically). */
export function byName<T>(nameOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => collator.compare(nameOf(a), nameOf(b));
}
