import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { minutesDocument } from '../../../../shared/contract/channels-minutes.js';
import type { ExportKind, MinutesVersion, MinutesView } from '../../../../shared/minutes.js';
import { useRun } from '../../app/feedback.js';
import { useConfirm } from '../../components/ConfirmDialog.js';
import { formatDateTime } from '../../components/format.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { toDocument, toForm, type MinutesForm } from './model.js';
import {
  ActionsSection,
  AgendaSection,
  AttendanceSection,
  ClosingSection,
  ColophonSection,
  DecisionsSection,
  DiscussionSection,
  HeaderSection,
  type ErrorAt,
} from './sections.js';
import { readBackup, useLocalBackup, type Backup } from './useLocalBackup.js';
import { useUnsavedGuard } from './useUnsavedGuard.js';
import { VersionDialog } from './VersionDialog.js';

type Pending = 'save' | 'regenerate' | 'approve' | 'newVersion' | null;

/** Changes whenever the stored version does: saved (here or in another window), or approved. */
const stampOf = (v: MinutesVersion) => `${v.version}|${v.status}|${v.updatedAt}`;

/** The offered copy differs from what is stored (else there is nothing to offer). */
function differs(backup: Backup, current: MinutesVersion) {
  return JSON.stringify(toDocument(toForm(backup.document, current.locale))) !== JSON.stringify(current.document);
}

export interface MinutesEditorProps {
  sessionId: string;
  current: MinutesVersion;
  versions: MinutesView['versions'];
  /** Put the focus on the title when drawn (after drafting or starting a version). */
  focusTitle: boolean;
  /** Called once a new version was started, so the next editor takes the focus. */
  onNewVersion: () => void;
  /** The earlier version open for reading, kept by the screen: a new version started elsewhere replaces this editor, not the reader's dialog. */
  viewing: number | null;
  onView: (version: number | null) => void;
}

/**
 * The stored minutes as a form laid out like the printed copy. Edits stay local until saved
 * (Save or Ctrl+S); leaving with unsaved edits asks first. Approved minutes are read-only.
 */
