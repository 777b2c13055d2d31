// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering rule of docs/ARCHITECTURE.md, enforced: each entry says what a folder must not import.
 * tsconfig project boundaries catch the same thing at type-check; this gives the clearer message.
 */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'worker_threads'];

/**
 * The layers of main/, bottom first: THE declaration (docs/ARCHITECTURE.md draws it). A folder may
 * import folders of the layers below its own, never one above nor a sibling in its own layer. So the
 * core is the bottom over the database; exports, bundles and the sample workshop are built on it
 * (calling its named use cases, never each other); main/service is the composition root that wires
 * them into one runtime; the HTTP host serves a runtime; the CLI and the Electron shell start one.
 */
export const MAIN_LAYERS = [['db'], ['core'], ['export', 'bundle', 'sample', 'sync'], ['service'], ['host', 'room'], ['cli', 'app']];

const LAYER_ORDER = MAIN_LAYERS.map((tier) => tier.join(' | ')).join(' → ');

/** What main/<folder> must not import: the layers above it, its siblings, and by kind (Electron, transports, the UI). */
function mainLayer(folder, level) {
  const above = MAIN_LAYERS.flatMap((tier, i) => (i > level ? tier : i === level ? tier.filter((f) => f !== folder) : []));
  const patterns = [];
  if (above.length > 0) {
    patterns.push({
      group: above.map((f) => `**/${f}/**`),
      message: `main/${folder} must not import ${above.join(', ')} (above it or beside it). Layers of main/, bottom first: ${LAYER_ORDER} (MAIN_LAYERS in eslint.config.js).`,
    });
  }
  if (folder !== 'app') {
    const shell = ['host', 'room', 'cli'].includes(folder) ? 'Hosts and the CLI run on plain Node: only main/app may import Electron.' : 'The core knows nothing of Electron: put shell code in main/app.';
    patterns.push({ group: ['electron'], message: shell });
  }
  if (level < MAIN_LAYERS.findIndex((tier) => tier.includes('host'))) {
    patterns.push({ group: ['**/host/**', '**/app/**', 'node:http', 'http'], message: 'The core knows nothing of transports: put it in main/host.' });
  }
  patterns.push({ group: ['**/renderer/**'], message: 'main/ never imports the UI.' });
  return layer([`main/${folder}/**/*.{ts,cts}`], patterns);
}

/**
 * One translation path (docs/ARCHITECTURE.md): every word comes from shared/i18n, through
 * react-i18next in the renderer and translatorFor in main, never from an inline `zh ? '…' : '…'`.
 * A choice by language that is not a word (a font, a layout, a date pattern) is data keyed by
 * Locale (`Record<Locale, …>`). So no code compares a value with a locale literal, and no ternary
 * picks by a flag named after a language. Exported for test/unit/i18n-lint.test.ts.
 */
export const ONE_TRANSLATION_PATH = [
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/]:matches([left.value=/^(zh-CN|zh|en)$/], [right.value=/^(zh-CN|zh|en)$/])",
    message:
      "Do not compare with a locale: take words from shared/i18n (t('ns:key'), translatorFor(locale) in main) and make any other choice by language data keyed by Locale (Record<Locale, …>).",
  },
  {
    selector: "SwitchCase[test.value=/^(zh-CN|zh|en)$/]",
    message: 'Do not switch on a locale: take words from shared/i18n, and make any other choice by language a Record<Locale, …>.',
  },
  {
    selector: 'ConditionalExpression[test.type="Identifier"][test.name=/^(zh|en|isZh|isEn|isChinese|isEnglish|chinese|english)$/]',
    message: "No bilingual ternaries: take the words from shared/i18n (t('ns:key'), translatorFor(locale) in main).",
  },
];

export default tseslint.config(
  { ignores: ['dist/**', '.tsbuild/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer(['shared/**/*.ts'], [
    { group: ['**/main/**', '**/renderer/**'], message: 'shared/ is the contract: it imports neither main/ nor renderer/.' },
    { group: ['electron', 'react', 'react-dom', 'better-sqlite3', ...NODE_BUILTINS], message: 'shared/ is pure TypeScript: no Node, no DOM, no Electron.' },
  ]),
  layer(['renderer/src/**/*.{ts,tsx}'], [
    { group: ['**/main/**'], message: 'renderer/ talks to main/ only through the contract in shared/.' },
    { group: ['electron', 'better-sqlite3', ...NODE_BUILTINS], message: 'renderer/ runs in a sandboxed page: no Node, no Electron.' },
  ]),
  ...MAIN_LAYERS.flatMap((tier, level) => tier.map((folder) => mainLayer(folder, level))),
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'main/**/*.{ts,cts}'],
    rules: { 'no-restricted-syntax': ['error', ...ONE_TRANSLATION_PATH] },
  },
  {
    // One handler calling another by its channel key hides a use case (and, across folders, a layer
    // breach): the shared step is a named function beside the handler, which the handler calls too.
    // (One rule's options replace an earlier block's: this list repeats the translation path's.)
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[computed=true][object.name=/Handlers$/]',
          message: "Call the named use case (e.g. startItem(ctx, input)), not a handler by its channel key (runHandlers['run.startItem']).",
        },
        ...ONE_TRANSLATION_PATH,
      ],
    },
  },
  {
    files: ['main/app/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
