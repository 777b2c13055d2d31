import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DirectoryFiles } from './DirectoryFiles.js';
import { PeoplePanel } from './PeoplePanel.js';
import { UnitsPanel } from './UnitsPanel.js';
import './directory.css';

const TABS = ['people', 'units'] as const;
type Tab = (typeof TABS)[number];

/**
 * The directory shared by every programme: people and units, as two ARIA tabs (←→ Home End move
 * between tabs and activate them). The open tab is in the address (?tab=units), so reload keeps it.
 */
export function DirectoryScreen() {
  const { t } = useTranslation('directory');
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'units' ? 'units' : 'people';
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ people: null, units: null });

  const select = (next: Tab, focus = false) => {
    setParams(next === 'people' ? {} : { tab: next }, { replace: true });
    if (focus) tabRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(TABS[(to + TABS.length) % TABS.length]!, true);
  };

  return (
    <div className="screen directory-screen">
      <header className="page-header">
        <div>
          <h1>{t('heading')}</h1>
          <p className="lead">{t('intro')}</p>
        </div>
        <DirectoryFiles />
      </header>
      <div className="tabs-block">
      <div role="tablist" aria-label={t('tabs.label')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`directory-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`directory-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => select(name)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`directory-panel-${tab}`} aria-labelledby={`directory-tab-${tab}`} className="tab-panel">
        {tab === 'people' ? <PeoplePanel /> : <UnitsPanel />}
      </div>
      </div>
    </div>
  );
}