export function MinutesEditor({ sessionId, current, versions, focusTitle, onNewVersion, viewing, onView }: MinutesEditorProps) {
  const { t, i18n } = useTranslation(['minutes', 'common', 'errors']);
  const run = useRun();
  const [dialog, confirm] = useConfirm();

  const [shown, setShown] = useState<MinutesVersion>(current);
  const [form, setForm] = useState<MinutesForm>(() => toForm(current.document, current.locale));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<Pending>(null);
  const [offer, setOffer] = useState<Backup | null>(() => {
    const backup = current.status === 'draft' ? readBackup(sessionId, current.version) : null;
    return backup && differs(backup, current) ? backup : null;
  });
  /** Bumped on every edit, so a save that raced with typing does not mark the newer text saved. */
  const revision = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const banner = useRef<HTMLDivElement>(null);

  // A newer stored version than the one shown came in (saved in another window): show it, unless
  // the secretary is in the middle of editing, whose text wins until saved. What this editor saved
  // itself is already shown, and a refetch still carrying the older version is ignored.
  const [seenProp, setSeenProp] = useState(stampOf(current));
  if (stampOf(current) !== seenProp) {
    setSeenProp(stampOf(current));
    if (current.version === shown.version && current.updatedAt > shown.updatedAt) {
      setShown(current);
      if (!dirty) setForm(toForm(current.document, current.locale));
    }
  }

  const locked = shown.status === 'approved';
  const version = shown.version;

  const update = useCallback((recipe: (form: MinutesForm) => MinutesForm) => {
    revision.current++;
    setForm(recipe);
    setDirty(true);
  }, []);

  const unsavedDocument = useCallback(() => toDocument(form, false), [form]);
  const forgetBackup = useLocalBackup(sessionId, version, unsavedDocument, dirty && !locked, offer !== null);

  const ask = useCallback(
    async () => {
      const leave = await confirm({ title: t('confirm.leaveTitle'), body: t('confirm.leaveBody'), confirmLabel: t('confirm.leave'), danger: true });
      if (leave) forgetBackup();
      return leave;
    },
    [confirm, forgetBackup, t],
  );
  useUnsavedGuard(dirty && !locked, ask);

  useEffect(() => {
    if (focusTitle) document.getElementById('minutes-doc-title')?.focus();
  }, [focusTitle]);

  // The Approve button is gone once approved: the focus goes to the banner that says so.
  const [justApproved, setJustApproved] = useState(false);
  useEffect(() => {
    if (justApproved) banner.current?.focus();
  }, [justApproved]);

  const errorAt = useMemo<ErrorAt>(() => {
    const entries = Object.entries(errors);
    return (path) => errors[path] ?? entries.find(([key]) => key.startsWith(`${path}.`))?.[1];
  }, [errors]);

  /** Checks the form against the contract's own schema; issues are shown beside their fields. */
  const validate = (): boolean => {
    const parsed = minutesDocument.safeParse(toDocument(form, false));
    const found: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        const code = issue.code === 'custom' ? issue.message : issue.code;
        found[path] ??= t(`errors:issue.${code}` as never, { defaultValue: code });
      }
    }
    setErrors(found);
    if (parsed.success) return true;
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return false;
  };

  const save = async (quiet = false): Promise<boolean> => {
    if (locked || pending) return false;
    if (!dirty) {
      if (!quiet) toast(t('toast.nothingToSave'), { id: 'minutes-nothing' });
      return true;
    }
    if (!validate()) return false;
    const at = revision.current;
    setPending('save');
    const saved = await run('minutes.update', { sessionId, version, document: toDocument(form) });
    setPending(null);
    if (!saved) return false;
    setShown(saved);
    if (revision.current === at) setDirty(false);
    if (!quiet) toast.success(t('toast.saved'), { id: 'minutes-saved' });
    return true;
  };

  // Ctrl+S (Cmd+S) anywhere on the page saves, instead of the browser's "Save page as".
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      void saveRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const regenerate = async () => {
    const ok = await confirm({
      title: t('confirm.regenerateTitle'),
      body: t('confirm.regenerateBody', { version }),
      confirmLabel: t('confirm.regenerate'),
      danger: true,
    });
    if (!ok) return;
    setPending('regenerate');
    const fresh = await run('minutes.generate', { sessionId, locale: shown.locale });
    setPending(null);
    if (!fresh) return;
    revision.current++;
    setShown(fresh);
    setForm(toForm(fresh.document, fresh.locale));
    setDirty(false);
    setErrors({});
    toast.success(t('toast.regenerated'));
  };

  const approve = async () => {
    const ok = await confirm({
      title: t('confirm.approveTitle', { version }),
      body: dirty ? t('confirm.approveBodyDirty') : t('confirm.approveBody'),
      confirmLabel: t('confirm.approve'),
    });
    if (!ok) return;
    if (dirty && !(await save(true))) return;
    setPending('approve');
    const approved = await run('minutes.approve', { sessionId, version });
    setPending(null);
    if (!approved) return;
    setShown(approved);
    setForm(toForm(approved.document, approved.locale));
    setDirty(false);
    toast.success(t('toast.approved'));
    setJustApproved(true);
  };

  const startNewVersion = async () => {
    setPending('newVersion');
    const next = await run('minutes.newVersion', { sessionId });
    setPending(null);
    if (!next) return;
    toast.success(t('toast.newVersion', { version: next.version }));
    onNewVersion();
  };

  // The minutes exported should be what is on screen: unsaved edits are saved first.
  const beforeExport = useCallback(
    async (kind: ExportKind) => (kind === 'minutes' && dirty && !locked ? saveRef.current(true) : true),
    [dirty, locked],
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const sectionProps = { form, update, errorAt, locked };
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <>
      <div className="minutes-toolbar">
        <div className="minutes-state">
          <span className={`badge minutes-badge minutes-${shown.status}`}>{t(`status.${shown.status}`)}</span>
          <span className="minutes-version">{t('version', { version })}</span>
          <span className={dirty && !locked ? 'minutes-saved dirty' : 'minutes-saved'} role="status" data-testid="minutes-save-state">
            {locked && shown.approvedAt
              ? t('approvedAt', { at: formatDateTime(shown.approvedAt, i18n.language) })
              : dirty
                ? t('dirty')
                : t('updatedAt', { at: formatDateTime(shown.updatedAt, i18n.language) })}
          </span>
        </div>
        <div className="button-row minutes-actions">
          {locked ? (
            <button type="button" className="button primary" disabled={pending !== null} onClick={() => void startNewVersion()}>
              {t('action.newVersion')}
            </button>
          ) : (
            <>
              <button
                type="submit"
                form="minutes-form"
                className="button primary"
                disabled={pending !== null}
                aria-keyshortcuts="Control+S"
                title={t('keys.save')}
              >
                {pending === 'save' ? t('action.saving') : t('action.save')}
              </button>
              <button type="button" className="button" disabled={pending !== null} onClick={() => void regenerate()}>
                {t('action.regenerate')}
              </button>
              <button type="button" className="button" disabled={pending !== null} onClick={() => void approve()}>
                {t('action.approve')}
              </button>
            </>
          )}
          <ExportMenu sessionId={sessionId} beforeExport={beforeExport} />
        </div>
      </div>

      {offer ? (
        <div className="notice minutes-backup" role="alert">
          <p className="notice-title">{t('backup.title')}</p>
          <p>{t('backup.body', { at: formatDateTime(offer.savedAt, i18n.language), version: offer.version })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button primary small"
              onClick={() => {
                update(() => toForm(offer.document, shown.locale));
                setOffer(null);
              }}
            >
              {t('backup.restore')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                forgetBackup();
                setOffer(null);
              }}
            >
              {t('backup.discard')}
            </button>
          </div>
        </div>
      ) : null}

      {locked ? (
        <div ref={banner} className="notice minutes-locked" role="status" tabIndex={-1} data-testid="minutes-locked">
          <p className="notice-title">
            <svg className="minutes-lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
              <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            {t('locked.title')}
          </p>
          <p>{t('locked.hint')}</p>
        </div>
      ) : null}

      {hasErrors ? (
        <p className="form-error" role="alert">
          {t('errors:code.validation')}
        </p>
      ) : null}

      <form id="minutes-form" ref={formRef} className="paper" onSubmit={onSubmit} noValidate lang={shown.locale} aria-label={t('title')}>
        <fieldset disabled={locked} className={locked ? 'paper-body locked' : 'paper-body'}>
          <HeaderSection {...sectionProps} />
          <AttendanceSection {...sectionProps} />
          <AgendaSection {...sectionProps} />
          <DiscussionSection {...sectionProps} />
          <DecisionsSection {...sectionProps} />
          <ActionsSection {...sectionProps} />
          <ClosingSection {...sectionProps} />
          <ColophonSection {...sectionProps} />
        </fieldset>
      </form>

      <VersionList sessionId={sessionId} versions={versions} current={version} viewing={viewing} onView={onView} />
      {dialog}
    </>
  );
}

