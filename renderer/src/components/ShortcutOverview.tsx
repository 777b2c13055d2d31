import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ReadingDialog } from './ModalDialog.js';
import { isOverviewKey, screensAt, shortcutLabel, SHORTCUTS, type Shortcut, type ShortcutScreen } from './shortcuts.js';
import './shortcuts.css';

/** A table of shortcuts: keys (the same in both languages) and what each does (translated). */
export function ShortcutTable({ shortcuts, caption, className }: { shortcuts: readonly Shortcut[]; caption: string; className?: string }) {
  const { t } = useTranslation('shortcuts');
  return (
    <table className={className ?? 'shortcut-table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('key')}</th>
          <th scope="col">{t('does')}</th>
        </tr>
      </thead>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={shortcut.chords.join(' ')}>
            <td>
              <kbd>{shortcutLabel(shortcut)}</kbd>
            </td>
            {/* `does` names a key of any namespace (capture:help.save, run:keys.next). */}
            <td>{t(shortcut.does as 'heading')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A screen's keys as one sentence, for a list's aria-describedby: "↑ / ↓ Previous / next note; …". */
export function useShortcutSummary(screen: ShortcutScreen): string {
  const { t } = useTranslation('shortcuts');
  return SHORTCUTS[screen].map((shortcut) => `${shortcutLabel(shortcut)} ${t(shortcut.does as 'heading')}`).join(t('separator'));
}

/**
 * The app shell's "Shortcuts" button and the ? key (outside fields and dialogs): a dialog listing the
 * keys of the current screen, then those that work everywhere, from the one shortcut table.
 */
export function ShortcutOverview() {
  const { t } = useTranslation('shortcuts');
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isOverviewKey(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="shortcut-open" title={t('openTitle')} aria-keyshortcuts="?" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⌨</span> {t('open')} <kbd aria-hidden="true">?</kbd>
      </button>
      {open ? (
        <ReadingDialog title={t('heading')} className="shortcut-dialog" onClose={() => setOpen(false)}>
          <p className="muted">{t('intro')}</p>
          {/* It scrolls when long: focusable, so the keyboard can scroll it too. */}
          <div className="shortcut-sections" tabIndex={0} aria-label={t('heading')}>
            {screensAt(pathname).map((screen) => (
              <section key={screen} aria-labelledby={`shortcuts-${screen}`} data-shortcuts={screen}>
                <h3 id={`shortcuts-${screen}`}>{t(`screen.${screen}`)}</h3>
                <ShortcutTable shortcuts={SHORTCUTS[screen]} caption={t(`screen.${screen}`)} />
              </section>
            ))}
          </div>
        </ReadingDialog>
      ) : null}
    </>
  );
}
