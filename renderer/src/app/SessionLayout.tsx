import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { useCaptureWarmUp } from '../screens/capture/warmCapture.js';
import { useOpenProjector } from '../screens/run/projectorWindow.js';

const TABS = [
  { key: 'prepare', to: '', end: true },
  { key: 'agenda', to: 'agenda' },
  { key: 'run', to: 'run' },
  { key: 'capture', to: 'capture' },
  { key: 'board', to: 'board' },
  { key: 'minutes', to: 'minutes' },
] as const;

/**
 * The parts of one session (prepare, agenda, run, capture, tasks, minutes) as tabs above each of
 * them, so a secretary moves between them in one click; print and projector open on their own.
 */
export function SessionLayout() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation();
  const openProjector = useOpenProjector('tab');
  const base = `/sessions/${sessionId}`;
  const warmCapture = useCaptureWarmUp(sessionId);
  return (
    <>
      <nav className="session-tabs" aria-label={t('sessionTabs.label')}>
        {TABS.map((tab) => (
          <NavLink
            key={tab.key}
            to={tab.to ? `${base}/${tab.to}` : base}
            end={'end' in tab}
            {...(tab.key === 'capture' ? { onPointerEnter: warmCapture, onFocus: warmCapture } : {})}
          >
            {t(`sessionTabs.${tab.key}`)}
          </NavLink>
        ))}
        <span className="session-tabs-spacer" />
        <NavLink to={`${base}/print`}>{t('sessionTabs.print')}</NavLink>
        {/* Opened by script, not by the browser: a plain new tab would have no access (browser) or be
            refused as a new window (Electron). The href stays for what the link shows on hover. */}
        <a
          href={`#/projector/${sessionId}`}
          onClick={(event) => {
            event.preventDefault();
            openProjector(sessionId);
          }}
          onAuxClick={(event) => {
            if (event.button !== 1) return;
            event.preventDefault();
            openProjector(sessionId);
          }}
        >
          {t('sessionTabs.projector')}
        </a>
      </nav>
      <Outlet />
    </>
  );
}
