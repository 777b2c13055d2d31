import type { Locale } from '../../shared/contract/fields.js';
import type { ErrorCode } from '../../shared/contract/result.js';
import { errors as enErrors } from '../../shared/i18n/en/errors.js';
import { menu as enMenu } from '../../shared/i18n/en/menu.js';
import { interpolate } from '../../shared/i18n/interpolate.js';
import type { Messages } from '../../shared/i18n/shape.js';
import { errors as zhErrors } from '../../shared/i18n/zh-CN/errors.js';
import { menu as zhMenu } from '../../shared/i18n/zh-CN/menu.js';

/**
 * The few strings the shell needs outside the renderer (menu labels, startup dialogs), read straight
 * from the shared resources: the menu must exist before any page has loaded i18next.
 */
export { interpolate };

export type MenuMessages = Messages<typeof zhMenu>;

const MENU: Record<Locale, MenuMessages> = { 'zh-CN': zhMenu, en: enMenu };
const ERROR_CODES: Record<Locale, Record<string, string>> = { 'zh-CN': zhErrors.code, en: enErrors.code };
const REASONS: Record<Locale, Record<string, string>> = { 'zh-CN': zhErrors.reason, en: enErrors.reason };

export function menuMessages(locale: Locale): MenuMessages {
  return MENU[locale];
}

export function errorMessage(locale: Locale, code: ErrorCode, params?: Record<string, string | number>): string {
  const template = ERROR_CODES[locale][code] ?? ERROR_CODES[locale].internal ?? code;
  const filled = { ...params };
  const reason = typeof filled.reason === 'string' ? REASONS[locale][filled.reason] : undefined;
  if (reason !== undefined) filled.reason = interpolate(reason, params, locale);
  return interpolate(template, filled, locale);
}
