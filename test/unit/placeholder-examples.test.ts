import { describe, expect, it } from 'vitest';
import { PEOPLE, UNITS, type UnitKey } from '../../main/sample/data/structure.js';
import { SAMPLE_TEXT } from '../../main/sample/data/index.js';
import { categoryByAlias } from '../../renderer/src/screens/capture/categories.js';
import { personMatcher } from '../../renderer/src/search/match.js';
import { LOCALES, type Locale } from '../../shared/contract/fields.js';
import type { Person, Unit } from '../../shared/domain.js';
import { resources } from '../../shared/i18n/index.js';

/**
 * The examples a placeholder or hint shows must be inputs that work: each one finds someone in the
 * sample workshop's directory of the same language (issue: the English speaker placeholder said
 * "zgd", which finds nobody among English names, where initials go word by word: "zg"). Reading the
 * examples out of the strings themselves keeps the two from drifting apart.
 */

function directory(locale: Locale): { people: Person[]; units: Unit[] } {
  const text = SAMPLE_TEXT[locale];
  const units: Unit[] = (Object.keys(UNITS) as UnitKey[]).map((key) => ({ id: key, ...text.units[key], kind: UNITS[key] }) as unknown as Unit);
  const people = Object.entries(PEOPLE).map(([key, facts]) => {
    const unit = facts.unit ? text.units[facts.unit as UnitKey] : null;
    const words = text.people[key as keyof typeof text.people];
    return { id: key, name: words.name, position: words.position, unitId: facts.unit, unitName: unit?.name ?? null, category: facts.category } as Person;
  });
  return { people, units };
}

/** "例如 zgd、工信、赵" / "e.g. zg, industry, Zhao": the listed examples. */
function listed(text: string): string[] {
  const list = /(?:例如|e\.g\.)\s*(.+)$/.exec(text)?.[1] ?? '';
  return list.split(/、|,\s*/).map((s) => s.trim()).filter(Boolean);
}

/** "(e.g. jc)" / "（如 jc）". */
function inParentheses(text: string): string[] {
  return [...text.matchAll(/[(（](?:e\.g\.|如)\s*([^)）]+)[)）]/g)].map((m) => m[1]!.trim());
}

/** "@lw", "＠gxj" / "#sug", "#建议". */
function marked(text: string, mark: '@' | '#'): string[] {
  const pattern = mark === '@' ? /[@＠]([^\s,，、；;）)]+)/g : /[#＃]([^\s,，、；;）)]+)/g;
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

describe.each(LOCALES)('examples in placeholders and hints work (%s)', (locale) => {
  const { people, units } = directory(locale);
  const matcher = personMatcher(people, units);
  const ns = resources[locale];
  const speakerExamples: [string, string[]][] = [
    ['agenda:speakers.addPlaceholder', listed(ns.agenda.speakers.addPlaceholder)],
    ['session:participants.emptyHint', inParentheses(ns.session.participants.emptyHint)],
    ['capture:help.speaker', marked(ns.capture.help.speaker, '@')],
  ];

  it.each(speakerExamples)('%s: every example finds someone in the sample directory', (_key, examples) => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(matcher.search(example).map((p) => p.name), example).not.toEqual([]);
  });

  it('capture:help.categoryKey: every #key names a category', () => {
    const examples = marked(ns.capture.help.categoryKey, '#');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(categoryByAlias(example), example).not.toBeNull();
  });
});
