import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/contract/fields.js';
import { NAMESPACES, localeFromSystem, resources } from '../../../shared/i18n/index.js';

const CACHE_KEY = 'convene.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['zh-CN'];
  }
}

/**
 * The language is stored in the database (settings.language; null = follow the system). A copy in
 * localStorage lets the first paint use the right language before the first call answers.
 */
export function initialLocale(): Locale {
  const cached = window.localStorage.getItem(CACHE_KEY);
  if (cached === 'zh-CN' || cached === 'en') return cached;
  return localeFromSystem(window.navigator.language);
}

export async function setupI18n(locale: Locale) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'zh-CN',
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes what it renders; double escaping would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
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
