import i18next, { type TFunction } from 'i18next';
import { NAMESPACES, resources } from '../../shared/i18n/index.js';

/** Translators for both languages from the app's own resources, as errorMessage and friends receive them. */
export async function translators(namespaces: string[] = ['common', 'errors']): Promise<{ zh: TFunction; en: TFunction }> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', ns: NAMESPACES, defaultNS: namespaces[0], interpolation: { escapeValue: false } });
  return { zh: instance.getFixedT('zh-CN', namespaces), en: instance.getFixedT('en', namespaces) };
}
