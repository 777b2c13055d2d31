import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">{t('app.name')}</div>
        <NavLink to="/" end>
          {t('nav.home')}
        </NavLink>
        <NavLink to="/directory">{t('nav.directory')}</NavLink>
        <NavLink to="/trash">{t('nav.trash')}</NavLink>
        <NavLink to="/settings">{t('nav.settings')}</NavLink>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
