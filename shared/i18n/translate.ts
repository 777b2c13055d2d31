import { createInstance, type InitOptions, type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../contract/fields.js';
import { NAMESPACES, resources, type Namespace } from './index.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['zh-CN'];
  }
}

/**
 * How every word of the app is looked up, in the renderer (react-i18next) and in main (exports, the
 * shell's dialogs, the command line) alike: the same resources, the same fallback, the same
 * interpolation and plural rules, so a sentence reads the same wherever it is printed.
 */
export const I18N_OPTIONS = {
  resources,
  fallbackLng: 'zh-CN',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders, and the export writers escape for their formats (export/safe.ts):
  // escaping here too would print &amp; to readers.
  interpolation: { escapeValue: false },
  returnNull: false,
} as const satisfies InitOptions;

/** Keys name their namespace ("document:minutes.time"); an unprefixed key is common's. */
export type Translate = TFunction<Namespace[]>;

const translators = new Map<string, Translate>();

/**
 * A `t(key, params)` in one language, for code that runs outside React: i18next itself, so
 * "{{n, number}}", plurals (_one/_other) and nesting ($t(…)) behave as they do in the renderer.
 * The resources are in memory: the instance is ready when this returns.
 */
export function translatorFor(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const instance = createInstance({ ...I18N_OPTIONS, lng: locale, initAsync: false });
    void instance.init();
    t = instance.getFixedT(locale, NAMESPACES);
    translators.set(locale, t);
  }
  return t;
}

export interface Punctuation {
  list: string;
  clause: string;
  colon: string;
  series: string;
}

const punctuations = new Map<Locale, Punctuation>();

/**
 * The punctuation of a language (document:punctuation), looked up once: a board joins names on
 * thousands of cards, a draft on every task, and an i18next lookup costs tens of microseconds.
 */
export function punctuationOf(locale: Locale): Punctuation {
  let marks = punctuations.get(locale);
  if (!marks) {
    const t = translatorFor(locale);
    marks = {
      list: t('document:punctuation.list'),
      clause: t('document:punctuation.clause'),
      colon: t('document:punctuation.colon'),
      series: t('document:punctuation.series'),
    };
    punctuations.set(locale, marks);
  }
  return marks;
}

/** Whether a stored or typed value names one of the app's languages. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** A language tag i18next reports (i18n.language) as one of the app's languages: the fallback's when it is none. */
export const asLocale = (tag: string): Locale => (isLocale(tag) ? tag : I18N_OPTIONS.fallbackLng);

/**
 * The tag Intl formats dates with in each language: 2027年1月11日, and in English the British order,
 * 11 January 2027, as an office in the UK writes it.
 */
export const INTL_TAG: Readonly<Record<Locale, string>> = { 'zh-CN': 'zh-CN', en: 'en-GB' };
