import type { Settings } from '../../../shared/domain.js';

export type Theme = Settings['theme'];

const CACHE_KEY = 'convene.theme';

/**
 * The theme lives in the database (settings.theme); styles.css reads `data-theme` on <html>
 * ('system' follows prefers-color-scheme). A copy in localStorage lets the first paint match.
 */
export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  try {
    window.localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // storage unavailable: the setting still applies for this window
  }
}

export function cachedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(CACHE_KEY);
    if (value === 'light' || value === 'dark' || value === 'system') return value;
  } catch {
    // fall through
  }
  return 'system';
}
