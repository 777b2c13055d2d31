import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Locale } from '../../../../shared/contract/fields.js';
import type { AppErrorPayload } from '../../../../shared/contract/result.js';
import type { ExportedFile, ExportFormat, ExportKind } from '../../../../shared/minutes.js';
import { useCall, useClient } from '../../app/client.js';
import { errorMessage } from '../../i18n/errorMessage.js';
import { newNoteId } from '../capture/draft.js';
import { canSaveNatively, canShowInFolder, download, openPrintable, SaveFailed, saveNatively, showInFolder } from './deliver.js';

/** A session or a programme; the follow-up digest and ledger of a programme are as of a day, the digest may carry a 文号. */
export type ExportScope = { sessionId: string } | { programmeId: string; asOf?: string; docNumber?: string };

/** The scope one kind takes: only the digest has a 文号 (the host refuses it on anything else). */
function scopeFor(scope: ExportScope, kind: ExportKind): ExportScope {
  if (!('docNumber' in scope) || kind === 'followup-digest') return scope;
  const { docNumber: _, ...rest } = scope;
  return rest;
}

/** What the menu asks for: one export, or the whole session or programme as a bundle. */
export type ExportRequest = { type: 'render'; kind: ExportKind; format: ExportFormat } | { type: 'bundle' };

/** How long a call may take before the button says "Generating…" (a quick one never flickers). */
const PROGRESS_AFTER_MS = 400;

const isPdfUnavailable = (error: AppErrorPayload) => error.code === 'invalid_state' && error.params?.reason === 'pdf_unavailable';

/**
 * Hands an exported file to the user: the native save dialog in the desktop app (with "Show in
 * folder"), the browser's download otherwise; a toast says where it went or why it failed.
 */
export function useDeliver() {
  const { t } = useTranslation(['export', 'common', 'errors']);
  const { t: te } = useTranslation(['common', 'errors']);
  return useCallback(
    async (file: ExportedFile, done: (name: string) => string) => {
      if (!canSaveNatively()) {
        download(file);
        toast.success(done(file.fileName));
        return;
      }
      try {
        const path = await saveNatively(file);
        if (!path) return;
        toast.success(t('toast.saved', { path }), {
          ...(canShowInFolder() ? { action: { label: t('toast.showInFolder'), onClick: () => showInFolder(path) } } : {}),
        });
      } catch (error) {
        const detail = error instanceof SaveFailed ? errorMessage(te, error.detail) : errorMessage(te, { code: 'io' });
        toast.error(t('toast.saveFailed', { detail }));
      }
    },
    [t, te],
  );
}

/**
 * Runs exports one at a time: `busy` while a call is out, `progressLabel` once it has taken longer
 * than a moment (or at once while a PDF waits in the queue). Every outcome is a toast in the UI language; nothing throws.
 */
export function useExport(scope: ExportScope | null, locale: Locale | undefined, minutesVersion: number | null = null) {
  const client = useClient();
  const { t } = useTranslation(['export', 'common', 'errors']);
  /** errorMessage wants the common namespace first. */
  const { t: te } = useTranslation(['common', 'errors']);
  const [busy, setBusy] = useState(false);
  const [showProgress, setShowProgress] = useState(false);
  const running = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  // A PDF export waits its turn in the host's print queue: its id lets the button say where it stands.
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useCall('export.progress', { jobId: jobId ?? 'none' }, { enabled: jobId !== null });
  const queued = jobId !== null && progress.data?.state === 'queued' ? progress.data.ahead : null;

  useEffect(() => () => window.clearTimeout(timer.current), []);
  // A chosen version of the minutes (an approved one after a revision was started); the tables have none.
  const versionOf = useCallback((kind: ExportKind) => (kind === 'minutes' && minutesVersion !== null ? { version: minutesVersion } : {}), [minutesVersion]);

  const deliver = useDeliver();

  const printFallback = useCallback(
    async (kind: ExportKind, target: ExportScope) => {
      const html = await client.call('export.render', { kind, format: 'html', ...target, ...(locale ? { locale } : {}), ...versionOf(kind) });
      if (!html.ok) {
        toast.error(errorMessage(te, html.error));
        return;
      }
      if (openPrintable(html.value)) {
        toast.info(t('toast.pdfFallback'), { duration: 12_000 });
      } else {
        toast.info(t('toast.pdfFallbackBlocked'), {
          duration: 30_000,
          action: { label: t('toast.openPrintable'), onClick: () => void openPrintable(html.value) },
        });
      }
    },
    [client, locale, t, te, versionOf],
  );

  const run = useCallback(
    async (request: ExportRequest) => {
      if (!scope || running.current) return;
      running.current = true;
      setBusy(true);
      timer.current = window.setTimeout(() => setShowProgress(true), PROGRESS_AFTER_MS);
      try {
        if (request.type === 'bundle') {
          const result = await client.call('bundle.export', scope);
          if (result.ok) await deliver(result.value, (file) => t('bundle.exported', { file }));
          else toast.error(errorMessage(te, result.error));
          return;
        }
        const { kind, format } = request;
        const job = format === 'pdf' ? newNoteId() : null;
        setJobId(job);
        const result = await client.call('export.render', { kind, format, ...scopeFor(scope, kind), ...(locale ? { locale } : {}), ...versionOf(kind), ...(job ? { jobId: job } : {}) });
        if (result.ok) await deliver(result.value, (file) => t('toast.downloaded', { file }));
        else if (format === 'pdf' && isPdfUnavailable(result.error)) await printFallback(kind, scopeFor(scope, kind));
        else toast.error(errorMessage(te, result.error));
      } finally {
        window.clearTimeout(timer.current);
        running.current = false;
        setJobId(null);
        setBusy(false);
        setShowProgress(false);
      }
    },
    [client, deliver, locale, printFallback, scope, t, te, versionOf],
  );

  /** "Queued, 2 ahead" while a PDF waits, else "Generating…" once the call has taken a moment. */
  const progressLabel = queued !== null ? t('queued', { ahead: queued }) : showProgress ? t('busy') : null;
  return { run, busy, progressLabel };
}
