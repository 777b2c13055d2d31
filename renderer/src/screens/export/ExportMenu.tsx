import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_COMMANDS } from '../../../../shared/contract/bridge.js';
import { LOCALES, type Locale } from '../../../../shared/contract/fields.js';
import { FORMATS_OF, type ExportFormat, type ExportKind } from '../../../../shared/minutes.js';
import { useCall } from '../../app/client.js';
import { useExport, type ExportRequest, type ExportScope } from './useExport.js';
import './export.css';

const SESSION_KINDS: readonly ExportKind[] = ['minutes', 'agenda', 'tasks', 'opinions', 'signin', 'namecards', 'seating'];
/** One column per format, in this order, so the same format lines up in every row of the menu. */
const COLUMNS: readonly ExportFormat[] = ['docx', 'pdf', 'xlsx', 'csv', 'md', 'html'];
const PROGRAMME_KINDS: readonly ExportKind[] = ['tasks', 'opinions'];

export interface ExportMenuProps {
  /** Exactly one of sessionId and programmeId: what is exported. */
  sessionId?: string;
  programmeId?: string;
  /**
   * Called before an export of the minutes; resolve false to cancel. The minutes editor saves
   * unsaved edits here, so the file has what is on screen.
   */
  beforeExport?: (kind: ExportKind) => Promise<boolean>;
  /** Which edge of the button the menu lines up with (default: the end, for buttons at the right). */
  align?: 'start' | 'end';
}

/** One choice of a radio row in the menu (the language, the minutes version): a check mark when chosen. */
function MenuRadio({ checked, describedBy, lang, onPick, children }: { checked: boolean; describedBy?: string | undefined; lang?: string; onPick: () => void; children: ReactNode }) {
  return (
    <button type="button" role="menuitemradio" tabIndex={-1} aria-checked={checked} aria-describedby={describedBy} className="export-item export-language" lang={lang} onClick={onPick}>
      <span className="export-check" aria-hidden="true">
        {checked ? '✓' : ''}
      </span>
      {children}
    </button>
  );
}

/** The language the scope's programme is written in: what exports use unless told otherwise. */
function useProgrammeLocale(sessionId: string | undefined, programmeId: string | undefined): Locale | undefined {
  const session = useCall('session.get', { id: sessionId ?? '' }, { enabled: Boolean(sessionId) });
  const programme = useCall('programme.get', { id: programmeId ?? '' }, { enabled: Boolean(programmeId) && !sessionId });
  return sessionId ? session.data?.programme.locale : programme.data?.programme.locale;
}

/**
 * "Export": a menu button (WAI-ARIA menu button pattern) listing every file the session or
 * programme offers, by kind and format, the language of the file, and the .convene bundle.
 * Arrow keys, Home and End move through the items; Enter or Space picks; Escape closes.
 */