function VersionList({
  sessionId,
  versions,
  current,
  viewing,
  onView,
}: {
  sessionId: string;
  versions: MinutesView['versions'];
  current: number;
  viewing: number | null;
  onView: (version: number | null) => void;
}) {
  const { t, i18n } = useTranslation('minutes');
  if (versions.length === 0) return null;
  return (
    <section className="minutes-versions" aria-labelledby="minutes-versions-title">
      <h2 id="minutes-versions-title">{t('versions.heading')}</h2>
      <div className="card table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.version')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.updated')}</th>
              <th scope="col">{t('versions.approved')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('versions.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version} aria-current={v.version === current ? 'true' : undefined}>
                <th scope="row" className="row-label">
                  {t('version', { version: v.version })}
                  {v.version === current ? <span className="muted">{t('versions.current')}</span> : null}
                </th>
                <td>
                  <span className={`badge minutes-badge minutes-${v.status}`}>{t(`status.${v.status}`)}</span>
                </td>
                <td>{formatDateTime(v.updatedAt, i18n.language)}</td>
                <td>{v.approvedAt ? formatDateTime(v.approvedAt, i18n.language) : '—'}</td>
                <td>
                  {v.version === current ? null : (
                    <button type="button" className="button small" aria-label={t('versions.viewVersion', { version: v.version })} onClick={() => onView(v.version)}>
                      {t('versions.view')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length > 1 ? <p className="field-hint">{t('versions.olderHint')}</p> : null}
      {viewing === null ? null : <VersionDialog sessionId={sessionId} version={viewing} onClose={() => onView(null)} />}
    </section>
  );
}
