import { LOCALES, type Locale } from '../../../shared/contract/fields.js';
import { openRuntime } from '../../service/runtime.js';
import { CliError, UsageError, optionalString, requireString, type Command } from '../command.js';
import { dataDirFrom } from '../defaults.js';
import { DISK_FULL } from '../open-errors.js';

export const sample: Command = {
  summary: 'load the sample workshop (Qingyuan County strategy rollout) into a data folder',
  usage: `Usage: convene sample --lang zh-CN|en [--data DIR]

Adds the built-in sample programme to the data folder and prints its id.

  --lang LOCALE   zh-CN or en: the language of the sample's content
  --data DIR      data folder (default: $CONVENE_DATA_DIR, else the desktop app's folder)`,
  options: {
    lang: { type: 'string' },
    data: { type: 'string' },
  },
  async run(values, io) {
    const lang = requireString(values, 'lang');
    if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, not '${lang}'`);
    const runtime = openRuntime({ dataDir: dataDirFrom(optionalString(values, 'data'), io.env) });
    try {
      const result = runtime.core.call('sample.load', { locale: lang as Locale });
      if (!result.ok) throw new CliError(`loading the sample failed: ${result.error.code === 'storage_full' ? DISK_FULL : result.error.code}`);
      io.out((result.value as { programmeId: string }).programmeId);
      return 0;
    } finally {
      // Sample data can be loaded again at will; no need for a backup of it.
      runtime.close({ backup: false });
    }
  },
};
