import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { ShortcutOverview } from '../components/ShortcutOverview.js';
import { RoomIndicator } from '../screens/room/RoomIndicator.js';
import { useCall } from './client.js';
import { HealthBanner } from './HealthBanner.js';
import { applyTheme, cachedTheme } from './theme.js';

// Before the first render, so the first paint already has the chosen theme.
applyTheme(cachedTheme());

/** Keeps <html data-theme> in step with the stored setting (changed here or in another window). */
function useStoredTheme() {
  const settings = useCall('settings.get', {});
  const theme = settings.data?.theme;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}

/**
 * After moving to another screen, focus goes to the main region so keyboard and screen-reader users
 * start there, or to the field the screen marked `data-autofocus` (the capture line), which the
 * screen focused itself on mount: this effect runs after the screen's own.
 */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    (main?.querySelector<HTMLElement>('[data-autofocus]') ?? main)?.focus({ preventScroll: false });
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  useStoredTheme();
  useFocusMainOnNavigate();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <div className="layout">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('nav.skipToContent')}
      </a>
      <header className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/directory">{t('nav.directory')}</NavLink>
            </li>
            <li>
              <NavLink to="/search">{t('title', { ns: 'search' })}</NavLink>
            </li>
            <li>
              <NavLink to="/trash">{t('nav.trash')}</NavLink>
            </li>
            <li>
              <NavLink to="/settings">{t('nav.settings')}</NavLink>
            </li>
          </ul>
        </nav>
        <RoomIndicator />
        <ShortcutOverview />
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <HealthBanner />
        <Outlet />
      </main>
    </div>
  );
}
