import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { MAX_BUNDLE_BYTES } from '../../shared/contract/channels-bundle.js';
import type { Locale } from '../../shared/contract/fields.js';
import type { Result } from '../../shared/contract/result.js';
import { BUNDLE_EXTENSION, type BundleImportResult } from '../../shared/minutes.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { errorMessage } from './messages.js';

/**
 * A `.convene` file handed to the app: double-clicked (the file association: argv on Windows and
 * Linux, the 'open-file' event on macOS), given on the command line, passed on by a second launch
 * (the single-instance lock), or picked with File > Import Bundle. Each is imported after the user
 * confirms, one at a time, through the core's `bundle.import` channel (all or nothing).
 */

export { BUNDLE_EXTENSION, MAX_BUNDLE_BYTES };

/** Options that take a value, whose value is therefore never a file to open. */
const OPTIONS_WITH_VALUE = new Set(['--data']);

/**
 * The .convene files named in a command line (argv[0], the executable, excluded), resolved against
 * the launch's working directory. Linux desktops may pass file:// URLs (the .desktop entry's %U).
 */
export function bundleFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  const found: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (OPTIONS_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(BUNDLE_EXTENSION)) continue;
    let file: string;
    try {
      file = arg.startsWith('file:') ? fileURLToPath(arg) : path.resolve(workingDirectory, arg);
    } catch {
      continue;
    }
    if (!found.includes(file)) found.push(file);
  }
  return found;
}

export type OpenOutcome = 'imported' | 'cancelled' | 'failed';

export interface OpenBundleDeps {
  /** The main window, shown (created if needed): the dialogs are attached to it. */
  window: () => Promise<BaseWindow>;
  showMessageBox: (window: BaseWindow, options: MessageBoxOptions) => Promise<Pick<MessageBoxReturnValue, 'response'>>;
  /** The recoverable runtime's service: in recovery mode it answers with the database's problem. */
  service: { call(channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>> };
  locale: () => Locale;
  log: (message: string, error?: unknown) => void;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export class BundleOpener {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: OpenBundleDeps) {}

  /** Queues one file; the returned promise settles when its dialogs are done (it never rejects). */
  open(file: string): Promise<OpenOutcome> {
    const next = this.queue.then(() => this.handle(file));
    this.queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      this.deps.log(`opening ${file} failed`, error);
      return 'failed' as const;
    });
  }

  private async handle(file: string): Promise<OpenOutcome> {
    const win = await this.deps.window();
    const t = translatorFor(this.deps.locale());
    const name = path.basename(file);
    const fail = async (detail: string): Promise<OpenOutcome> => {
      await this.deps.showMessageBox(win, { type: 'error', title: t('menu:bundle.failedTitle'), message: t('menu:bundle.failed', { name }), detail, buttons: [t('menu:bundle.ok')], noLink: true });
      return 'failed';
    };

    let size: number;
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) return await fail(t('menu:bundle.unreadable', { detail: file }));
      size = stat.size;
    } catch (error) {
      return await fail(t('menu:bundle.unreadable', { detail: error instanceof Error ? error.message : String(error) }));
    }
    if (size > MAX_BUNDLE_BYTES) return await fail(t('menu:bundle.tooLarge', { size: megabytes(size) }));

    const { response } = await this.deps.showMessageBox(win, {
      type: 'question',
      title: t('menu:bundle.confirmTitle'),
      message: t('menu:bundle.confirm', { name }),
      detail: t('menu:bundle.confirmDetail', { file }),
      buttons: [t('menu:bundle.import'), t('menu:bundle.cancel')],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) return 'cancelled';

    let base64: string;
    try {
      base64 = (await fs.promises.readFile(file)).toString('base64');
    } catch (error) {
      return await fail(t('menu:bundle.unreadable', { detail: error instanceof Error ? error.message : String(error) }));
    }
    const result = (await this.deps.service.call('bundle.import', { base64 })) as Result<BundleImportResult>;
    if (!result.ok) return await fail(errorMessage(this.deps.locale(), result.error.code, result.error.params));

    const added = Object.values(result.value.inserted).reduce((sum, n) => sum + n, 0);
    await this.deps.showMessageBox(win, {
      type: 'info',
      title: t('menu:bundle.doneTitle'),
      message: added === 0 ? t('menu:bundle.nothingNew', { name }) : t('menu:bundle.done', { name }),
      ...(added === 0 ? {} : { detail: t('menu:bundle.doneDetail', { added, notes: result.value.inserted.note ?? 0, skipped: result.value.skipped }) }),
      buttons: [t('menu:bundle.ok')],
      noLink: true,
    });
    return 'imported';
  }
}
