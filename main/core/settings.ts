import { DEFAULT_DUE_SOON_DAYS, MAX_DUE_SOON_DAYS } from '../../shared/actions.js';
import type { Settings } from '../../shared/domain.js';
import { isLocale } from '../../shared/i18n/translate.js';
import type { CoreContext, HandlerMap } from './context.js';

const DEFAULTS: Settings = { language: null, theme: 'system', dueSoonDays: DEFAULT_DUE_SOON_DAYS };

const isDueSoonDays = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_DUE_SOON_DAYS;

export function readSettings(ctx: Pick<CoreContext, 'db'>): Settings {
  const rows = ctx.db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    language: isLocale(stored.language) ? stored.language : DEFAULTS.language,
    theme: stored.theme === 'light' || stored.theme === 'dark' || stored.theme === 'system' ? stored.theme : DEFAULTS.theme,
    dueSoonDays: isDueSoonDays(stored.dueSoonDays) ? stored.dueSoonDays : DEFAULTS.dueSoonDays,
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
    // The due-soon lights are counted with the threshold.
    if (input.dueSoonDays !== undefined) ctx.changed('action');
    return readSettings(ctx);
  },
};
