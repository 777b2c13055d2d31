import i18next, { type TFunction } from 'i18next';
import { I18N_OPTIONS } from '../../shared/i18n/translate.js';
import type { Namespace } from '../../shared/i18n/index.js';

/**
 * Translators for both languages from the app's own resources and settings, as errorMessage and
 * friends receive them: unprefixed keys are the first namespace's.
 */
export async function translators<Ns extends Namespace = 'common'>(namespaces: Ns[] = ['common', 'errors'] as Ns[]): Promise<{ zh: TFunction<Ns>; en: TFunction<Ns> }> {
  const instance = i18next.createInstance();
  await instance.init({ ...I18N_OPTIONS, lng: 'zh-CN', defaultNS: namespaces[0] });
  return { zh: instance.getFixedT('zh-CN', namespaces) as unknown as TFunction<Ns>, en: instance.getFixedT('en', namespaces) as unknown as TFunction<Ns> };
}
