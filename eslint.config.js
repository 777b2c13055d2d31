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
  layer(['main/core/**/*.ts', 'main/db/**/*.ts', 'main/sample/**/*.ts', 'main/export/**/*.ts', 'main/service/**/*.ts', 'main/bundle/**/*.ts'], [
    { group: ['electron'], message: 'The core knows nothing of Electron: put shell code in main/app.' },
    { group: ['**/host/**', '**/app/**', 'node:http', 'http'], message: 'The core knows nothing of transports: put it in main/host.' },
    { group: ['**/renderer/**'], message: 'main/ never imports the UI.' },
  ]),
  layer(['main/host/**/*.ts', 'main/cli/**/*.ts'], [
    { group: ['electron'], message: 'Hosts and the CLI run on plain Node: only main/app may import Electron.' },
    { group: ['**/renderer/**'], message: 'main/ never imports the UI.' },
  ]),
  {
    files: ['main/app/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
