import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, UsageError, parseCommandArgs, type Io } from './command.js';
import { commands } from './commands/index.js';
import { packageRoot } from './defaults.js';
import { describeFailure } from './open-errors.js';

const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function globalHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: convene <command> [options]',
    '',
    'Convene: run facilitated planning workshops, offline.',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'convene <command> --help' for a command's options.",
    'The data folder is --data DIR, else $CONVENE_DATA_DIR, else the desktop app\'s folder.',
  ].join('\n');
}

/** Runs one CLI invocation and resolves to its exit code: 0 done, 1 failed, 2 bad usage. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands[topic];
    io.out(command ? command.usage : globalHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  if (name === undefined) {
    io.err(globalHelp());
    return 2;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`convene: unknown command '${name}'. Run 'convene --help' for the list of commands.`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.out(command.usage);
      return 0;
    }
    return await command.run(values, io, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`convene ${name}: ${error.message}. Run 'convene ${name} --help' for usage.`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`convene ${name}: ${error.message}`);
      return 1;
    }
    const described = describeFailure(error);
    if (described) {
      io.err(`convene ${name}: ${described}`);
      return 1;
    }
    io.err(`convene ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}`);
    if (io.env.CONVENE_DEBUG) io.err(String((error as Error)?.stack ?? ''));
    return 1;
  }
}

/** Run directly (`tsx main/cli/main.ts serve`), not only through scripts/convene.mjs. */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(fs.realpathSync(entry)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
