import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;
/** What util.parseArgs returns: strings, booleans, and arrays for `multiple` options. */
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Io {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

/** One CLI command. Adding one is a new file under commands/ and a line in commands/index.ts. */
export interface Command {
  /** One line for `convene --help`. */
  summary: string;
  /** The full text for `convene <name> --help`, after the generated usage line. */
  usage: string;
  options: Options;
  /** How many plain arguments may follow the name (`convene export minutes`): none unless said. */
  positionals?: number;
  /** Resolves to the exit code. Throw UsageError for bad arguments (exit 2). */
  run(values: Values, io: Io, positionals: string[]): Promise<number>;
}

/** Bad or missing arguments: exit code 2 with a hint to use --help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure the user can act on: printed as is, exit code 1, no stack. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

export const HELP_OPTION: Options = { help: { type: 'boolean', short: 'h' } };

/** util.parseArgs in strict mode, its errors turned into one-line usage errors. */
export function parseCommandArgs(command: Command, args: string[]): { values: Values; positionals: string[] } {
  const allowed = command.positionals ?? 0;
  let parsed: { values: unknown; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...HELP_OPTION, ...command.options }, strict: true, allowPositionals: allowed > 0 });
  } catch (error) {
    // parseArgs' messages are clear but sometimes run over two sentences; keep the first line.
    throw new UsageError(String((error as Error).message).split('\n')[0]!);
  }
  const extra = parsed.positionals[allowed];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

export function requireString(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`missing --${name}`);
  return value;
}

export function optionalString(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value`);
  return value;
}
