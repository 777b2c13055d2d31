import fs from 'node:fs';
import path from 'node:path';
import { MAX_BUNDLE_BYTES } from '../../../shared/contract/channels-bundle.js';
import type { AppErrorPayload } from '../../../shared/contract/result.js';
import { translatorFor } from '../../../shared/i18n/translate.js';
import type { BundleImportResult, ExportedFile } from '../../../shared/minutes.js';
import { openRuntime } from '../../service/runtime.js';
import { CliError, UsageError, optionalString, requireString, type Command, type Values } from '../command.js';
import { dataDirFrom } from '../defaults.js';
import { DISK_FULL } from '../open-errors.js';
import { openExistingRuntime } from '../open-existing.js';
import { readInputFile } from '../input-file.js';
import { writeFileAtomic } from '../write-file.js';

/** The app's own English for a failed call: the reason's sentence with its values, and which rows were wrong. */
function describe(error: AppErrorPayload): string {
  const p = error.params ?? {};
  if (error.code === 'storage_full') return DISK_FULL;
  if (error.code === 'not_found') return `no ${p.entity ?? 'record'} with id '${p.id ?? '?'}' (run 'convene list' to see the IDs)`;
  const t = translatorFor('en');
  const sentence = typeof p.reason === 'string' ? t(`errors:reason.${p.reason}` as never, { ...p, defaultValue: p.reason }) : error.code;
  const issues = (error.issues ?? []).map((i) => `${i.path || 'input'}: ${t(`errors:issue.${i.code}` as never, { defaultValue: i.code })}`);
  return issues.length > 0 ? `${sentence} (${issues.join('; ')})` : sentence;
}

function scopeFrom(values: Values): { sessionId: string } | { programmeId: string } {
  const sessionId = optionalString(values, 'session');
  const programmeId = optionalString(values, 'programme');
  if (Boolean(sessionId) === Boolean(programmeId)) throw new UsageError('give --session ID or --programme ID (one of them)');
  return sessionId ? { sessionId } : { programmeId: programmeId! };
}

async function exportTo(values: Values, io: Parameters<Command['run']>[1]): Promise<number> {
  const scope = scopeFrom(values);
  const out = path.resolve(requireString(values, 'out'));
  const overwrite = values.force === true;
  if (!overwrite && fs.existsSync(out)) throw new CliError(`${out} already exists: choose another --out, or add --force to replace it`);
  const runtime = openExistingRuntime(dataDirFrom(optionalString(values, 'data'), io.env));
  let file: ExportedFile;
  try {
    const result = runtime.core.call('bundle.export', scope);
    if (!result.ok) throw new CliError(describe(result.error));
    file = result.value as ExportedFile;
  } finally {
    // Exporting only reads: no at-quit backup.
    runtime.close({ backup: false });
  }
  writeFileAtomic(out, Buffer.from(file.base64, 'base64'), { overwrite });
  io.out(out);
  return 0;
}

async function importFrom(file: string, values: Values, io: Parameters<Command['run']>[1]): Promise<number> {
  const source = path.resolve(file);
  const author = optionalString(values, 'author');
  const bytes = readInputFile(source, MAX_BUNDLE_BYTES, 'Convene bundle');
  // A new laptop's folder may be empty: importing creates the database (unlike export, which only reads).
  const runtime = openRuntime({ dataDir: dataDirFrom(optionalString(values, 'data'), io.env) });
  try {
    const result = runtime.core.call('bundle.import', { base64: bytes.toString('base64'), ...(author ? { author } : {}) });
    if (!result.ok) throw new CliError(`${source} was not imported: ${describe(result.error)}. Nothing was changed.`);
    const { programmeId, inserted, skipped } = result.value as BundleImportResult;
    const written = Object.entries(inserted).filter(([, n]) => n > 0);
    const total = written.reduce((sum, [, n]) => sum + n, 0);
    io.out(`Imported into programme ${programmeId}: ${total} rows written${written.length ? ` (${written.map(([t, n]) => `${t} ${n}`).join(', ')})` : ''}, ${skipped} already here.`);
    return 0;
  } finally {
    runtime.close();
  }
}

export const bundle: Command = {
  summary: 'carry a session or a programme to another laptop in a .convene file, or import one',
  usage: `Usage: convene bundle export (--session ID | --programme ID) --out FILE.convene [--force] [--data DIR]
       convene bundle import FILE.convene [--author NAME] [--data DIR]

export writes one session (with its programme, stage and the directory entries it names) or a whole
programme to a .convene file. import adds a .convene file's rows to the data folder: all or nothing,
and importing the same file again changes nothing. Notes from two secretaries' files of the same
session merge; rows already here are kept as they are. 'convene list' shows the IDs.

  --session ID    the session to export
  --programme ID  the programme to export
  --out FILE      where to write the bundle
  --force         replace FILE if it exists (otherwise an existing file is never touched)
  --author NAME   on import: who took the file's notes, for notes that do not say
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  positionals: 2,
  options: {
    session: { type: 'string' },
    programme: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    author: { type: 'string' },
    data: { type: 'string' },
  },
  async run(values, io, positionals) {
    const [action, file] = positionals;
    if (action === 'export') {
      if (file !== undefined) throw new UsageError(`unexpected argument '${file}' (the file goes after --out)`);
      return exportTo(values, io);
    }
    if (action === 'import') {
      if (file === undefined) throw new UsageError('say which file to import: convene bundle import FILE.convene');
      return importFrom(file, values, io);
    }
    throw new UsageError(action === undefined ? 'say export or import' : `unknown action '${action}': say export or import`);
  },
};
