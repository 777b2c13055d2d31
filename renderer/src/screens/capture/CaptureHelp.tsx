import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_CATEGORIES } from '../../../../shared/notes.js';
import { ShortcutTable } from '../../components/ShortcutOverview.js';
import { SHORTCUTS } from '../../components/shortcuts.js';
import { CATEGORY_KEYS } from './categories.js';
import { placePopover, type Placement } from './placement.js';

/**
 * "Keys": a disclosure button with a non-modal popover listing the capture keys (from the one
 * shortcut table, components/shortcuts.ts) and every
 * category's short keys in both languages. Escape or the button closes it; focus returns to the
 * button. It is placed to stay within the window (placePopover).
 */
export function CaptureHelp() {
  const { t } = useTranslation('capture');
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId().replace(/:/g, '');
  const [place, setPlace] = useState<Placement | null>(null);

  // Measured before paint, and again when the window changes size while it is open.
  useLayoutEffect(() => {
    if (!open) return;
    const measure = () => {
      const button = buttonRef.current;
      const panel = panelRef.current;
      if (!button || !panel) return;
      // The natural height: what the content needs, without a limit from an earlier placement.
      const previous = panel.style.maxHeight;
      panel.style.maxHeight = 'none';
      const height = panel.scrollHeight;
      panel.style.maxHeight = previous;
      setPlace(placePopover(button.getBoundingClientRect(), height, window.innerHeight));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [open]);
  const placement: CSSProperties | undefined = place ? { maxHeight: place.maxHeight } : undefined;

  useEffect(() => {
    if (!open) return;
    // Without scrolling: the page must not move away from where the popover was placed.
    panelRef.current?.focus({ preventScroll: true });
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="capture-help">
      <button
        ref={buttonRef}
        type="button"
        className="button ghost small"
        aria-expanded={open}
        aria-controls={`${id}-help`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">⌨</span> {t('help.button')}
      </button>
      <div
        id={`${id}-help`}
        ref={panelRef}
        className={place?.side === 'above' ? 'capture-help-panel above' : 'capture-help-panel'}
        style={placement}
        role="dialog"
        aria-labelledby={`${id}-help-heading`}
        tabIndex={-1}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close();
          }
        }}
      >
        <div className="capture-help-head">
          <h3 id={`${id}-help-heading`}>{t('help.heading')}</h3>
          <button type="button" className="capture-chip-remove" aria-label={t('help.close')} title={t('help.close')} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <ShortcutTable shortcuts={SHORTCUTS.capture} caption={t('help.keysHeading')} className="capture-help-table" />
        <h4>{t('help.categoriesHeading')}</h4>
        <table className="capture-help-table">
          <thead>
            <tr>
              <th scope="col">{t('help.category')}</th>
              <th scope="col">{t('help.pinyin')}</th>
              <th scope="col">{t('help.chinese')}</th>
              <th scope="col">{t('help.english')}</th>
            </tr>
          </thead>
          <tbody>
            {NOTE_CATEGORIES.map((category) => (
              <tr key={category}>
                <th scope="row">
                  <span className={`cat-badge cat-${category}`}>{t(`category.${category}`)}</span>
                </th>
                <td>
                  <kbd>#{CATEGORY_KEYS[category].pinyin}</kbd>
                </td>
                <td>
                  <kbd>#{CATEGORY_KEYS[category].zh}</kbd>
                </td>
                <td>
                  <kbd>#{CATEGORY_KEYS[category].en}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="capture-help-note">{t('help.ime')}</p>
      </div>
    </div>
  );
}
