import type { Settings } from '../../shared/domain.js';
import { isLocale } from '../../shared/i18n/translate.js';
import type { CoreContext, HandlerMap } from './context.js';

const DEFAULTS: Settings = { language: null, theme: 'system' };

export function readSettings(ctx: Pick<CoreContext, 'db'>): Settings {
  const rows = ctx.db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    language: isLocale(stored.language) ? stored.language : DEFAULTS.language,
    theme: stored.theme === 'light' || stored.theme === 'dark' || stored.theme === 'system' ? stored.theme : DEFAULTS.theme,
  };
}

export const settingsHandlers: HandlerMap<'settings'> = {
  'settings.get': (_input, ctx) => readSettings(ctx),
  'settings.update': (input, ctx) => {
    const upsert = ctx.db.prepare(
      'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const [key, value] of Object.entries(input)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
    ctx.changed('settings');
    return readSettings(ctx);
  },
};
