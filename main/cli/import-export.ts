import { UsageError, type Command, type Io, type Values } from './command.js';

/**
 * The `run` of a command that imports FILE or exports (`convene directory`, `convene followup`):
 * `import FILE` or `export` with the file after --out.
 */
export function importOrExport(
  command: string,
  importFrom: (file: string, values: Values, io: Io) => Promise<number>,
  exportTo: (values: Values, io: Io) => Promise<number>,
): Command['run'] {
  return async (values, io, positionals) => {
    const [action, file] = positionals;
    if (action === 'import') {
      if (file === undefined) throw new UsageError(`say which file to import: convene ${command} import FILE`);
      return importFrom(file, values, io);
    }
    if (action === 'export') {
      if (file !== undefined) throw new UsageError(`unexpected argument '${file}' (the file goes after --out)`);
      return exportTo(values, io);
    }
    throw new UsageError(action === undefined ? 'say import or export' : `unknown action '${action}': say import or export`);
  };
}
