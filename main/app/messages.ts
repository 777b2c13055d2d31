import type { Locale } from '../../shared/contract/fields.js';
import type { ErrorCode } from '../../shared/contract/result.js';
import { resources } from '../../shared/i18n/index.js';
import type { Messages } from '../../shared/i18n/shape.js';
import { translatorFor } from '../../shared/i18n/translate.js';
import type { menu as zhMenu } from '../../shared/i18n/zh-CN/menu.js';

/**
 * The few strings the shell needs outside the renderer (menu labels, startup dialogs), from the
 * shared resources: the menu must exist before any page has loaded i18next. Sentences with values
 * are filled by translatorFor, the renderer's i18next settings.
 */
export type MenuMessages = Messages<typeof zhMenu>;

/** The menu's labels as one object: buildMenuTemplate reads them as plain data. */
export function menuMessages(locale: Locale): MenuMessages {
  return resources[locale].menu;
}

/** An error code's sentence, its `reason` param translated as the renderer does (errors:reason.<reason>). */
export function errorMessage(locale: Locale, code: ErrorCode, params?: Record<string, string | number>): string {
  const t = translatorFor(locale);
  const filled = { ...params };
  if (typeof filled.reason === 'string') filled.reason = t(`errors:reason.${filled.reason}` as never, { ...params, defaultValue: filled.reason });
  return t(`errors:code.${code}`, { ...filled, defaultValue: t('errors:code.internal', filled) });
}
