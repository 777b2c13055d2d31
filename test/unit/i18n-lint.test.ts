import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * One translation path: words come from shared/i18n, never from an inline bilingual ternary. The rule
 * is eslint.config.js's ONE_TRANSLATION_PATH; these cases prove it bites where the old code had
 * `locale === 'zh-CN' ? '序号' : 'No.'`, and that main/, shared/ and renderer/ hold none.
 */
const { ONE_TRANSLATION_PATH } = (await import(pathToFileURL(path.resolve('eslint.config.js')).href)) as { ONE_TRANSLATION_PATH: { message: string }[] };
const MESSAGES = new Set(ONE_TRANSLATION_PATH.map((r) => r.message));
const eslint = new ESLint({ cwd: process.cwd(), ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax' });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => MESSAGES.has(m.message)).map((m) => m.message);
}

describe('the lint rule against inline bilingual text', () => {
  it.each([
    ['main/export/fixture.ts', "export const no = (locale: string) => (locale === 'zh-CN' ? '序号' : 'No.');"],
    ['main/export/fixture.ts', "export function title(locale: string) {\n  const zh = locale === 'zh-CN';\n  return zh ? '任务分解表' : 'Task breakdown';\n}"],
    ['main/export/fixture.ts', "export const title = (zh: boolean) => (zh ? '任务分解表' : 'Task breakdown');"],
    ['main/core/fixture.ts', "export const comma = (locale: string) => ('en' !== locale ? '、' : ', ');"],
    ['main/cli/fixture.ts', "export function word(locale: string) {\n  switch (locale) {\n    case 'en':\n      return 'Minutes';\n    default:\n      return '会议纪要';\n  }\n}"],
    ['shared/fixture.ts', "export const draft = (locale: string) => (locale == 'zh-CN' ? '（草稿）' : ' (draft)');"],
    ['renderer/src/fixture.tsx', "export const aside = (locale: string, text: string) => (locale === 'en' ? ` (${text})` : `（${text}）`);"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await refusals(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['main/export/fixture.ts', "import { translatorFor } from '../../shared/i18n/translate.js';\nexport const no = (locale: 'zh-CN' | 'en') => translatorFor(locale)('document:minutes.no');"],
    ['main/export/fixture.ts', "const FONT: Record<'zh-CN' | 'en', string> = { 'zh-CN': 'SimSun', en: 'Calibri' };\nexport const font = (locale: 'zh-CN' | 'en') => FONT[locale];"],
    ['main/export/fixture.ts', "export const layout = (official: boolean) => (official ? 37 : 25.4);"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await refusals(filePath, code)).toEqual([]);
  });

  it('finds no inline bilingual text in main/, shared/ or renderer/', async () => {
    const results = await eslint.lintFiles(['main', 'shared', 'renderer/src']);
    const found = results.flatMap((r) => r.messages.filter((m) => MESSAGES.has(m.message)).map((m) => `${path.relative(process.cwd(), r.filePath)}:${m.line}`));
    expect(found).toEqual([]);
  });
});
