import type { Locale } from '../contract/fields.js';
import { common as enCommon } from './en/common.js';
import { errors as enErrors } from './en/errors.js';
import { common as zhCommon } from './zh-CN/common.js';
import { errors as zhErrors } from './zh-CN/errors.js';

/**
 * One namespace per area, each in its own file per language, so teams can add keys without
 * touching each other's files. react-i18next in the renderer and i18next in main use these.
 */
export const resources = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
  },
  en: {
    common: enCommon,
    errors: enErrors,
  },
} as const;

export type Namespace = keyof (typeof resources)['zh-CN'];
export const NAMESPACES = Object.keys(resources['zh-CN']) as Namespace[];

/** zh for any Chinese system language, otherwise English. */
export function localeFromSystem(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