export function ExportMenu({ sessionId, programmeId, beforeExport, align = 'end' }: ExportMenuProps) {
  const { t } = useTranslation(['export', 'common']);
  const scope = useMemo<ExportScope | null>(
    () => (sessionId ? { sessionId } : programmeId ? { programmeId } : null),
    [sessionId, programmeId],
  );
  const programmeLocale = useProgrammeLocale(sessionId, programmeId);
  const minutes = useCall('minutes.get', { sessionId: sessionId ?? '' }, { enabled: Boolean(sessionId) });
  const minutesLocale = minutes.data?.current?.locale;
  const [chosen, setChosen] = useState<Locale | null>(null);
  // The programme's language unless another is picked (until it is known, the host picks the same).
  const shown = chosen ?? programmeLocale;
  // Which version of the minutes: the latest unless an approved earlier one is picked (null = latest).
  const versions = minutes.data?.versions ?? [];
  const latestVersion = versions[0]?.version ?? null;
  const [pickedVersion, setPickedVersion] = useState<number | null>(null);
  const version = pickedVersion !== null && versions.some((v) => v.version === pickedVersion && v.status === 'approved') ? pickedVersion : null;
  const { run, busy, progressLabel } = useExport(scope, shown, version);

  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<'first' | 'last' | null>(null);
  const baseId = useId();
  const buttonId = `${baseId}-button`;
  const menuId = `${baseId}-menu`;
  const kinds = sessionId ? SESSION_KINDS : PROGRAMME_KINDS;
  // Minutes in another language than they were written in are drafted afresh: say so.
  const languageNote = Boolean(sessionId && minutesLocale && shown && shown !== minutesLocale);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  const openMenu = (focus: 'first' | 'last') => {
    if (busy) return;
    pendingFocus.current = focus;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  // Focus moves into the menu once it is drawn.
  useEffect(() => {
    if (!open || !pendingFocus.current) return;
    const list = items();
    (pendingFocus.current === 'last' ? list.at(-1) : list[0])?.focus();
    pendingFocus.current = null;
  }, [open]);

  // A click anywhere else closes it, without taking focus from where the click put it.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  // File > Export in the Electron menu (Ctrl+E) opens this menu.
  useEffect(() => {
    const bridge = window.convene;
    if (!bridge?.onCommand) return;
    return bridge.onCommand((command) => {
      if (command !== APP_COMMANDS.export) return;
      button.current?.scrollIntoView({ block: 'nearest' });
      pendingFocus.current = 'first';
      setOpen(true);
    });
  }, []);

  const pick = async (request: ExportRequest) => {
    close();
    if (request.type === 'render' && beforeExport && !(await beforeExport(request.kind))) return;
    await run(request);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        move(index + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(list.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        close();
        break;
      case 'Tab':
        // Back on the button first, so Tab's own move goes on from there (to what follows the menu).
        close();
        break;
      default:
        // Type-ahead: the next item whose text starts with the letter typed.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const letter = event.key.toLowerCase();
          const next = list.findIndex((item, i) => i > index && (item.textContent ?? '').trim().toLowerCase().startsWith(letter));
          const wrapped = next >= 0 ? next : list.findIndex((item) => (item.textContent ?? '').trim().toLowerCase().startsWith(letter));
          if (wrapped >= 0) move(wrapped);
        }
    }
  };

  if (!scope) return null;

  return (
    <div className="export-menu">
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        aria-keyshortcuts={window.convene ? 'Control+E' : undefined}
        onClick={() => (open ? close() : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {progressLabel ? (
          <>
            <span className="spinner" aria-hidden="true" />
            {progressLabel}
          </>
        ) : (
          <>
            {t('button')}
            <span className="export-caret" aria-hidden="true">
              ▾
            </span>
          </>
        )}
      </button>
      {progressLabel ? (
        <span className="visually-hidden" role="status">
          {progressLabel}
        </span>
      ) : null}
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={`export-popover align-${align}`}
          onKeyDown={onMenuKeyDown}
        >
          {kinds.map((kind) => (
            <div key={kind} role="group" aria-label={t(`kind.${kind}`)} className="export-row">
              <span className="export-kind" aria-hidden="true">
                {t(`kind.${kind}`)}
              </span>
              {COLUMNS.filter((format) => FORMATS_OF[kind].includes(format)).map((format) => (
                <button
                  key={format}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="export-item"
                  style={{ gridColumn: COLUMNS.indexOf(format) + 2 }}
                  data-kind={kind}
                  data-format={format}
                  aria-label={t('item', { kind: t(`kind.${kind}`), format: t(`formatLong.${format}`) })}
                  onClick={() => void pick({ type: 'render', kind, format })}
                >
                  {t(`format.${format}`)}
                </button>
              ))}
            </div>
          ))}
          <div role="separator" className="export-separator" />
          <div role="group" aria-label={t('language.label')} className="export-row export-languages">
            <span className="export-kind" aria-hidden="true">
              {t('language.label')}
            </span>
            <span className="export-formats">
              {LOCALES.map((locale) => (
                <MenuRadio
                  key={locale}
                  checked={shown === locale}
                  describedBy={languageNote ? `${baseId}-language-note` : undefined}
                  lang={locale}
                  onPick={() => setChosen(locale === programmeLocale ? null : locale)}
                >
                  {t(`common:language.${locale}`)}
                  {locale === programmeLocale ? <span className="export-default">{t('language.default')}</span> : null}
                </MenuRadio>
              ))}
            </span>
            {languageNote ? (
              <p id={`${baseId}-language-note`} className="export-note" aria-hidden="true">
                {t('language.minutesHint')}
              </p>
            ) : null}
          </div>
          {sessionId && versions.length > 1 ? (
            <>
              <div role="separator" className="export-separator" />
              <div role="group" aria-label={t('version.label')} className="export-row export-languages">
                <span className="export-kind" aria-hidden="true">
                  {t('version.label')}
                </span>
                <span className="export-formats export-versions">
                  {versions
                    .filter((v) => v.version === latestVersion || v.status === 'approved')
                    .map((v) => (
                      <MenuRadio
                        key={v.version}
                        checked={(version ?? latestVersion) === v.version}
                        onPick={() => setPickedVersion(v.version === latestVersion ? null : v.version)}
                      >
                        {t(`version.${v.status}`, { version: v.version })}
                      </MenuRadio>
                    ))}
                </span>
              </div>
            </>
          ) : null}
          <div role="separator" className="export-separator" />
          {/* Named by all it shows (the hint too), so the name contains the visible text (WCAG 2.5.3). */}
          <button type="button" role="menuitem" tabIndex={-1} className="export-item export-bundle" onClick={() => void pick({ type: 'bundle' })}>
            <span>{t('bundle.export')}</span>
            <span className="export-hint">{t('bundle.exportHint')}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
