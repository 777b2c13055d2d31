/**
 * `npm run bench [-- name-filter...] [-- --strict]`: runs every bench/*.bench.ts in turn (each
 * exports a default async function that calls addFigure), then prints one table. A benchmark that
 * throws makes the run fail; a missed target fails it only with --strict, since timings depend
 * on the machine and targets are for reading, not for gating every run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allFigures, isOk, printTable } from './table.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const filters = args.filter((a) => !a.startsWith('--'));

const modules = fs
  .readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

// Timings depend on what else the machine is doing: say so next to the figures.
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
process.stderr.write(`bench: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load()}\n`);

let failed = false;
for (const name of modules) {
  process.stderr.write(`bench: ${name}…\n`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(path.join(here, name)).href)) as { default: () => Promise<void> };
    await mod.default();
    process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`bench: ${name} failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
}

process.stderr.write(`bench: load average at the end ${load()}\n`);
printTable();
const missed = allFigures().filter((f) => isOk(f) === false);
if (missed.length > 0) process.stderr.write(`bench: ${missed.length} figure(s) over target\n`);
if (failed || (strict && missed.length > 0)) process.exitCode = 1;
