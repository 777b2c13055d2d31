import type { Locale } from '../contract/fields.js';

/**
 * Text filled outside i18next (the shell's dialogs, the command line): i18next's {{name}}
 * placeholders, filled, and {{name, number}} with the locale's digit grouping (as i18next's own
 * number formatter does in the renderer); a missing value leaves the placeholder visible.
 */
export function interpolate(template: string, params: Record<string, string | number> = {}, locale: Locale = 'zh-CN'): string {
  return template.replace(/\{\{(\w+)(, *number)?\}\}/g, (whole, name: string, number: string | undefined) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return number && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
  });
}

/** An error code's sentence, its `reason` param translated as the renderer does (errors:reason.<reason>). */
