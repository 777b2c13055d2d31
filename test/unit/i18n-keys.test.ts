import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract/result.js';
import { ATTENDANCE_ROLES, PERSON_CATEGORIES, PRESENCES, SESSION_MODES, UNIT_KINDS } from '../../shared/domain.js';
import { NAMESPACES, localeFromSystem, resources } from '../../shared/i18n/index.js';

/** Every leaf key path of a nested resource object, e.g. "code.validation". */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('zh-CN and en have the same namespaces', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources['zh-CN']).sort());
  });

  it.each(NAMESPACES)('namespace %s has exactly the same keys in zh-CN and en', (ns) => {
    expect(leafKeys(resources.en[ns]).sort()).toEqual(leafKeys(resources['zh-CN'][ns]).sort());
  });

  it.each(NAMESPACES)('namespace %s has a non-empty string for every key, with the same placeholders', (ns) => {
    const en = new Map(leaves(resources.en[ns]));
    for (const [key, zh] of leaves(resources['zh-CN'][ns])) {
      const english = en.get(key);
      expect(typeof zh === 'string' && zh.length > 0, `zh-CN ${ns}:${key}`).toBe(true);
      expect(typeof english === 'string' && english.length > 0, `en ${ns}:${key}`).toBe(true);
      const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(english), `${ns}:${key}`).toEqual(placeholders(zh));
    }
  });

  it('every error code and every enumeration value has words', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { errors, common } = resources[locale];
      for (const code of ERROR_CODES) expect(errors.code[code], `${locale} ${code}`).toBeTruthy();
      for (const value of SESSION_MODES) expect(common.sessionMode[value]).toBeTruthy();
      for (const value of UNIT_KINDS) expect(common.unitKind[value]).toBeTruthy();
      for (const value of PERSON_CATEGORIES) expect(common.personCategory[value]).toBeTruthy();
      for (const value of ATTENDANCE_ROLES) expect(common.role[value]).toBeTruthy();
      for (const value of PRESENCES) expect(common.presence[value]).toBeTruthy();
    }
  });

  it('follows the system language: any Chinese tag gives zh-CN, anything else English', () => {
    expect(localeFromSystem('zh-CN')).toBe('zh-CN');
    expect(localeFromSystem('zh-TW')).toBe('zh-CN');
    expect(localeFromSystem('zh')).toBe('zh-CN');
    expect(localeFromSystem('en-US')).toBe('en');
    expect(localeFromSystem('de')).toBe('en');
    expect(localeFromSystem(undefined)).toBe('en');
  });
});
