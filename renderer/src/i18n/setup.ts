import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/contract/fields.js';
import { localeFromSystem } from '../../../shared/i18n/index.js';
import { I18N_OPTIONS, isLocale } from '../../../shared/i18n/translate.js';

const CACHE_KEY = 'convene.language';

/**
 * The language is stored in the database (settings.language; null = follow the system). A copy in
 * localStorage lets the first paint use the right language before the first call answers.
 */
export function initialLocale(): Locale {
  const cached = window.localStorage.getItem(CACHE_KEY);
  if (isLocale(cached)) return cached;
  return localeFromSystem(window.navigator.language);
}

export async function setupI18n(locale: Locale) {
  // The settings main's translatorFor uses too: a sentence reads the same in the window and in an export.
  await i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: locale });
  document.documentElement.lang = locale;
  return i18next;
}

export async function applyLocale(stored: Locale | null) {
  const locale = stored ?? localeFromSystem(window.navigator.language);
  if (stored) window.localStorage.setItem(CACHE_KEY, stored);
  else window.localStorage.removeItem(CACHE_KEY);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
