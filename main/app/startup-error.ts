import type { Locale } from '../../shared/contract/fields.js';
import { AppError } from '../../shared/contract/result.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import { errorMessage } from './messages.js';

export interface StartupProblem {
  title: string;
  message: string;
}

/** The ids of problems the shell itself detects before the core exists. */
export class NativeBindingMissing extends Error {
  constructor(readonly file: string) {
    super(`native binding missing: ${file}`);
    this.name = 'NativeBindingMissing';
  }
}

/**
 * The words of the error box shown when the data folder cannot be opened. A database from a newer
 * Convene or a damaged one is refused untouched; the user is told where the data and its backups
 * are (restoring from a backup inside the app comes with a later issue).
 */
export function describeStartupError(error: unknown, locale: Locale, dataDir: string): StartupProblem {
  const t = translatorFor(locale);
  const where = t('menu:startup.dataFolder', { dataDir });
  if (error instanceof AppError && ['database_future', 'database_corrupt', 'database_foreign', 'database_empty'].includes(error.code)) {
    const params = { found: '?', supported: '?', detail: '', backups: '?', ...error.params };
    return { title: t('menu:startup.title'), message: [errorMessage(locale, error.code, params), where, t('menu:startup.backups')].join('\n\n') };
  }
  if (error instanceof NativeBindingMissing) {
    return { title: t('menu:startup.title'), message: t('menu:startup.nativeMissing', { file: error.file }) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { title: t('menu:startup.title'), message: [t('menu:startup.failed', { detail }), where].join('\n\n') };
}
