import type { BaseWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Locale } from '../../shared/contract/fields.js';
import { translatorFor } from '../../shared/i18n/translate.js';

/**
 * Links leaving Convene for the user's browser (shell.openExternal). Any https URL a page asked for
 * used to open at once; a page that could be made to ask (a link in a note, a crafted bundle) could
 * send the user anywhere. Now: our own pages (the project's homepage and its documentation, the
 * `homepage` of package.json) open at once; any other https address opens only after the user said
 * yes to a native dialog that shows it in full; anything that is not plain https is refused.
 */
export const TRUSTED_LINK_PREFIXES: readonly string[] = ['https://example.org/convene'];

export type LinkVerdict = { kind: 'trusted'; url: string } | { kind: 'ask'; url: string } | { kind: 'refused' };

/** What to do with a URL a page asked to open; `url` is its normalised form, the one shown and opened. */
export function judgeLink(raw: string, trusted: readonly string[] = TRUSTED_LINK_PREFIXES): LinkVerdict {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: 'refused' };
  }
  // A user name in a link ("https://bank.example@evil.example/") only ever serves to mislead.
  if (url.protocol !== 'https:' || url.username || url.password) return { kind: 'refused' };
  const href = url.href;
  const isTrusted = trusted.some((prefix) => {
    const base = new URL(prefix);
    if (url.origin !== base.origin) return false;
    const path = base.pathname.replace(/\/$/, '');
    // On a path-segment boundary: /convene and /convene/docs, not /convene-evil.
    return url.pathname === path || url.pathname.startsWith(`${path}/`) || path === '';
  });
  return isTrusted ? { kind: 'trusted', url: href } : { kind: 'ask', url: href };
}

export interface LinkOpenerDeps {
  openExternal(url: string): Promise<void>;
  showMessageBox(window: BaseWindow | undefined, options: MessageBoxOptions): Promise<Pick<MessageBoxReturnValue, 'response'>>;
  /** The window the dialog belongs to (the main window), if one is open. */
  window(): BaseWindow | undefined;
  locale(): Locale;
  log(message: string, error?: unknown): void;
  trusted?: readonly string[];
}

export type LinkOutcome = 'opened' | 'declined' | 'refused';

/**
 * Returns the function the window-open guard calls. One question at a time: while the user is asked
 * about one link, another page request is refused rather than stacking dialogs.
 */
export function createLinkOpener(deps: LinkOpenerDeps): (raw: string) => Promise<LinkOutcome> {
  let asking = false;
  const open = async (url: string): Promise<LinkOutcome> => {
    try {
      await deps.openExternal(url);
      return 'opened';
    } catch (error) {
      deps.log('opening a link failed', error);
      return 'refused';
    }
  };
  return async (raw) => {
    const verdict = judgeLink(raw, deps.trusted);
    if (verdict.kind === 'refused') {
      deps.log(`refused to open a link that is not https: ${raw.slice(0, 200)}`);
      return 'refused';
    }
    if (verdict.kind === 'trusted') return open(verdict.url);
    if (asking) return 'refused';
    asking = true;
    try {
      const t = translatorFor(deps.locale());
      const { response } = await deps.showMessageBox(deps.window(), {
        type: 'question',
        title: t('menu:link.title'),
        message: t('menu:link.confirm'),
        detail: t('menu:link.detail', { url: verdict.url }),
        buttons: [t('menu:link.open'), t('menu:link.cancel')],
        // Enter and Escape both keep the user in Convene: opening takes a deliberate choice.
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      return response === 0 ? await open(verdict.url) : 'declined';
    } finally {
      asking = false;
    }
  };
}
