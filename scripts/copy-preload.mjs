#!/usr/bin/env node
// After `tsc -p main/tsconfig.build.json`: tsc already emits main/app/preload.cts as
// dist/main/app/preload.cjs, so nothing is copied. This only checks the file is there and
// self-contained: a sandboxed preload can require 'electron' and nothing of ours.
// Usage: node scripts/copy-preload.mjs [path to preload.cjs]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? path.join(root, 'dist/main/app/preload.cjs'));
const rel = path.relative(process.cwd(), file);

if (!fs.existsSync(file)) {
  console.error(`Preload check failed: ${rel} is missing (tsc should emit it from main/app/preload.cts).`);
  process.exit(1);
}
const source = fs.readFileSync(file, 'utf8');
const local = source.match(/require\(\s*["'`]\.{1,2}\/[^"'`]*["'`]\s*\)/);
if (local) {
  console.error(`Preload check failed: ${rel} requires a local file (${local[0]}); a sandboxed preload cannot.`);
  process.exit(1);
}
if (/^\s*(import|export)\s/m.test(source)) {
  console.error(`Preload check failed: ${rel} is an ES module; a sandboxed preload must be CommonJS.`);
  process.exit(1);
}
