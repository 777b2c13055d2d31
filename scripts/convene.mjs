#!/usr/bin/env node
// The `convene` command. Runs the compiled CLI when there is a build (an installed package, or
// after `npm run build`); in a developer checkout without one, runs the TypeScript source through
// tsx, so `npx convene` works straight after `npm install`. CONVENE_FROM_SOURCE=1 forces the
// source, so tests exercise the code they sit beside rather than a stale build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = new URL('dist/main/cli/main.js', root);
const source = new URL('main/cli/main.ts', root);

async function loadCli() {
  if (existsSync(fileURLToPath(built)) && process.env.CONVENE_FROM_SOURCE !== '1') return import(built.href);
  if (!existsSync(fileURLToPath(source))) {
    process.stderr.write('convene: this installation has neither dist/main/cli/main.js nor main/cli/main.ts; reinstall Convene.\n');
    process.exit(1);
  }
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write("convene: no build found and tsx is not installed: run 'npm install' then 'npm run build'.\n");
    process.exit(1);
  }
  register();
  return import(source.href);
}

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
